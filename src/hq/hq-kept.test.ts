import { describe, expect, it } from 'vitest';
import type { Enrolment } from './enrolment';
import { cursorFrom, keepBook, keepCursor, keptBook, keptEnrolment, sameLink, type HqSettings } from './hq-kept';
import { EMPTY_CURSOR } from './outbox';

const north: Enrolment = { baseUrl: 'http://hq', token: 't', store: 'north', storeName: 'North', till: 'till-1', at: '2024-06-15T10:00:00.000Z' };
const book = { id: 'kata', currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 50 }], offers: [] };

function memory(): HqSettings & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, setting: async (name) => values.get(name), saveSetting: async (name, value) => void values.set(name, value) };
}

describe('what the link keeps', () => {
  it.each([
    ['the same head office and store', { baseUrl: 'http://hq', store: 'north' }, true],
    ['another store', { baseUrl: 'http://hq', store: 'south' }, false],
    ['another head office', { baseUrl: 'http://other', store: 'north' }, false],
    ['nothing', undefined, false],
    ['no object', 'north', false],
  ])('a kept value of %s belongs to the link: %s', (_, value, same) => {
    expect(sameLink(value, north)).toBe(same);
  });

  it('reads back the cursor it kept, and starts from the beginning for another link', async () => {
    const settings = memory();
    await keepCursor(settings, north, { receipt: 7, z: 1, lastUploadAt: 'then' });
    const kept = settings.values.get('hq.outbox');
    expect(cursorFrom(kept, north)).toEqual({ receipt: 7, z: 1, lastUploadAt: 'then' });
    expect(cursorFrom(kept, { ...north, store: 'south' })).toEqual(EMPTY_CURSOR);
    expect(cursorFrom({ baseUrl: 'http://hq', store: 'north', cursor: { receipt: 3 } }, north)).toEqual({ receipt: 3, z: 0 });
  });

  it('reads back a book it kept only for its own link, and only while the engine reads it', async () => {
    const settings = memory();
    await keepBook(settings, north, { book: book as never, etag: '"v1"', version: 1, at: 'then' });
    expect(await keptBook(settings, north)).toMatchObject({ etag: '"v1"', version: 1, at: 'then', book: { id: 'kata' } });
    expect(await keptBook(settings, { ...north, store: 'south' })).toBeNull();
    await settings.saveSetting('hq.book', { baseUrl: 'http://hq', store: 'north', book: { ...book, currency: 'pounds' }, etag: '"v1"', version: 1, at: 'then' });
    expect(await keptBook(settings, north)).toBeNull();
  });

  it('reads back an enrolment, and nothing that is not one', async () => {
    const settings = memory();
    expect(await keptEnrolment(settings)).toBeNull();
    await settings.saveSetting('hq.enrolment', { ...north, token: 5 });
    expect(await keptEnrolment(settings)).toBeNull();
    await settings.saveSetting('hq.enrolment', north);
    expect(await keptEnrolment(settings)).toEqual(north);
  });
});
