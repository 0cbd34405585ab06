import { describe, expect, it } from 'vitest';
import { readBookFile } from './read-book-file';

const file = (text: string) => new Blob([text], { type: 'application/json' });

describe('reading a price book file', () => {
  it('gives the validated book', async () => {
    const read = await readBookFile(file(JSON.stringify({ currency: 'GBP', products: [{ sku: 'A', name: 'Apple', price: 50 }], offers: [] })));
    expect(read).toMatchObject({ ok: true, book: { currency: 'GBP', products: [{ sku: 'A', price: 50 }] } });
  });

  it('refuses a file that is not JSON with one problem at $', async () => {
    const read = await readBookFile(file('{ not json'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues).toEqual([{ path: '$', message: expect.stringMatching(/^not JSON: /) as unknown as string }]);
  });

  it('refuses an invalid book with the engine’s problems and their paths', async () => {
    const read = await readBookFile(file(JSON.stringify({ currency: 'GBP', products: [{ sku: 'A', name: 'Apple', price: -1 }], offers: [] })));
    expect(read).toMatchObject({ ok: false, issues: [{ path: '$.products[0].price' }] });
  });
});
