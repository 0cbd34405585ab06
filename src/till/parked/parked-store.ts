import { create } from 'zustand';
import { newUuid } from '../../lib/uuid';
import type { Basket } from '../basket/basket-rules';
import { toSavedSale } from '../sale/sale-state';
import { saleReplaced } from '../sale/sale-store';
import { afterParking, parkedInOrder, parkRefusal, readParkedSale, recalledSale, recallRefusal, toParkedSale, type ParkedSale } from './parked-rules';
import type { ParkedSaleStorage } from './parked-storage';

/** What parking or recalling did: the parked sale, or why nothing happened (the sale is where it was). */
export type ParkingResult = { readonly ok: true; readonly sale: ParkedSale } | { readonly ok: false; readonly message: string };

const NO_STORAGE = 'Parking needs the sales journal, and this till cannot open it: finish or void the sale instead';

const useParkedStore = create<{ readonly sales: readonly ParkedSale[] }>()(() => ({ sales: [] }));

let storage: ParkedSaleStorage | undefined;

/** Reads the parked sales back from storage (unreadable ones are left out of the list). */
async function reload(): Promise<void> {
  if (storage === undefined) return;
  const rows = await storage.list();
  const sales = rows.map((row) => readParkedSale(row.id, row.state)).filter((sale) => sale !== undefined);
  useParkedStore.setState({ sales: parkedInOrder(sales) });
}

/** Connects the parked sales to their storage (`src/app` does, with the sale in progress) and loads them. */
export async function connectParkedSales(from: ParkedSaleStorage | undefined): Promise<void> {
  storage = from;
  if (from === undefined) useParkedStore.setState({ sales: [] });
  else await reload();
}

const failure = (what: string, error: unknown): ParkingResult => ({
  ok: false,
  message: `${what}: ${error instanceof Error ? error.message : 'the till could not save it'}`,
});

/**
 * Parks the sale in progress: it is saved as parked and the till emptied, in one transaction.
 * `priceOf` gives the basket's total now (stored to show in the list). Refused, with the reason,
 * for an empty, tendered or completed sale.
 */
export async function parkSale(priceOf: (basket: Basket) => { total: number; currency: string }, parkedAt: string): Promise<ParkingResult> {
  const to = storage;
  if (to === undefined) return { ok: false, message: NO_STORAGE };
  let outcome: ParkingResult = { ok: false, message: 'Nothing was parked' };
  try {
    await saleReplaced(async (head) => {
      const refusal = parkRefusal(head);
      if (refusal !== undefined) {
        outcome = { ok: false, message: refusal };
        return undefined;
      }
      const parked = toParkedSale(head, { parkedAt, ...priceOf(head.basket) });
      const next = afterParking(head, newUuid());
      await to.park(head.checkout.saleId, parked, toSavedSale(next));
      outcome = { ok: true, sale: { id: head.checkout.saleId, ...parked } };
      return next;
    });
  } catch (error) {
    return failure('The sale could not be parked, and is still on the till', error);
  }
  await reload().catch(() => undefined);
  return outcome;
}

/**
 * Recalls a parked sale onto the till: it leaves the parked list and becomes the sale in progress,
 * in one transaction. Only onto an empty till (or a completed sale's receipt); otherwise refused
 * with the reason.
 */
export async function recallSale(id: string): Promise<ParkingResult> {
  const to = storage;
  if (to === undefined) return { ok: false, message: NO_STORAGE };
  let outcome: ParkingResult = { ok: false, message: 'That sale is no longer parked (recalled in another tab?)' };
  try {
    await saleReplaced(async (head) => {
      const refusal = recallRefusal(head);
      if (refusal !== undefined) {
        outcome = { ok: false, message: refusal };
        return undefined;
      }
      let recalled: ParkedSale | undefined;
      await to.recall(id, (stored) => {
        recalled = readParkedSale(id, stored);
        // Thrown inside the transaction: it aborts, and the unreadable record stays where it was.
        if (recalled === undefined) throw new Error('the parked sale cannot be read');
        return toSavedSale(recalledSale(recalled, head));
      });
      if (recalled === undefined) return undefined;
      outcome = { ok: true, sale: recalled };
      return recalledSale(recalled, head);
    });
  } catch (error) {
    return failure('The sale could not be recalled', error);
  }
  await reload().catch(() => undefined);
  return outcome;
}

/** The parked sales, longest waiting first. */
export const useParkedSales = (): readonly ParkedSale[] => useParkedStore((state) => state.sales);
