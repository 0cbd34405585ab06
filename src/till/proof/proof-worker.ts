/**
 * Finishes proofs off the main thread. The till prices each scan within a frame's budget; when that
 * cannot prove the total the lowest, the same engine runs here on the same book, basket and date
 * with a budget a hundred times larger, and a scan never waits for it.
 */
import { priceBasket, pricingContext, type BasketItem, type PriceBook, type PricingContext, type PricingResult } from '../../pricing';

export type ProofRequest =
  | { readonly type: 'book'; readonly bookId: number; readonly book: PriceBook }
  | {
      readonly type: 'prove';
      readonly id: number;
      readonly bookId: number;
      readonly items: readonly BasketItem[];
      readonly date: string;
      /** The engine's step budget for this proof. */
      readonly maxSteps: number;
      /** The engine's wall-clock guard for this proof, in milliseconds. */
      readonly maxMs: number;
    };

export interface ProofReply {
  readonly id: number;
  /** The engine's pricing (proven or not), or undefined when the book was not the one asked about. */
  readonly result: PricingResult | undefined;
}

/** The parts of a dedicated worker's global scope used here (the app's TypeScript lib is DOM, not WebWorker). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ProofRequest>) => void) | null; postMessage: (reply: ProofReply) => void };

let current: { bookId: number; context: PricingContext } | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'book') {
    current = { bookId: data.bookId, context: pricingContext(data.book) };
    return;
  }
  if (current === undefined || current.bookId !== data.bookId) {
    scope.postMessage({ id: data.id, result: undefined });
    return;
  }
  const limits = { maxSteps: data.maxSteps, maxMs: data.maxMs, clock: () => performance.now() };
  const result = priceBasket(current.context.book, data.items, { date: data.date, context: current.context, limits, nearMisses: false });
  scope.postMessage({ id: data.id, result });
};
