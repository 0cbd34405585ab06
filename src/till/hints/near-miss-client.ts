import type { BasketItem, NearMiss, PriceBook } from '../../pricing';
import type { NearMissReply, NearMissRequest } from './near-miss-worker';

/** How long hints may take before the worker is stopped and the till shows none. */
export const HINT_DEADLINE_MS = 1500;

interface Pending {
  readonly resolve: (nearMisses: readonly NearMiss[]) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs near-miss searches in one worker, started on first use. A search past its deadline stops
 * the worker (the only way to stop a synchronous computation) and answers "no hints"; the next
 * search starts a fresh worker. Where there are no workers (tests, old browsers) there are no hints.
 */
class NearMissClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly bookIds = new WeakMap<PriceBook, number>();
  private sentBook: PriceBook | undefined;
  private nextId = 1;

  find(book: PriceBook, items: readonly BasketItem[], date: string): Promise<readonly NearMiss[]> {
    if (typeof Worker === 'undefined' || items.length === 0) return Promise.resolve([]);
    const worker = this.ensureWorker();
    const bookId = this.bookIdOf(book);
    if (this.sentBook !== book) {
      this.post(worker, { type: 'book', bookId, book });
      this.sentBook = book;
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.stop(), HINT_DEADLINE_MS);
      this.pending.set(id, { resolve, timer });
      this.post(worker, { type: 'hints', id, bookId, items, date });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL('./near-miss-worker.ts', import.meta.url), { type: 'module', name: 'near-misses' });
    worker.onmessage = ({ data }: MessageEvent<NearMissReply>) => this.settle(data.id, data.nearMisses);
    worker.onerror = () => this.stop();
    this.worker = worker;
    return worker;
  }

  private post(worker: Worker, request: NearMissRequest): void {
    worker.postMessage(request);
  }

  private settle(id: number, nearMisses: readonly NearMiss[]): void {
    const entry = this.pending.get(id);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.resolve(nearMisses);
  }

  /** Stops the worker and answers every waiting search with no hints. */
  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sentBook = undefined;
    for (const id of [...this.pending.keys()]) this.settle(id, []);
  }

  private bookIdOf(book: PriceBook): number {
    let id = this.bookIds.get(book);
    if (id === undefined) {
      id = this.nextId++;
      this.bookIds.set(book, id);
    }
    return id;
  }
}

export const nearMissClient = new NearMissClient();
