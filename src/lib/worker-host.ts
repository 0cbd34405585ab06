import type { WorkerMessage, WorkerReply } from './worker-protocol';

/** The parts of a dedicated worker's global scope a server uses (the app's TypeScript lib is DOM, not WebWorker). */
export interface WorkerScope<C, Q, A> {
  onmessage: ((event: MessageEvent<WorkerMessage<C, Q>>) => void) | null;
  postMessage(reply: WorkerReply<A>): void;
}

/**
 * Serves a `WorkerClient` from inside a worker: each context the client sends is `prepare`d once
 * (a price book into its pricing context) and kept until the next, and each request is answered
 * from it. A request naming another context than the one held is answered `answered: false`. An
 * answer may be a promise (a proof that loads a solver): it is posted once settled; one that fails
 * is thrown from the worker's event loop, which is the worker's `error` event the client stops it
 * on, as for a synchronous throw.
 */
export function serveRequests<C, S, Q, A>(scope: WorkerScope<C, Q, A>, prepare: (context: C) => S, answer: (state: S, request: Q) => A | Promise<A>): void {
  let current: { readonly contextId: number; readonly state: S } | undefined;
  scope.onmessage = ({ data }) => {
    if (data.type === 'context') {
      current = { contextId: data.contextId, state: prepare(data.context) };
      return;
    }
    if (current === undefined || current.contextId !== data.contextId) {
      scope.postMessage({ id: data.id, answered: false });
      return;
    }
    const answered = answer(current.state, data.request);
    if (!(answered instanceof Promise)) {
      scope.postMessage({ id: data.id, answered: true, answer: answered });
      return;
    }
    answered.then(
      (settled) => scope.postMessage({ id: data.id, answered: true, answer: settled }),
      (error: unknown) =>
        setTimeout(() => {
          throw error;
        }),
    );
  };
}
