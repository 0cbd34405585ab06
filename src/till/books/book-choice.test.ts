import { describe, expect, it } from 'vitest';
import { bookChoiceFrom, type BookChoice } from './book-choice';

describe('choosing the price book', () => {
  it.each<[string, string, BookChoice]>([
    ['no ?book= means the default', 'http://till.test/', { kind: 'default' }],
    ['an empty ?book= means the default', 'http://till.test/?book=', { kind: 'default' }],
    ['an absolute path', 'http://till.test/?book=/books/kata.json', { kind: 'url', url: '/books/kata.json' }],
    ['a relative path', 'http://till.test/till/?book=books/kata.json', { kind: 'url', url: '/till/books/kata.json' }],
    ['a full address on this site', 'http://till.test/?book=http://till.test/books/kata.json%3Fv%3D2', { kind: 'url', url: '/books/kata.json?v=2' }],
  ])('%s', (_name, page, choice) => {
    expect(bookChoiceFrom(page)).toEqual(choice);
  });

  it('refuses another site', () => {
    expect(bookChoiceFrom('http://till.test/?book=https://evil.test/prices.json')).toEqual({
      kind: 'refused',
      message: '?book= must be an address on this site (http://till.test); https://evil.test is not',
    });
  });
});
