/**
 * Finishes proofs off the main thread. The till prices each scan within a frame's budget; when that
 * cannot prove the total the lowest, the same engine runs here on the same book, basket and date
 * with a budget a hundred times larger, and a scan never waits for it.
 */
import { priceBasket, pricingContext, type BasketItem, type PricingResult } from '../../pricing';
import { serveRequests, type WorkerScope } from '../../lib/worker-host';
import { bookFromTheWire, type BookOnTheWire } from '../books/book-wire';

/** A basket to prove, on the book the client sent. */
export interface ProofRequest {
  readonly items: readonly BasketItem[];
  readonly date: string;
  /** The engine's step budget for this proof. */
  readonly maxSteps: number;
  /** The engine's wall-clock guard for this proof, in milliseconds. */
  readonly maxMs: number;
}

serveRequests(
  self as unknown as WorkerScope<BookOnTheWire, ProofRequest, PricingResult>,
  (wire) => pricingContext(bookFromTheWire(wire)),
  (context, { items, date, maxSteps, maxMs }) => {
    const limits = { maxSteps, maxMs, clock: () => performance.now() };
    return priceBasket(context.book, items, { date, context, limits, nearMisses: false });
  },
);
