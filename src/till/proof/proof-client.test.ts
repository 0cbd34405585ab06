import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatePriceBook, type PricingResult, type Receipt } from '../../pricing';
import { FakeWorker } from '../../lib/fake-worker';
import { rememberBookText } from '../books/book-wire';
import { ProofClient } from './proof-client';

const validation = validatePriceBook({ currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 50 }] });
if (!validation.ok) throw new Error('test book is invalid');
const book = validation.book;
const proven: PricingResult = { ok: true, receipt: { total: 50, optimal: true, strategy: 'optimal' } as Receipt };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

// The worker's mechanics (one context per worker, deadlines, stopping) are `lib/worker-client.test.ts`'s.
describe('the proof client', () => {
  it('answers nothing where there are no workers (tests, old browsers), never an error', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(new ProofClient().prove(book, [{ sku: 'A' }], '2026-01-01')).resolves.toBeUndefined();
  });

  it("sends the book, then the basket with the worker's budget, and answers what the worker proved", async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const proofClient = new ProofClient();
    const proof = proofClient.prove(book, [{ sku: 'A' }], '2026-01-01');
    const worker = FakeWorker.started[0]!;
    worker.answer(proven);
    await expect(proof).resolves.toBe(proven);
    expect(worker.sent).toEqual([
      { type: 'context', contextId: proofClient.bookIdOf(book), context: { book } },
      { type: 'request', id: 1, contextId: proofClient.bookIdOf(book), request: { items: [{ sku: 'A' }], date: '2026-01-01', maxSteps: 200_000_000, maxMs: 10_000 } },
    ]);
  });

  it('sends a book loaded as is as its JSON text, which the worker validates itself', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const text = JSON.stringify({ currency: 'GBP', products: [{ sku: 'B', name: 'B', price: 70 }] });
    const loaded = validatePriceBook(JSON.parse(text));
    if (!loaded.ok) throw new Error('test book is invalid');
    rememberBookText(loaded.book, text);
    const proofClient = new ProofClient();
    void proofClient.prove(loaded.book, [{ sku: 'B' }], '2026-01-01');
    expect(FakeWorker.started[0]!.sent[0]).toEqual({ type: 'context', contextId: proofClient.bookIdOf(loaded.book), context: { text } });
  });

  it('fails a proof a newer basket supersedes, rather than answer for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const proofClient = new ProofClient();
    const old = proofClient.prove(book, [{ sku: 'A' }], '2026-01-01');
    void proofClient.prove(book, [{ sku: 'A', quantity: 2 }], '2026-01-01');
    await expect(old).rejects.toThrow('superseded');
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });
});
