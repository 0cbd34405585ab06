/**
 * Near misses off the main thread. Finding them re-prices the basket a dozen times over; here,
 * however long that takes, scanning never waits for it, and the till can stop it outright.
 */
import { priceBasket, pricingContext, type BasketItem, type NearMiss } from '../../pricing';
import { serveRequests, type WorkerScope } from '../../lib/worker-host';
import { bookFromTheWire, type BookOnTheWire } from '../books/book-wire';

/** A basket to find near misses for, on the book the client sent. */
export interface NearMissRequest {
  readonly items: readonly BasketItem[];
  readonly date: string;
}

serveRequests(
  self as unknown as WorkerScope<BookOnTheWire, NearMissRequest, readonly NearMiss[]>,
  (wire) => pricingContext(bookFromTheWire(wire)),
  (context, { items, date }) => {
    const result = priceBasket(context.book, items, { date, context, limits: { clock: () => performance.now() } });
    return result.ok ? result.receipt.nearMisses : [];
  },
);
