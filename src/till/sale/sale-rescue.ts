import type { SaleInProgress } from './sale-state';
import type { SaleRescue } from './sale-storage';

/** Where the till keeps a sale rescued on `pagehide`. */
export const RESCUE_KEY = 'till.sale-rescue';

/** A {@link SaleRescue} in this origin's localStorage: written synchronously, so a page going away still has it. */
export const localSaleRescue: SaleRescue = {
  keep(state) {
    try {
      localStorage.setItem(RESCUE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or off: the changes on their way to disk are all there is, as without a rescue.
    }
  },
  take() {
    try {
      const text = localStorage.getItem(RESCUE_KEY);
      localStorage.removeItem(RESCUE_KEY);
      return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  },
  drop() {
    try {
      localStorage.removeItem(RESCUE_KEY);
    } catch {
      // Left behind, it is harmless: it is taken only in place of an older state of the same sale.
    }
  },
};

/**
 * Whether a rescued sale takes the place of the one read from disk: only the same sale, still open
 * on both (a sale recorded since, even in the same transaction as its last change, keeps its
 * record and never comes back), or a first sale that never reached the disk at all. A rescue is
 * written on `pagehide` from everything applied by then, so for the same sale it is never older
 * than what the disk has.
 */
export function takesRescue(loaded: SaleInProgress | undefined, rescued: SaleInProgress): boolean {
  if (rescued.checkout.completed !== null) return false;
  if (loaded === undefined) return true;
  return loaded.checkout.saleId === rescued.checkout.saleId && loaded.checkout.completed === null;
}
