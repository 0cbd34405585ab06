import { describe, expect, it } from 'vitest';
import { takeEarlyResponse } from './early-fetch';

describe('takeEarlyResponse', () => {
  it('gives the response started for that address, once', async () => {
    const response = Promise.resolve(new Response('{}'));
    const scope = { __tillEarlyFetch: { '/books/index.json': response } };
    expect(takeEarlyResponse('/books/index.json', scope)).toBe(response);
    expect(takeEarlyResponse('/books/index.json', scope)).toBeUndefined();
    await response;
  });

  it.each([
    ['nothing was started', {}],
    ['another address was started', { __tillEarlyFetch: { '/books/demo.json': Promise.resolve(new Response('{}')) } }],
  ])('gives nothing when %s', (_name, scope) => {
    expect(takeEarlyResponse('/books/index.json', scope)).toBeUndefined();
  });
});
