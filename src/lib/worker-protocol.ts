/**
 * What a {@link WorkerClient} and a worker serving it (`serveRequests`) say to each other. The
 * context (a price book) is large and changes rarely, so it is sent once per worker and each
 * request names it by number.
 */
export type WorkerMessage<C, Q> =
  | { readonly type: 'context'; readonly contextId: number; readonly context: C }
  | { readonly type: 'request'; readonly id: number; readonly contextId: number; readonly request: Q };

/** A worker's reply: its answer, or `answered: false` when the request named a context it does not hold. */
export type WorkerReply<A> = { readonly id: number; readonly answered: true; readonly answer: A } | { readonly id: number; readonly answered: false };
