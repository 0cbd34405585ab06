import type { BasketItem, NearMiss, PriceBook } from '../../pricing';
import { WorkerClient } from '../../lib/worker-client';
import type { NearMissRequest } from './near-miss-worker';
import { bookOnTheWire, type BookOnTheWire } from '../books/book-wire';

/** How long hints may take before the worker is stopped and the till shows none. */
export const HINT_DEADLINE_MS = 1500;

/**
 * Runs near-miss searches in one worker, started on first use. A search past its deadline stops
 * the worker and answers "no hints"; the next search starts a fresh worker. Where there are no
 * workers (tests, old browsers) there are no hints.
 */
const client = new WorkerClient<PriceBook, NearMissRequest, readonly NearMiss[], BookOnTheWire>({
  start: () => new Worker(new URL('./near-miss-worker.ts', import.meta.url), { type: 'module', name: 'near-misses' }),
  deadlineMs: HINT_DEADLINE_MS,
  gaveUp: [],
  latestOnly: false,
  wire: bookOnTheWire,
});

export const nearMissClient = {
  /** Starts the worker with `book` ahead of the first search (a book not loaded as is, an edited one, is copied object by object: that blocks the page for a moment). */
  prepare(book: PriceBook): void {
    client.prepare(book);
  },
  /** The engine's near misses for the basket, or none. */
  find(book: PriceBook, items: readonly BasketItem[], date: string): Promise<readonly NearMiss[]> {
    if (items.length === 0) return Promise.resolve([]);
    return client.ask(book, { items, date });
  },
};
