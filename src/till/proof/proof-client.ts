import type { BasketItem, PriceBook, PricingResult } from '../../pricing';
import type { ProofReply, ProofRequest } from './proof-worker';
import { PROOF_LIMITS, testBudgets } from './test-budgets';

/** Past the worker's own guard, how long a proof may take (starting the worker, sending a large book) before it is stopped. */
const STARTUP_ALLOWANCE_MS = 4000;

interface Running {
  readonly id: number;
  readonly resolve: (result: PricingResult | undefined) => void;
  readonly reject: (reason: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

const bookIds = new WeakMap<PriceBook, number>();
let nextBookId = 1;

/** A number for each book object: a book edited under the same address is a new object, and a new problem to prove. */
export function bookIdOf(book: PriceBook): number {
  let id = bookIds.get(book);
  if (id === undefined) {
    id = nextBookId++;
    bookIds.set(book, id);
  }
  return id;
}

/**
 * Runs one proof at a time in a worker started on first use. A new proof supersedes the one
 * running (its basket has changed, so its answer no longer matters): the worker is stopped (the
 * only way to stop a synchronous computation), the old proof is rejected (it proved nothing, and
 * must not be remembered as an answer), and the next proof starts a fresh worker. So does a proof
 * aborted by its caller. A proof past its deadline, a worker that fails, or a till with no
 * workers (tests, old browsers) answers undefined: the till keeps the best price found.
 */
export class ProofClient {
  private worker: Worker | undefined;
  private running: Running | undefined;
  private sentBook: PriceBook | undefined;
  private nextId = 1;

  prove(book: PriceBook, items: readonly BasketItem[], date: string, signal?: AbortSignal): Promise<PricingResult | undefined> {
    if (typeof Worker === 'undefined') return Promise.resolve(undefined);
    if (this.running !== undefined) this.stop(new Error('A newer basket superseded this proof'));
    const worker = this.ensureWorker();
    const bookId = bookIdOf(book);
    if (this.sentBook !== book) {
      this.post(worker, { type: 'book', bookId, book });
      this.sentBook = book;
    }
    const id = this.nextId++;
    const maxSteps = testBudgets().proofSteps ?? PROOF_LIMITS.maxSteps;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(), PROOF_LIMITS.maxMs + STARTUP_ALLOWANCE_MS);
      this.running = { id, resolve, reject, timer };
      signal?.addEventListener('abort', () => {
        if (this.running?.id === id) this.stop(new Error('The proof was cancelled'));
      });
      this.post(worker, { type: 'prove', id, bookId, items, date, maxSteps, maxMs: PROOF_LIMITS.maxMs });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL('./proof-worker.ts', import.meta.url), { type: 'module', name: 'price-proofs' });
    worker.onmessage = ({ data }: MessageEvent<ProofReply>) => this.settle(data.id, data.result);
    worker.onerror = () => this.stop();
    this.worker = worker;
    return worker;
  }

  private post(worker: Worker, request: ProofRequest): void {
    worker.postMessage(request);
  }

  private settle(id: number, result: PricingResult | undefined, failure?: Error): void {
    const running = this.running;
    if (running === undefined || running.id !== id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (failure === undefined) running.resolve(result);
    else running.reject(failure);
  }

  /** Stops the worker; the proof it was running answers undefined (gave up), or fails with `failure` (superseded, cancelled). */
  private stop(failure?: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sentBook = undefined;
    if (this.running !== undefined) this.settle(this.running.id, undefined, failure);
  }
}

export const proofClient = new ProofClient();
