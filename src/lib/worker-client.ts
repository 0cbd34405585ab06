import type { WorkerMessage, WorkerReply } from './worker-protocol';

/** How a {@link WorkerClient} runs its worker. */
export interface WorkerClientOptions<A, C = unknown, W = C> {
  /** Starts the worker: on first use, and again after each stop. */
  readonly start: () => Worker;
  /** How long a request may take, in milliseconds, before the worker is stopped and it answers `gaveUp`. */
  readonly deadlineMs: number;
  /** The answer of a request the worker could not give: past the deadline, a failed worker, no workers at all. */
  readonly gaveUp: A;
  /**
   * Whether a new request supersedes the one running: the worker is stopped under it and it fails
   * rather than answer (its question no longer matters). Otherwise requests queue in the worker.
   */
  readonly latestOnly: boolean;
  /**
   * What is posted for a context (the context itself when not given): something cheaper to copy
   * than the context, which the worker turns back into it (a price book's JSON text: one string to
   * copy instead of tens of thousands of objects).
   */
  readonly wire?: (context: C) => W;
}

interface Pending<A> {
  readonly resolve: (answer: A) => void;
  readonly reject: (reason: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Asks questions of a worker about a context (a price book) that is sent once per worker, each
 * answered by a promise. Stopping the worker is the only way to stop a synchronous computation,
 * so a request past its deadline or a failed worker stops it, and its requests answer `gaveUp`; a
 * request its caller aborts stops it too and fails. The next request starts a fresh worker (and
 * sends the context again). Where there are no workers (tests, old browsers), every request
 * answers `gaveUp`. The worker side is `serveRequests` (`worker-host.ts`).
 */
export class WorkerClient<C extends object, Q, A, W = C> {
  private worker: Worker | undefined;
  private sentContext: C | undefined;
  private readonly pending = new Map<number, Pending<A>>();
  private readonly contextIds = new WeakMap<C, number>();
  private nextContextId = 1;
  private nextId = 1;

  constructor(private readonly options: WorkerClientOptions<A, C, W>) {}

  /** A number for each context object: an edited book is a new object, and a new context. */
  contextIdOf(context: C): number {
    let id = this.contextIds.get(context);
    if (id === undefined) {
      id = this.nextContextId++;
      this.contextIds.set(context, id);
    }
    return id;
  }

  /** The worker's answer to `request` about `context`; `signal` aborting stops the worker and fails the request. */
  ask(context: C, request: Q, signal?: AbortSignal): Promise<A> {
    if (typeof Worker === 'undefined') return Promise.resolve(this.options.gaveUp);
    if (this.options.latestOnly && this.pending.size > 0) this.stop(new Error('A newer request superseded this one'));
    const worker = this.workerWith(context);
    const contextId = this.contextIdOf(context);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(), this.options.deadlineMs);
      this.pending.set(id, { resolve, reject, timer });
      signal?.addEventListener('abort', () => {
        if (this.pending.has(id)) this.stop(new Error('The request was cancelled'), id);
      });
      this.post(worker, { type: 'request', id, contextId, request });
    });
  }

  /**
   * Starts the worker and sends it `context` unless it has it already: copying a big book to the
   * worker blocks the page for tens of ms, so the till does it while idle rather than at a request.
   */
  prepare(context: C): void {
    if (typeof Worker !== 'undefined') this.workerWith(context);
  }

  /** The worker, started if need be, holding `context`. */
  private workerWith(context: C): Worker {
    const worker = this.ensureWorker();
    if (this.sentContext !== context) {
      const wire = this.options.wire;
      this.post(worker, { type: 'context', contextId: this.contextIdOf(context), context: wire === undefined ? context : wire(context) });
      this.sentContext = context;
    }
    return worker;
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = this.options.start();
    worker.onmessage = ({ data }: MessageEvent<WorkerReply<A>>) => this.settle(data.id, data.answered ? data.answer : this.options.gaveUp);
    worker.onerror = () => this.stop();
    this.worker = worker;
    return worker;
  }

  private post(worker: Worker, message: WorkerMessage<C | W, Q>): void {
    worker.postMessage(message);
  }

  private settle(id: number, answer: A, failure?: Error): void {
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    clearTimeout(pending.timer);
    this.pending.delete(id);
    if (failure === undefined) pending.resolve(answer);
    else pending.reject(failure);
  }

  /**
   * Stops the worker. Its requests answer `gaveUp`, or fail with `failure`: all of them, or only
   * request `only` when given (the others it was running or queueing gave up).
   */
  private stop(failure?: Error, only?: number): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sentContext = undefined;
    for (const id of [...this.pending.keys()]) this.settle(id, this.options.gaveUp, only === undefined || only === id ? failure : undefined);
  }
}
