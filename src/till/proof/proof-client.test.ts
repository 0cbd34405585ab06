import { afterEach, describe, expect, it, vi } from 'vitest';
import { pricingContext, validatePriceBook, type PricingResult, type Receipt } from '../../pricing';
import { FakeWorker } from '../../lib/fake-worker';
import { serveRequests, type WorkerScope } from '../../lib/worker-host';
import type { WorkerMessage, WorkerReply } from '../../lib/worker-protocol';
import { highsMilp } from '../../../test-support/highs-milp';
import { KATA_EXAMPLE, kataPotterBook } from '../../../test-support/kata-potter';
import { bookFromTheWire, rememberBookText, type BookOnTheWire } from '../books/book-wire';
import { ProofClient } from './proof-client';
import { prove, type ProofRequest } from './prove';
import { TEST_BUDGETS_GLOBAL } from './test-budgets';

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
      { type: 'request', id: 1, contextId: proofClient.bookIdOf(book), request: { items: [{ sku: 'A' }], date: '2026-01-01', maxSteps: 200_000_000, maxMs: 10_000, exactMs: 5000 } },
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

  it('ends proven, through the exact fallback, a basket the engine cannot prove within a tiny budget', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    // The test-only route an automated browser uses: the worker's engine gets one step.
    vi.stubGlobal('navigator', { webdriver: true });
    vi.stubGlobal(TEST_BUDGETS_GLOBAL, { proofSteps: 1 });
    const proof = await new ProofClient().prove(potter, kata, '2026-12-07');
    expect(proof?.ok && [proof.receipt.total, proof.receipt.optimal]).toEqual([5120, true]);
  });
});

const potterValidation = validatePriceBook(kataPotterBook());
if (!potterValidation.ok) throw new Error('Kata Potter book is invalid');
/** Kata Potter; its example (2, 2, 2, 1, 1 copies) is by hand two sets of four, 2 × 25.60 = 51.20. */
const potter = potterValidation.book;
const kata = KATA_EXAMPLE;

/**
 * The proof worker run in this process: the worker's own host and proof (`prove.ts`), with HiGHS
 * loaded from the package rather than from the site. Messages go both ways asynchronously, as
 * they do with a real worker.
 */
class InProcessWorker {
  onmessage: ((event: { data: WorkerReply<PricingResult> }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly scope: WorkerScope<BookOnTheWire, ProofRequest, PricingResult> = {
    onmessage: null,
    postMessage: (reply) => setTimeout(() => this.onmessage?.({ data: reply })),
  };
  constructor() {
    serveRequests(this.scope, (wire) => pricingContext(bookFromTheWire(wire)), (context, request) => prove(context, request, (seconds) => highsMilp(seconds), () => performance.now()));
  }
  postMessage(message: WorkerMessage<BookOnTheWire, ProofRequest>) {
    setTimeout(() => this.scope.onmessage?.({ data: message } as MessageEvent<WorkerMessage<BookOnTheWire, ProofRequest>>));
  }
  terminate() {}
}
