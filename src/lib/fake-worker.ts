import type { WorkerMessage, WorkerReply } from './worker-protocol';

/**
 * A stand-in for a `Worker` in unit tests (stub the global with it): it keeps what it is sent and
 * answers when the test says.
 */
export class FakeWorker<C = unknown, Q = unknown, A = unknown> {
  static started: Array<FakeWorker<unknown, unknown, unknown>> = [];
  readonly sent: Array<WorkerMessage<C, Q>> = [];
  terminated = false;
  onmessage: ((event: { data: WorkerReply<A> }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.started.push(this as FakeWorker<unknown, unknown, unknown>);
  }
  postMessage(message: WorkerMessage<C, Q>) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The requests sent so far, in order. */
  requests(): Array<Extract<WorkerMessage<C, Q>, { type: 'request' }>> {
    return this.sent.filter((m) => m.type === 'request');
  }
  /** Answers request `id` (the last one sent when not given). */
  answer(answer: A, id = this.requests().at(-1)?.id ?? -1) {
    this.onmessage?.({ data: { id, answered: true, answer } });
  }
}
