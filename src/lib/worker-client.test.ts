import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from './fake-worker';
import { WorkerClient, type WorkerClientOptions } from './worker-client';

type Book = { readonly name: string };
const book: Book = { name: 'book' };

function client(options: Partial<WorkerClientOptions<string, Book>> = {}) {
  return new WorkerClient<Book, number, string>({ start: () => new Worker('worker.js'), deadlineMs: 1000, gaveUp: 'gave up', latestOnly: false, ...options });
}

const worker = (k: number) => FakeWorker.started[k] as FakeWorker<Book, number, string>;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('a worker client', () => {
  it('answers gaveUp where there are no workers (tests, old browsers), never an error', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(client().ask(book, 1)).resolves.toBe('gave up');
  });

  it('starts the worker on first use, sends the context once, then each request naming it, and answers what the worker answered', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client();
    const first = c.ask(book, 1);
    worker(0).answer('one');
    await expect(first).resolves.toBe('one');
    const second = c.ask(book, 2);
    worker(0).answer('two');
    await expect(second).resolves.toBe('two');
    expect(FakeWorker.started).toHaveLength(1);
    const id = c.contextIdOf(book);
    expect(worker(0).sent).toEqual([
      { type: 'context', contextId: id, context: book },
      { type: 'request', id: 1, contextId: id, request: 1 },
      { type: 'request', id: 2, contextId: id, request: 2 },
    ]);
  });

  it('sends a new context object (an edited book) before the request about it', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client();
    const edited: Book = { name: 'book' };
    void c.ask(book, 1);
    void c.ask(edited, 2);
    expect(worker(0).sent.map((m) => m.type)).toEqual(['context', 'request', 'context', 'request']);
    expect(c.contextIdOf(edited)).not.toBe(c.contextIdOf(book));
  });

  it('posts what `wire` makes of a context, once per context, and the requests as ever', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = new WorkerClient<Book, number, string, string>({ start: () => new Worker('worker.js'), deadlineMs: 1000, gaveUp: 'gave up', latestOnly: false, wire: (b) => JSON.stringify(b) });
    const answer = c.ask(book, 1);
    worker(0).answer('one');
    await expect(answer).resolves.toBe('one');
    void c.ask(book, 2);
    const id = c.contextIdOf(book);
    expect(worker(0).sent).toEqual([
      { type: 'context', contextId: id, context: '{"name":"book"}' },
      { type: 'request', id: 1, contextId: id, request: 1 },
      { type: 'request', id: 2, contextId: id, request: 2 },
    ]);
  });

  it('prepares: starts the worker and sends the context ahead of any request, which then sends only itself', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client();
    c.prepare(book);
    c.prepare(book);
    expect(worker(0).sent.map((m) => m.type)).toEqual(['context']);
    void c.ask(book, 1);
    expect(worker(0).sent.map((m) => m.type)).toEqual(['context', 'request']);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('prepares nothing where there are no workers', () => {
    expect(() => client().prepare(book)).not.toThrow();
  });

  it('answers gaveUp when the worker did not hold the context the request named', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const asked = client().ask(book, 1);
    worker(0).onmessage?.({ data: { id: 1, answered: false } });
    await expect(asked).resolves.toBe('gave up');
  });

  it('queues requests in one worker unless latestOnly, each answered by its own id', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client();
    const first = c.ask(book, 1);
    const second = c.ask(book, 2);
    worker(0).answer('two', 2);
    worker(0).answer('one', 1);
    await expect(Promise.all([first, second])).resolves.toEqual(['one', 'two']);
  });

  it('with latestOnly, stops the worker under a superseded request and fails it rather than answer for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client({ latestOnly: true });
    const old = c.ask(book, 1);
    const newer = c.ask(book, 2);
    await expect(old).rejects.toThrow('A newer request superseded this one');
    expect(worker(0).terminated).toBe(true);
    // The fresh worker is sent the context again before the request.
    expect(worker(1).sent.map((m) => m.type)).toEqual(['context', 'request']);
    worker(1).answer('two');
    await expect(newer).resolves.toBe('two');
  });

  it('stops the worker when a caller aborts, failing that request; the others it held give up', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client();
    const controller = new AbortController();
    const other = c.ask(book, 1);
    const aborted = c.ask(book, 2, controller.signal);
    controller.abort();
    await expect(aborted).rejects.toThrow('The request was cancelled');
    await expect(other).resolves.toBe('gave up');
    expect(worker(0).terminated).toBe(true);
  });

  it('gives up (answers gaveUp) when the worker fails, and starts a fresh one for the next request', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = client();
    const asked = c.ask(book, 1);
    worker(0).onerror?.();
    await expect(asked).resolves.toBe('gave up');
    void c.ask(book, 2);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('stops the worker and gives up on every request once one is past its deadline', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const c = client({ deadlineMs: 1000 });
    const first = c.ask(book, 1);
    const second = c.ask(book, 2);
    vi.advanceTimersByTime(1000);
    await expect(Promise.all([first, second])).resolves.toEqual(['gave up', 'gave up']);
    expect(worker(0).terminated).toBe(true);
    // A late answer from the stopped worker changes nothing.
    worker(0).answer('late', 1);
  });
});
