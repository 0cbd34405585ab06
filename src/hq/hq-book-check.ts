import type { BookResult } from './hq-client';
import type { HqBook, HqState } from './hq-store';

/** What one book check means for the till: the store's new fields, and the book to keep when one came. */
export interface BookCheckOutcome {
  readonly patch: Partial<Pick<HqState, 'book' | 'bookProblem' | 'bookCheckedAt'>>;
  readonly keep?: HqBook;
}

/**
 * Head office's answer to "is there a newer book?", as the till's state at `at` (ISO instant). Any
 * answer that is no book leaves the book the till has: it keeps pricing with it.
 */
export function bookCheckOutcome(result: BookResult, at: string): BookCheckOutcome {
  switch (result.kind) {
    case 'book': {
      const book: HqBook = { book: result.book, etag: result.etag, version: result.version, at };
      return { keep: book, patch: { book, bookProblem: undefined, bookCheckedAt: at } };
    }
    case 'unchanged':
      return { patch: { bookProblem: undefined, bookCheckedAt: at } };
    case 'invalid-book':
      return { patch: { bookProblem: 'Head office sent a book this till cannot read: it keeps the prices it has.' } };
    case 'unauthorized':
      return { patch: { bookProblem: 'Head office no longer knows this till: enrol it again in the back office.' } };
    default:
      return { patch: { bookProblem: result.message } };
  }
}
