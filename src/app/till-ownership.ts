import { useSyncExternalStore } from 'react';
import { claimTill, type TillOwnership } from '../sales/till-lock';

let ownership: TillOwnership = 'checking';
const listeners = new Set<() => void>();
let claimed = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // The claim lasts the tab's life: it is made once, and never given back on unmount.
  if (!claimed) {
    claimed = true;
    claimTill((next) => {
      ownership = next;
      listeners.forEach((l) => l());
    });
  }
  return () => listeners.delete(listener);
}

/** Whether this tab is the till, or another tab of this browser already is. */
export const useTillOwnership = (): TillOwnership => useSyncExternalStore(subscribe, () => ownership);

/** What the second tab says instead of selling. */
export const READ_ONLY_REASON = 'The till is already open in another tab or window of this browser, so this one cannot sell, refund or close the day.';
