import type { BasketItem, PriceBook, PricingResult } from '../../pricing';
import { WorkerClient } from '../../lib/worker-client';
import type { ProofRequest } from './prove';
import { bookOnTheWire, type BookOnTheWire } from '../books/book-wire';
import { PROOF_LIMITS, testBudgets } from './test-budgets';

/** Past the worker's own limits, how long a proof may take (starting the worker, sending a large book, loading the solver) before it is stopped. */
const STARTUP_ALLOWANCE_MS = 4000;

/**
 * Runs one proof at a time in a worker started on first use. A new proof supersedes the one
 * running (its basket has changed, so its answer no longer matters): the worker is stopped, the old
 * proof fails (it proved nothing, and must not be remembered as an answer), and the next proof
 * starts a fresh worker. So does a proof aborted by its caller. A proof past its deadline, a worker
 * that fails, or a till with no workers (tests, old browsers) answers undefined: the till keeps the
 * best price found.
 */
export class ProofClient {
  private readonly client = new WorkerClient<PriceBook, ProofRequest, PricingResult | undefined, BookOnTheWire>({
    start: () => new Worker(new URL('./proof-worker.ts', import.meta.url), { type: 'module', name: 'price-proofs' }),
    deadlineMs: PROOF_LIMITS.maxMs + PROOF_LIMITS.exactMs + STARTUP_ALLOWANCE_MS,
    gaveUp: undefined,
    latestOnly: true,
    wire: bookOnTheWire,
  });

  /** A number for each book object: a book edited under the same address is a new object, and a new problem to prove. */
  bookIdOf(book: PriceBook): number {
    return this.client.contextIdOf(book);
  }

  /** The proof worker's pricing (the engine with its budget, then the exact fallback): proven, or the best it found; undefined when it gave up. */
  prove(book: PriceBook, items: readonly BasketItem[], date: string, signal?: AbortSignal): Promise<PricingResult | undefined> {
    const budgets = testBudgets();
    const maxSteps = budgets.proofSteps ?? PROOF_LIMITS.maxSteps;
    const exactMs = budgets.exactMs ?? PROOF_LIMITS.exactMs;
    return this.client.ask(book, { items, date, maxSteps, maxMs: PROOF_LIMITS.maxMs, exactMs }, signal);
  }
}

export const proofClient = new ProofClient();

/** The till's number for a book object (its proofs' keys name it). */
export function bookIdOf(book: PriceBook): number {
  return proofClient.bookIdOf(book);
}
