import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatePriceBook, type PricingResult, type Receipt } from '../../pricing';
import { ProofClient } from './proof-client';
import type { ProofReply, ProofRequest } from './proof-worker';

const validation = validatePriceBook({ currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 50 }] });
if (!validation.ok) throw new Error('test book is invalid');
const book = validation.book;
const proven: PricingResult = { ok: true, receipt: { total: 50, optimal: true, strategy: 'optimal' } as Receipt };

/** A stand-in for the proof worker: it keeps what it is sent and answers when the test says. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly sent: ProofRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: ProofReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(request: ProofRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the last proof it was asked for. */
  answer(result: PricingResult | undefined) {
    const last = this.sent.findLast((r) => r.type === 'prove');
    if (last?.type === 'prove') this.onmessage?.({ data: { id: last.id, result } });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('the proof client', () => {
  // A fresh client per test: the till's one (`proofClient`) keeps its worker between proofs.
  let proofClient = new ProofClient();
  beforeEach(() => {
    proofClient = new ProofClient();
  });

  it('answers nothing where there are no workers (tests, old browsers), never an error', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(proofClient.prove(book, [{ sku: 'A' }], '2026-01-01')).resolves.toBeUndefined();
  });

  it("sends the book once, then each basket with the worker's budget, and answers what the worker proved", async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const first = proofClient.prove(book, [{ sku: 'A' }], '2026-01-01');
    const worker = FakeWorker.started[0]!;
    worker.answer(proven);
    await expect(first).resolves.toBe(proven);
    const second = proofClient.prove(book, [{ sku: 'A', quantity: 2 }], '2026-01-01');
    worker.answer(undefined);
    await expect(second).resolves.toBeUndefined();
    expect(worker.sent.map((r) => r.type)).toEqual(['book', 'prove', 'prove']);
    expect(worker.sent[1]).toMatchObject({ items: [{ sku: 'A' }], date: '2026-01-01', maxSteps: 200_000_000 });
  });

  it('stops the worker under a proof a newer basket supersedes, and fails that proof rather than answer for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const old = proofClient.prove(book, [{ sku: 'A' }], '2026-01-01');
    const newer = proofClient.prove(book, [{ sku: 'A' }, { sku: 'A' }], '2026-01-01');
    await expect(old).rejects.toThrow('A newer basket superseded this proof');
    const [first, second] = FakeWorker.started;
    expect(first!.terminated).toBe(true);
    // The fresh worker is sent the book again before the basket.
    expect(second!.sent.map((r) => r.type)).toEqual(['book', 'prove']);
    second!.answer(proven);
    await expect(newer).resolves.toBe(proven);
  });

  it('stops the worker when its caller no longer wants the proof', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const proof = proofClient.prove(book, [{ sku: 'A' }], '2026-01-01', controller.signal);
    controller.abort();
    await expect(proof).rejects.toThrow('The proof was cancelled');
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });

  it('gives up (answers nothing) when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const proof = proofClient.prove(book, [{ sku: 'A' }], '2026-01-01');
    FakeWorker.started[0]!.onerror?.();
    await expect(proof).resolves.toBeUndefined();
  });
});
