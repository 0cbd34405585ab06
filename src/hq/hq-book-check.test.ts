import { describe, expect, it } from 'vitest';
import type { PriceBook } from '../pricing';
import { bookCheckOutcome } from './hq-book-check';
import type { BookResult } from './hq-client';

const AT = '2024-06-15T10:00:00.000Z';
const book = { id: 'kata', currency: 'GBP', products: [], offers: [] } as unknown as PriceBook;

describe('what a book check means for the till', () => {
  it('keeps a new book and clears any problem', () => {
    expect(bookCheckOutcome({ kind: 'book', book, etag: '"v2"', version: 2 }, AT)).toEqual({
      keep: { book, etag: '"v2"', version: 2, at: AT },
      patch: { book: { book, etag: '"v2"', version: 2, at: AT }, bookProblem: undefined, bookCheckedAt: AT },
    });
  });

  it.each<[string, BookResult, Record<string, unknown>]>([
    ['an unchanged book is a check that answered', { kind: 'unchanged' }, { bookProblem: undefined, bookCheckedAt: AT }],
    ['a book the till cannot read keeps the prices it has', { kind: 'invalid-book', issues: [] }, { bookProblem: 'Head office sent a book this till cannot read: it keeps the prices it has.' }],
    ['a revoked token asks for enrolling again', { kind: 'unauthorized', message: '401' }, { bookProblem: 'Head office no longer knows this till: enrol it again in the back office.' }],
    ['no book published yet says so in head office’s words', { kind: 'none', message: 'No book published for north yet.' }, { bookProblem: 'No book published for north yet.' }],
    ['head office unreachable says why', { kind: 'unavailable', message: 'Head office did not answer.' }, { bookProblem: 'Head office did not answer.' }],
  ])('%s', (_, result, patch) => {
    const outcome = bookCheckOutcome(result, AT);
    expect(outcome.patch).toEqual(patch);
    expect(outcome.keep).toBeUndefined();
  });
});
