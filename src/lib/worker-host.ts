import type { WorkerMessage, WorkerReply } from './worker-protocol';

/** The parts of a dedicated worker's global scope a server uses (the app's TypeScript lib is DOM, not WebWorker). */
export interface WorkerScope<C, Q, A> {
  onmessage: ((event: MessageEvent<WorkerMessage<C, Q>>) => void) | null;
  postMessage(reply: WorkerReply<A>): void;
}

/**
 * Serves a `WorkerClient` from inside a worker: each context the client sends is `prepare`d once
 * (a price book into its pricing context) and kept until the next, and each request is answered
 * from it. A request naming another context than the one held is answered `answered: false`.
 */
export function serveRequests<C, S, Q, A>(scope: WorkerScope<C, Q, A>, prepare: (context: C) => S, answer: (state: S, request: Q) => A): void {
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
    scope.postMessage({ id: data.id, answered: true, answer: answer(current.state, data.request) });
  };
}
