import { describe, expect, it } from 'vitest';
import { loadBook } from './load-book';

describe('loadBook', () => {
  it('gives the validated book, with defaults filled in', () => {
    const loaded = loadBook('{"currency":"GBP","products":[{"sku":"A","name":"Apple","price":50}]}', 'b.json');
    expect(loaded).toEqual({ ok: true, book: { currency: 'GBP', products: [{ sku: 'A', name: 'Apple', price: 50, unit: 'each' }], offers: [] } });
  });

  it('lists every problem of an invalid book under a heading naming the file', () => {
    const text = JSON.stringify({
      currency: 'GBP',
      products: [{ sku: 'A', name: 'Apple', price: 50 }],
      offers: [{ id: 'x', kind: 'multi-buy', products: ['A'], quantity: 2, price: -5 }, { id: 'y', kind: 'amount-off', products: ['Q'], amount: 10 }],
    });
    expect(loadBook(text, 'bad.json')).toEqual({
      ok: false,
      errors: [
        'bad.json is not a valid price book (2 problems):',
        '  $.offers[0].price: price must not be negative',
        '  $.offers[1].products[0]: unknown SKU "Q": no product has it',
      ],
    });
  });

  it('says when the file is not JSON at all', () => {
    const loaded = loadBook('{"currency": ', 'b.json');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.errors).toEqual([expect.stringMatching(/^b\.json is not valid JSON: .+/)]);
  });
});
