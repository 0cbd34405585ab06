import { describe, expect, it } from 'vitest';
import { draftToProduct, productToDraft, validateProductDraft, type ProductDraft } from './product-draft';
import { testBook } from './test-book';

const book = testBook();
const apples = (over: Partial<ProductDraft>): ProductDraft => ({ ...productToDraft(book.products[0]!, 2), ...over });

describe('a product in the form', () => {
  it.each(book.products.map((p) => [p.sku, p] as const))('%s round-trips through the form unchanged', (_sku, product) => {
    expect(draftToProduct(productToDraft(product, 2), 2)).toEqual({ product, readErrors: [] });
  });

  it.each<[string, Partial<ProductDraft>, Record<string, string>]>([
    ['a new price and a second barcode are fine', { price: '0.55', barcodes: '5000123456789 96385074' }, {}],
    ['a bad check digit is refused beside the barcodes', { barcodes: '5000123456780' }, { barcodes: 'Barcode 5000123456780 has a bad check digit (expected 9)' }],
    ['a barcode that is not one', { barcodes: '12345' }, { barcodes: expect.stringContaining('12345') as unknown as string }],
    ['an empty name', { name: '' }, { name: 'name must not be empty' }],
    ['a price in tenths of a penny', { price: '0.555' }, { price: 'at most 2 decimal places' }],
  ])('%s', (_name, over, fields) => {
    expect(validateProductDraft(book, 0, apples(over), 2)).toEqual({ fields, general: [] });
  });

  it('says which offer would lose its category when the last product leaves it', () => {
    const cheese = book.products.findIndex((p) => p.sku === 'CHD');
    const withCheeseOffer = { ...book, offers: [...book.offers, { id: 'ch', kind: 'percent-off' as const, categories: ['cheese'], percent: 10 }] };
    const draft = { ...productToDraft(book.products[cheese]!, 2), category: 'deli' };
    expect(validateProductDraft(withCheeseOffer, cheese, draft, 2)).toEqual({
      fields: {},
      general: [{ path: '$.offers[3].categories[0]', message: 'unknown category "cheese": no product is in it' }],
    });
  });
});
