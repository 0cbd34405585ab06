import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ProofStatus } from './proof-rules';

/**
 * Pay pressed while the total is being checked waits for the check: the caller sets `waitingRef`,
 * and once the check is done `open` runs (the latest one, which applies every refusal again). A
 * basket emptied meanwhile (the sale voided) drops the wait: there is nothing left to pay for.
 */
export function usePayWhenChecked(waitingRef: RefObject<boolean>, proof: ProofStatus | undefined, hasLines: boolean, open: () => void): void {
  const openNow = useEffectEvent(open);
  useEffect(() => {
    if (!waitingRef.current || proof === 'checking') return;
    waitingRef.current = false;
    if (hasLines) openNow();
  }, [waitingRef, proof, hasLines]);
}
