import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testBook } from '../forms/test-book';
import { editedVersion, effectiveBook, prepareEdit, resetRecord, versionOf } from './book-edits';
import { readEdit, resetEdit, saveEdit } from './book-edits-db';

const shipped = testBook();
const now = new Date('2024-06-15T10:00:00Z');

describe('edited versions', () => {
  it.each<[string | number | undefined, number, string]>([
    [3, 1, '3+edit.1'],
    ['2024.06', 12, '2024.06+edit.12'],
    [undefined, 2, 'unversioned+edit.2'],
  ])('shipped version %s at revision %i is %s', (version, revision, text) => {
    expect(editedVersion(versionOf(version === undefined ? {} : { version }), revision)).toBe(text);
  });
});

describe('preparing an edit', () => {
  it('numbers revisions on from the last one, replacing the version the draft carried', () => {
    const first = prepareEdit('/b.json', shipped, undefined, { ...shipped, version: '99', $schema: 'x' }, [], now);
    expect(first.ok && [first.record.revision, first.record.book?.version, first.record.book?.$schema]).toEqual([1, '3+edit.1', undefined]);
    if (!first.ok) return;
    const reset = resetRecord('/b.json', shipped, first.record, now);
    const second = prepareEdit('/b.json', shipped, reset, shipped, [], now);
    // After a reset the counter carries on: 3+edit.1 never names two sets of prices.
    expect(second.ok && second.record.book?.version).toBe('3+edit.2');
  });

  it('refuses an invalid book with every problem and its path', () => {
    const prepared = prepareEdit('/b.json', shipped, undefined, { ...shipped, currency: 'pounds', products: [{ sku: 'A', name: 'A', price: -1 }] }, [], now);
    expect(prepared).toEqual({
      ok: false,
      issues: [
        { path: '$.currency', message: 'currency must be an ISO 4217 code such as "GBP"' },
        { path: '$.offers[0].categories[0]', message: 'unknown category "fruit": no product is in it' },
        { path: '$.offers[1].slots[0].products[0]', message: 'unknown SKU "APL": no product has it' },
        { path: '$.offers[1].slots[1].products[0]', message: 'unknown SKU "PER": no product has it' },
        { path: '$.products[0].price', message: 'price must not be negative' },
      ],
    });
  });
});

describe('the book in use', () => {
  it('is the shipped book until an edit is saved, and again after a reset', () => {
    expect(effectiveBook(shipped, null)).toMatchObject({ book: shipped, edited: false });
    const saved = prepareEdit('/b.json', shipped, undefined, { ...shipped, name: 'Edited' }, [], now);
    if (!saved.ok) throw new Error('should save');
    expect(effectiveBook(shipped, saved.record)).toMatchObject({ book: { name: 'Edited', version: '3+edit.1' }, edited: true, shippedMovedOn: false });
    expect(effectiveBook({ ...shipped, version: 4 }, saved.record)).toMatchObject({ edited: true, shippedMovedOn: true });
    expect(effectiveBook(shipped, resetRecord('/b.json', shipped, saved.record, now))).toMatchObject({ book: shipped, edited: false });
  });

  it('is the shipped book, with the reason to show, when the stored edit no longer passes the checks', () => {
    const saved = prepareEdit('/b.json', shipped, undefined, { ...shipped, name: 'Edited' }, [], now);
    if (!saved.ok) throw new Error('should save');
    // A stored book a later, stricter engine refuses (here: a negative price).
    const stale = { ...saved.record, book: { ...saved.record.book, products: [{ sku: 'A', name: 'A', price: -1 }] } };
    const effective = effectiveBook(shipped, stale as typeof saved.record);
    expect(effective).toMatchObject({ book: shipped, edited: false });
    expect(effective.problem).toMatch(/no longer pass the price book checks: the shipped prices are in use/);
  });
});

describe('stored in IndexedDB', () => {
  it('saves per address, refuses an invalid book without touching the stored one, and resets', async () => {
    expect(await readEdit('/books/a.json')).toBeNull();
    const saved = await saveEdit('/books/a.json', shipped, { ...shipped, name: 'A edited' }, [shipped.offers[0]!]);
    expect(saved.ok).toBe(true);
    const refused = await saveEdit('/books/a.json', shipped, { ...shipped, currency: 'x' }, []);
    expect(refused.ok).toBe(false);

    const stored = await readEdit('/books/a.json');
    expect(stored).toMatchObject({ revision: 1, book: { name: 'A edited', version: '3+edit.1' }, parked: [{ id: 'fruit3' }] });
    expect(await readEdit('/books/b.json')).toBeNull();

    await resetEdit('/books/a.json', shipped);
    expect(await readEdit('/books/a.json')).toMatchObject({ book: null, revision: 1 });
  });
});
