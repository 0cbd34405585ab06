import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../../pricing';
import index from '../../../public/books/index.json';

const read = (url: string): unknown => JSON.parse(readFileSync(new URL(`../../../public${url}`, import.meta.url), 'utf8'));

describe('the shipped books', () => {
  it('lists more than one store and names a default it lists', () => {
    expect(index.books.length).toBeGreaterThan(1);
    expect(index.books.map((b) => b.id)).toContain(index.default);
  });

  it.each(index.books.map((b) => [b.id, b] as const))('%s is valid, and its id and name match the list', (_id, entry) => {
    const validation = validatePriceBook(read(entry.url));
    expect(validation.ok && { id: validation.book.id, name: validation.book.name }).toEqual({ id: entry.id, name: entry.name });
  });
});
