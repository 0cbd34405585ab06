import { describe, expect, it, vi } from 'vitest';
import { serveRequests, type WorkerScope } from './worker-host';
import type { WorkerMessage, WorkerReply } from './worker-protocol';

function host() {
  const replies: Array<WorkerReply<string>> = [];
  const scope: WorkerScope<string, number, string> = { onmessage: null, postMessage: (reply) => replies.push(reply) };
  const prepare = vi.fn((context: string) => context.toUpperCase());
  serveRequests(scope, prepare, (state, request: number) => `${state} ${request}`);
  const send = (data: WorkerMessage<string, number>) => scope.onmessage?.({ data } as MessageEvent<WorkerMessage<string, number>>);
  return { replies, prepare, send };
}

describe('serving a worker client', () => {
  it('prepares each context once and answers each request from it', () => {
    const { replies, prepare, send } = host();
    send({ type: 'context', contextId: 7, context: 'book' });
    send({ type: 'request', id: 1, contextId: 7, request: 1 });
    send({ type: 'request', id: 2, contextId: 7, request: 2 });
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(replies).toEqual([
      { id: 1, answered: true, answer: 'BOOK 1' },
      { id: 2, answered: true, answer: 'BOOK 2' },
    ]);
  });

  it('does not answer about a context it does not hold (none yet, or replaced)', () => {
    const { replies, send } = host();
    send({ type: 'request', id: 1, contextId: 7, request: 1 });
    send({ type: 'context', contextId: 8, context: 'other' });
    send({ type: 'request', id: 2, contextId: 7, request: 2 });
    expect(replies).toEqual([
      { id: 1, answered: false },
      { id: 2, answered: false },
    ]);
  });

  it('posts an answer that is a promise once it settles', async () => {
    const replies: Array<WorkerReply<string>> = [];
    const scope: WorkerScope<string, number, string> = { onmessage: null, postMessage: (reply) => replies.push(reply) };
    let settle = (_: string) => {};
    serveRequests(scope, (context: string) => context, () => new Promise<string>((resolve) => (settle = resolve)));
    scope.onmessage?.({ data: { type: 'context', contextId: 1, context: 'book' } } as MessageEvent<WorkerMessage<string, number>>);
    scope.onmessage?.({ data: { type: 'request', id: 1, contextId: 1, request: 1 } } as MessageEvent<WorkerMessage<string, number>>);
    expect(replies).toEqual([]);
    settle('proved');
    await vi.waitFor(() => expect(replies).toEqual([{ id: 1, answered: true, answer: 'proved' }]));
  });
});
