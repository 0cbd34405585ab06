import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, type Offer, type PriceBook, type Product } from '../../pricing';
import { testBook } from '../forms/test-book';
import { changeCount, diffBooks, isEmptyDiff, sameValue, type BookDiff } from './book-diff';

const base = testBook();
const withProducts = (products: PriceBook['products']): PriceBook => ({ ...base, products });
const withOffers = (offers: PriceBook['offers']): PriceBook => ({ ...base, offers });
const product = (sku: string, change: Partial<Product>): Product => ({ ...base.products.find((p) => p.sku === sku)!, ...change });
const offer = (id: string, change: Record<string, unknown>): Offer => ({ ...base.offers.find((o) => o.id === id)!, ...change }) as Offer;

/** The diff in a few words per change, to compare with a hand-written list. */
function summary(diff: BookDiff): string[] {
  const { products: p, offers: o } = diff;
  return [
    ...p.added.map((x) => `+product ${x.sku}`),
    ...p.removed.map((x) => `-product ${x.sku}`),
    ...p.changed.map((c) => `~product ${c.sku} ${c.fields.join(',')}`),
    ...(p.reordered ? ['products reordered'] : []),
    ...o.added.map((x) => `+offer ${x.id}`),
    ...o.removed.map((x) => `-offer ${x.id}`),
    ...o.changed.map((c) => `~offer ${c.id} ${c.fields.join(',')}`),
    ...(diff.name ? [`name ${String(diff.name.before)} → ${String(diff.name.after)}`] : []),
    ...(diff.currency ? [`currency ${diff.currency.before} → ${diff.currency.after}`] : []),
    ...(diff.store ? [`store ${String(diff.store.before)} → ${String(diff.store.after)}`] : []),
  ];
}

describe('the difference between the book in use and an imported one', () => {
  const [apl, per, chd, bag] = base.products as [Product, Product, Product, Product];
  const [fruit3, meal, spend10] = base.offers as [Offer, Offer, Offer];
  it.each<[string, PriceBook, string[]]>([
    ['is nothing for the same book', base, []],
    ['is nothing for a copy with another version and a $schema', { ...structuredClone(base), version: '9', $schema: 'https://example.com/s.json' }, []],
    ['is nothing when an empty barcode list stands for none', withProducts([apl, { ...per, barcodes: [] }, chd, bag]), []],
    ['is nothing when only the offers come in another order', withOffers([spend10, fruit3, meal]), []],
    ['gives a new price', withProducts([product('APL', { price: money(55) }), per, chd, bag]), ['~product APL price']],
    ['gives a new name and price of one product', withProducts([apl, product('PER', { name: 'Conference pears', price: money(65) }), chd, bag]), ['~product PER name,price']],
    ['gives unit, barcodes and category changes', withProducts([product('APL', { unit: 'kg', barcodes: [], category: 'veg' }), per, chd, bag]), ['~product APL unit,barcodes,category']],
    ['gives a product added and one removed', withProducts([apl, per, chd, { sku: 'FIG', name: 'Figs', price: money(80), unit: 'each' }]), ['+product FIG', '-product BAG']],
    ['gives products in another order', withProducts([per, apl, chd, bag]), ['products reordered']],
    ['does not call a removal a new order', withProducts([per, chd, bag]), ['-product APL']],
    ['gives an offer added, one removed and one changed', withOffers([offer('fruit3', { price: money(110) }), spend10, { id: 'bag', kind: 'amount-off', products: ['BAG'], amount: money(5) } as Offer]), ['+offer bag', '-offer meal', '~offer fruit3 price']],
    ['gives every field of an offer that changes, sorted', withOffers([fruit3, offer('meal', { validUntil: undefined, priority: 1 }), spend10]), ['~offer meal priority,validUntil']],
    ['gives the store name, currency and book id', { ...base, name: 'Corner', currency: 'EUR', id: 'other' }, ['name undefined → Corner', 'currency GBP → EUR', 'store shop → other']],
    ['gives a book with no id as another store’s', (({ id: _id, ...rest }) => rest)(base), ['store shop → undefined']],
  ])('%s', (_fact, imported, expected) => {
    const diff = diffBooks(base, imported);
    expect(summary(diff)).toEqual(expected);
    expect(changeCount(diff)).toBe(expected.length);
    expect(isEmptyDiff(diff)).toBe(expected.length === 0);
  });

  it('keeps both sides of a change', () => {
    const diff = diffBooks(base, withProducts([product('APL', { price: money(55) }), per, chd, bag]));
    expect(diff.products.changed[0]).toMatchObject({ sku: 'APL', before: { price: 50 }, after: { price: 55 } });
  });
});

describe('same value', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['is true for equal numbers', 1, 1, true],
    ['is false for a number and its text', 1, '1', false],
    ['compares lists in order', ['A', 'B'], ['B', 'A'], false],
    ['reads a field set to undefined as left out', { a: 1, b: undefined }, { a: 1 }, true],
    ['compares nested objects', [{ products: ['A'], quantity: 1 }], [{ quantity: 1, products: ['A'] }], true],
    ['tells a list from an object', [], {}, false],
    ['tells null from an object', null, {}, false],
  ])('%s', (_fact, a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('properties', () => {
  // Few values per field, so two random books often share a product that differs in one field only.
  const productArb = (sku: string) =>
    fc.record(
      {
        sku: fc.constant(sku),
        name: fc.constantFrom(sku, 'Apples'),
        price: fc.constantFrom(money(50), money(55)),
        unit: fc.constantFrom('each' as const, 'kg' as const),
        barcodes: fc.constantFrom<string[]>([], ['5000123456789'], ['5000000000012', '5000123456789']),
        category: fc.constantFrom('fruit', 'veg'),
      },
      { requiredKeys: ['sku', 'name', 'price', 'unit'] },
    );
  const products = fc.shuffledSubarray(['A', 'B', 'C', 'D', 'E']).chain((skus) => fc.tuple(...skus.map(productArb)));
  const offerArb = (id: string) =>
    fc.oneof(
      fc.record({ id: fc.constant(id), kind: fc.constant('multi-buy'), products: fc.constantFrom<string[]>(['A'], ['A', 'B']), quantity: fc.constantFrom(2, 3), price: fc.constantFrom(money(100), money(120)) }, { requiredKeys: ['id', 'kind', 'products', 'quantity', 'price'] }),
      fc.record({ id: fc.constant(id), kind: fc.constant('percent-off'), categories: fc.constant<string[]>(['fruit']), percent: fc.constantFrom(10, 20), label: fc.constantFrom('10% off', 'Fruit deal') }, { requiredKeys: ['id', 'kind', 'categories', 'percent'] }),
    ) as fc.Arbitrary<Offer>;
  const offers = fc.shuffledSubarray(['o1', 'o2', 'o3', 'o4']).chain((ids) => fc.tuple(...ids.map(offerArb)));
  const book: fc.Arbitrary<PriceBook> = fc.record(
    { id: fc.constantFrom('shop', 'other'), name: fc.constantFrom('Corner', 'Market'), currency: fc.constantFrom('GBP', 'EUR'), products, offers },
    { requiredKeys: ['currency', 'products', 'offers'] },
  );

  // Two books that share much: the imported one takes each field of a shared product or offer from
  // the book in use or from a random book, so a change of a single field is common.
  const pair = fc.tuple(book, book, fc.array(fc.boolean(), { minLength: 1, maxLength: 64 })).map(([a, b, flags]) => [a, blend(a, b, flags)] as const);

  it('finds nothing between a book and itself, or a copy of it', () => {
    fc.assert(
      fc.property(book, (a) => {
        expect(isEmptyDiff(diffBooks(a, a))).toBe(true);
        expect(isEmptyDiff(diffBooks(a, structuredClone(a)))).toBe(true);
      }),
    );
  });

  it('accounts for every product and offer of both books: applying the changes to the one in use gives the imported one', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const diff = diffBooks(a, b);
        const productsAfter = new Map(a.products.map((p) => [p.sku, p]));
        for (const p of diff.products.removed) expect(productsAfter.delete(p.sku)).toBe(true);
        for (const c of diff.products.changed) {
          expect(productsAfter.get(c.sku)).toBe(c.before);
          productsAfter.set(c.sku, c.after);
        }
        for (const p of diff.products.added) {
          expect(productsAfter.has(p.sku)).toBe(false);
          productsAfter.set(p.sku, p);
        }
        expect(byKey(productsAfter)).toEqual(byKey(new Map(b.products.map((p) => [p.sku, normal(p)]))));

        const offersAfter = new Map(a.offers.map((o) => [o.id, o]));
        for (const o of diff.offers.removed) expect(offersAfter.delete(o.id)).toBe(true);
        for (const c of diff.offers.changed) {
          expect(offersAfter.get(c.id)).toBe(c.before);
          offersAfter.set(c.id, c.after);
        }
        for (const o of diff.offers.added) {
          expect(offersAfter.has(o.id)).toBe(false);
          offersAfter.set(o.id, o);
        }
        expect(byKey(offersAfter)).toEqual(byKey(new Map(b.offers.map((o) => [o.id, o]))));

        expect(diff.name !== undefined).toBe(a.name !== b.name);
        expect(diff.currency !== undefined).toBe(a.currency !== b.currency);
        expect(diff.store !== undefined).toBe(a.id !== b.id);
      }),
      { numRuns: 300 },
    );
  });

  it('sees the import backwards as the same changes the other way round', () => {
    fc.assert(
      fc.property(book, book, (a, b) => {
        const there = diffBooks(a, b);
        const back = diffBooks(b, a);
        expect(back.products.added.map((p) => p.sku).sort()).toEqual(there.products.removed.map((p) => p.sku).sort());
        expect(back.offers.removed.map((o) => o.id).sort()).toEqual(there.offers.added.map((o) => o.id).sort());
        expect(changeCount(back)).toBe(changeCount(there));
      }),
    );
  });
});

/** `imported` with some fields (chosen by `flags`, in turn) taken from `current`. */
function blend(current: PriceBook, imported: PriceBook, flags: readonly boolean[]): PriceBook {
  let turn = 0;
  const take = () => flags[turn++ % flags.length]!;
  const mix = <T extends object>(from: T | undefined, into: T): T => {
    if (from === undefined) return into;
    const out = { ...into } as Record<string, unknown>;
    const x = from as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(x), ...Object.keys(out)])) {
      if (!take()) continue;
      if (x[key] === undefined) delete out[key];
      else out[key] = x[key];
    }
    return out as T;
  };
  const products = imported.products.map((p) => mix(current.products.find((q) => q.sku === p.sku), p));
  const offers = imported.offers.map((o) => mix(current.offers.find((q) => q.id === o.id), o));
  return { ...mix(current, imported), products, offers };
}

/** Entries sorted by key, barcodes `[]` read as none (as the diff reads them), so maps compare whatever their order. */
function byKey<T>(map: Map<string, T>): [string, unknown][] {
  return [...map.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, normal(v)]);
}

function normal(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('barcodes' in value)) return value;
  const { barcodes, ...rest } = value as { barcodes?: unknown[] };
  return barcodes === undefined || barcodes.length === 0 ? rest : value;
}
