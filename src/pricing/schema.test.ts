import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBookSchema, validatePriceBook } from './schema';

const kata = JSON.parse(readFileSync(new URL('../../public/books/kata.json', import.meta.url), 'utf8')) as unknown;

const base = {
  currency: 'GBP',
  products: [
    { sku: 'A', name: 'Apples', price: 50, category: 'fruit' },
    { sku: 'B', name: 'Bananas', price: 79, unit: 'kg', category: 'fruit' },
  ],
  offers: [] as unknown[],
};

const issuesOf = (book: unknown) => {
  const result = validatePriceBook(book);
  return result.ok ? [] : result.issues;
};

describe('validatePriceBook', () => {
  it('accepts the shipped kata book as typed data', () => {
    const result = validatePriceBook(kata);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.book.products.map((p) => p.unit)).toEqual(['each', 'each', 'each', 'each', 'each']);
      expect(result.book.offers).toHaveLength(3);
    }
  });

  it.each([
    ['an unknown SKU in an offer', { ...base, offers: [{ id: 'x', kind: 'multi-buy', products: ['Z'], quantity: 2, price: 90 }] }, '$.offers[0].products[0]', 'unknown SKU "Z"'],
    ['a duplicate offer id', { ...base, offers: [{ id: 'x', kind: 'percent-off', products: ['A'], percent: 10 }, { id: 'x', kind: 'percent-off', products: ['A'], percent: 20 }] }, '$.offers[1].id', 'duplicate offer id'],
    ['a duplicate SKU', { ...base, products: [...base.products, { sku: 'A', name: 'Again', price: 1 }] }, '$.products[2].sku', 'duplicate SKU'],
    ['a negative price', { ...base, products: [{ sku: 'A', name: 'Apples', price: -5 }] }, '$.products[0].price', 'must not be negative'],
    ['float money', { ...base, products: [{ sku: 'A', name: 'Apples', price: 0.5 }] }, '$.products[0].price', 'whole number of minor units'],
    ['a bad check digit', { ...base, products: [{ sku: 'A', name: 'Apples', price: 50, barcodes: ['5000000000013'] }] }, '$.products[0].barcodes[0]', 'bad check digit'],
    ['a bundle with no slots', { ...base, offers: [{ id: 'x', kind: 'bundle', slots: [], price: 100 }] }, '$.offers[0].slots', 'at least one slot'],
    ['a percent over 100', { ...base, offers: [{ id: 'x', kind: 'percent-off', products: ['A'], percent: 120 }] }, '$.offers[0].percent', 'at most 100'],
    ['free not fewer than buy', { ...base, offers: [{ id: 'x', kind: 'cheapest-free', products: ['A'], buy: 2, free: 2 }] }, '$.offers[0].free', 'fewer than buy'],
    ['a threshold with both amount and percent', { ...base, offers: [{ id: 't', kind: 'spend-threshold', threshold: 100, amount: 5, percent: 5, basis: 'after-offers' }] }, '$.offers[0]', 'exactly one of'],
    ['an unknown basis', { ...base, offers: [{ id: 't', kind: 'spend-threshold', threshold: 100, amount: 5, basis: 'sometimes' }] }, '$.offers[0].basis', 'basis must be'],
    ['a misspelt field', { ...base, offers: [{ id: 'x', kind: 'multi-buy', products: ['A'], quantity: 2, price: 90, limt: 1 }] }, '$.offers[0]', 'unknown field "limt"'],
    ['an offer that targets nothing', { ...base, offers: [{ id: 'x', kind: 'percent-off', percent: 10 }] }, '$.offers[0]', 'must target products or categories'],
    ['an unknown category', { ...base, offers: [{ id: 'x', kind: 'percent-off', categories: ['wine'], percent: 10 }] }, '$.offers[0].categories[0]', 'unknown category "wine"'],
    ['validity dates the wrong way round', { ...base, offers: [{ id: 'x', kind: 'percent-off', products: ['A'], percent: 10, validFrom: '2026-02-01', validUntil: '2026-01-01' }] }, '$.offers[0].validUntil', 'before validFrom'],
    ['a malformed date', { ...base, offers: [{ id: 'x', kind: 'percent-off', products: ['A'], percent: 10, validFrom: '1/2/2026' }] }, '$.offers[0].validFrom', 'YYYY-MM-DD'],
    ['a lowercase currency', { ...base, currency: 'gbp' }, '$.currency', 'ISO 4217'],
  ])('reports %s with its path', (_name, book, path, message) => {
    expect(issuesOf(book)).toContainEqual({ path, message: expect.stringContaining(message) as string });
  });

  const taxed = { ...base, taxRates: [{ code: 'S', percent: 20 }, { code: 'Z', percent: 0 }] };
  it.each([
    ['a product with no VAT rate and no defaultTax', { ...taxed, products: [{ ...base.products[0], tax: 'S' }, base.products[1]] }, '$.products[1]', 'no VAT rate'],
    ['an unknown tax code on a product', { ...taxed, products: [{ ...base.products[0], tax: 'R' }, { ...base.products[1], tax: 'Z' }] }, '$.products[0].tax', 'unknown tax code "R"'],
    ['an unknown defaultTax', { ...taxed, defaultTax: 'X' }, '$.defaultTax', 'unknown tax code "X"'],
    ['a tax code in a book without taxRates', { ...base, products: [{ ...base.products[0], tax: 'S' }, base.products[1]] }, '$.products[0].tax', 'no taxRates'],
    ['a duplicate tax code', { ...taxed, defaultTax: 'S', taxRates: [...taxed.taxRates, { code: 'S', percent: 5 }] }, '$.taxRates[2].code', 'duplicate tax code "S"'],
    ['a percent with three decimals', { ...taxed, defaultTax: 'S', taxRates: [{ code: 'S', percent: 5.125 }] }, '$.taxRates[0].percent', 'at most two decimals'],
    ['a negative percent', { ...taxed, defaultTax: 'S', taxRates: [{ code: 'S', percent: -1 }] }, '$.taxRates[0].percent', 'must not be negative'],
    ['a misspelt legal field', { ...base, legal: { vat: 'GB1' } }, '$.legal', 'unknown field "vat"'],
  ])('refuses %s, naming where', (_name, book, path, message) => {
    expect(issuesOf(book)).toContainEqual({ path, message: expect.stringContaining(message) as string });
  });

  it.each([
    ['percents with up to two decimals and a default rate', { ...taxed, defaultTax: 'Z', taxRates: [{ code: 'S', percent: 20, label: 'VAT 20%' }, { code: 'R', percent: 5.5 }, { code: 'Z', percent: 2.1 }] }],
    ['every product with its own code', { ...taxed, products: [{ ...base.products[0], tax: 'S' }, { ...base.products[1], tax: 'Z' }] }],
    ['legal details', { ...base, legal: { name: 'Corner Shop Ltd', address: ['1 High St', 'Leeds'], vatNumber: 'GB 123 4567 89' } }],
  ])('accepts %s', (_name, book) => {
    expect(validatePriceBook(book).ok).toBe(true);
  });

  it('reports every problem at once, structural and referential together', () => {
    const issues = issuesOf({
      currency: 'GBP',
      products: [{ sku: 'A', name: 'Apples', price: 1.5 }, { sku: 'A', name: 'Apples again', price: -1 }],
      offers: [{ id: 'o', kind: 'multi-buy', products: ['Q'], quantity: 3, price: 100 }, { id: 'o', kind: 'bundle', slots: [], price: 5 }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      '$.offers[0].products[0]',
      '$.offers[1].id',
      '$.offers[1].slots',
      '$.products[0].price',
      '$.products[1].price',
      '$.products[1].sku',
    ]);
  });

  it.each([
    ['accepts a path on the site', '/images/dairy.svg', []],
    ['refuses another host written as "//"', '//example.com/x.svg', ['image must be a path on this site starting with "/", such as "/images/dairy.svg"']],
    ['refuses another host written as "/\\"', '/\\example.com/x.svg', ['image must be a path on this site starting with "/", such as "/images/dairy.svg"']],
    ['refuses a full address', 'https://example.com/x.svg', ['image must be a path on this site starting with "/", such as "/images/dairy.svg"']],
    ['refuses a relative path', 'images/x.svg', ['image must be a path on this site starting with "/", such as "/images/dairy.svg"']],
  ])('product image: %s', (_name, image, messages) => {
    const book = { ...base, products: [{ ...base.products[0], image }] };
    expect(issuesOf(book).map((i) => i.message)).toEqual(messages);
  });

  it('rejects a document that is not a price book at all', () => {
    expect(issuesOf('hello')).toEqual([{ path: '$', message: expect.any(String) as string }]);
  });
});

describe('properties: products checked by hand agree with zod', () => {
  // One product of every shape, valid or not, beside a plain valid one: whatever validatePriceBook
  // decides (its fast path for valid books, or zod's), the verdict and the data are zod's.
  const absent = Symbol('absent');
  /** A field's value: one of `valid` four times in five, else one of `other` (`absent` leaves the field out). */
  const field = (valid: unknown[], other: unknown[]) => fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 4 }, { arbitrary: fc.constantFrom(...other), weight: 1 });
  const product = fc
    .record({
      sku: field(['A'], ['', 5, absent]),
      name: field(['Apples'], ['', null, absent]),
      price: field([0, 50, -0], [-5, 0.5, 2 ** 53, Number.NaN, '50', absent]),
      unit: field(['each', 'kg', absent], ['g', undefined]),
      barcodes: field([absent, [], ['96385074'], ['5000000000012', '96385074']], [['5000000000013'], ['abc'], [5], '96385074', undefined]),
      category: field([absent, 'fruit'], ['', 3, undefined]),
      image: field([absent, '/images/a.svg'], ['//x.test/a.svg', '/\\x.test', 'a.svg', 4, undefined]),
      ageRestricted: field([absent, 18, 1, 99], [0, 100, 1.5, '18', undefined]),
      tax: field([absent, 'S', 'Z'], ['', 7, 'Q', undefined]),
      colour: field([absent], ['red']),
    })
    .map((fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== absent)));
  const bookWith = (p: Record<string, unknown>) => ({
    currency: 'GBP',
    taxRates: [{ code: 'S', percent: 20 }, { code: 'Z', percent: 0 }],
    defaultTax: 'Z',
    products: [p, { sku: 'B', name: 'Bananas', price: 79, unit: 'kg', barcodes: ['5000000000029'] }],
  });

  it('accepts exactly what zod accepts, with the same data in the same field order', () => {
    fc.assert(
      fc.property(product, (p) => {
        const book = bookWith(p);
        const zod = priceBookSchema.safeParse(book);
        const result = validatePriceBook(book);
        // The only reference a product here can break: a tax code the book does not have.
        expect(result.ok).toBe(zod.success && p.tax !== 'Q');
        if (result.ok && zod.success) expect(JSON.stringify(result.book)).toBe(JSON.stringify(zod.data));
        if (result.ok && zod.success) expect(result.book).toStrictEqual(zod.data);
      }),
      { numRuns: 500 },
    );
  });
});
