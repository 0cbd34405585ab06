/**
 * Near misses off the main thread. Finding them re-prices the basket a dozen times over; here,
 * however long that takes, scanning never waits for it, and the till can stop it outright.
 */
import { priceBasket, pricingContext, type BasketItem, type NearMiss, type PriceBook, type PricingContext } from '../../pricing';

export type NearMissRequest =
  | { readonly type: 'book'; readonly bookId: number; readonly book: PriceBook }
  | { readonly type: 'hints'; readonly id: number; readonly bookId: number; readonly items: readonly BasketItem[]; readonly date: string };

export interface NearMissReply {
  readonly id: number;
  readonly nearMisses: readonly NearMiss[];
}

/** The parts of a dedicated worker's global scope used here (the app's TypeScript lib is DOM, not WebWorker). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<NearMissRequest>) => void) | null; postMessage: (reply: NearMissReply) => void };

let current: { bookId: number; context: PricingContext } | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'book') {
    current = { bookId: data.bookId, context: pricingContext(data.book) };
    return;
  }
  if (current === undefined || current.bookId !== data.bookId) {
    scope.postMessage({ id: data.id, nearMisses: [] });
    return;
  }
  const result = priceBasket(current.context.book, data.items, { date: data.date, context: current.context, limits: { clock: () => performance.now() } });
  scope.postMessage({ id: data.id, nearMisses: result.ok ? result.receipt.nearMisses : [] });
};
