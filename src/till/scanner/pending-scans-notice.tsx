import { useEffect } from 'react';
import { beepRefusal } from './beep';
import { usePendingCount } from './pending-scans';

const scans = (count: number) => (count === 1 ? '1 scan' : `${count} scans`);

/** While the till loads: how many scans are waiting to be taken. */
export function PendingScans() {
  const count = usePendingCount();
  if (count === 0) return null;
  return (
    <p role="status" className="text-lg font-semibold text-ink-800">
      {scans(count)} waiting for the till
    </p>
  );
}

/**
 * When the till cannot open (no price book): the waiting scans will not be taken, and the cashier
 * must hear and see that, not find out from the customer's receipt.
 */
export function PendingScansRefused() {
  const count = usePendingCount();
  useEffect(() => {
    if (count > 0) beepRefusal();
  }, [count]);
  if (count === 0) return null;
  return (
    <p role="alert" className="rounded-lg bg-danger-50 p-3 text-lg font-semibold text-danger-700">
      {scans(count)} not taken: the till cannot sell until its price book loads. Scan them again once it does.
    </p>
  );
}
