import { describe, expect, it } from 'vitest';
import { bookAccess, type BookAccess, type BookAccessRules } from './book-access';
import type { BookChoice } from './book-choice';

const store: BookAccessRules = {
  storeBooks: ['/books/demo.json', '/books/kata.json'],
  defaultUrl: '/books/demo.json',
  mayChoose: false,
  chosenByManager: undefined,
  anyBookOnThisSite: false,
};
const url = (u: string): BookChoice => ({ kind: 'url', url: u });
const managerOnly: BookAccess = { ok: false, reason: 'manager-only', message: 'Only a manager can choose another price book.' };

describe('who may open which price book', () => {
  it.each<[string, BookChoice, Partial<BookAccessRules>, BookAccess]>([
    ['anyone opens the store’s default book', { kind: 'default' }, {}, { ok: true }],
    ['anyone opens the default book named by ?book=', url('/books/demo.json'), {}, { ok: true }],
    ['a cashier may not choose another of the store’s books', url('/books/kata.json'), {}, managerOnly],
    ['a manager chooses another of the store’s books, which the till remembers', url('/books/kata.json'), { mayChoose: true }, { ok: true, chosen: '/books/kata.json' }],
    ['a cashier goes on with the book a manager chose on this till', url('/books/kata.json'), { chosenByManager: '/books/kata.json' }, { ok: true }],
    ['a manager’s earlier choice does not open another book', url('/books/riverside.json'), { storeBooks: [...store.storeBooks, '/books/riverside.json'], chosenByManager: '/books/kata.json' }, managerOnly],
    [
      'not even a manager opens a book outside the store’s list in production',
      url('/books/test/corner-shop.json'),
      { mayChoose: true },
      { ok: false, reason: 'not-the-stores', message: "/books/test/corner-shop.json is not one of this store's price books." },
    ],
    ['a manager opens a test book in a development build', url('/books/test/corner-shop.json'), { mayChoose: true, anyBookOnThisSite: true }, { ok: true, chosen: '/books/test/corner-shop.json' }],
    ['a cashier does not, even there', url('/books/test/corner-shop.json'), { anyBookOnThisSite: true }, managerOnly],
    ['an address the choice refused is left to the book gate to explain', { kind: 'refused', message: 'no' }, {}, { ok: true }],
  ])('%s', (_name, choice, rules, access) => {
    expect(bookAccess(choice, { ...store, ...rules })).toEqual(access);
  });
});
