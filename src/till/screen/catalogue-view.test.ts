import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Product } from '../../pricing';
import { buildSearchIndex, categoriesOf, columnsFor, createSearch, gridRows, groupByCategory, searchIndex } from './catalogue-view';

const product = (sku: string, name: string, category?: string, barcodes?: string[]) =>
  ({ sku, name, price: 100, unit: 'each', ...(category ? { category } : {}), ...(barcodes ? { barcodes } : {}) }) as Product;
const products = [
  product('BAN', 'Loose bananas', 'fruit-veg'),
  product('MLK', 'Milk 2 pints', 'dairy', ['5000000000017']),
  product('CF', 'Crème fraîche', 'dairy'),
  product('X1', 'Gift card'),
  product('APL', 'Apples', 'fruit-veg'),
];

describe('the product catalogue view', () => {
  it('groups products by category in the order the book names them, the uncategorised last', () => {
    expect(groupByCategory(products).map((c) => [c.name, c.products.map((p) => p.sku)])).toEqual([
      ['Fruit veg', ['BAN', 'APL']],
      ['Dairy', ['MLK', 'CF']],
      ['Other', ['X1']],
    ]);
  });

  it.each([
    ['a word of the name', 'milk', ['MLK']],
    ['words in any order', 'bananas loose', ['BAN']],
    ['without accents', 'creme', ['CF']],
    ['accents typed', 'CRÈME', ['CF']],
    ['a SKU', 'apl', ['APL']],
    ['part of a barcode', '50000000', ['MLK']],
    ['nothing', 'caviar', []],
    ['everything, for blank space', '  ', ['BAN', 'MLK', 'CF', 'X1', 'APL']],
  ])('finds products by %s', (_name, query, skus) => {
    expect(searchIndex(buildSearchIndex(products), query).map((p) => p.sku)).toEqual(skus);
  });

  it.each([
    [1000, 136, 10, 6],
    [136, 136, 10, 1],
    [50, 136, 10, 1],
    [282, 136, 10, 2],
  ])('fits %i px into tiles of %i px, %i px apart: %i columns', (width, tile, gap, columns) => {
    expect(columnsFor(width, tile, gap)).toBe(columns);
  });

  it('lays out a heading then rows of tiles per category', () => {
    const rows = gridRows(groupByCategory(products), 1.5, true);
    expect(rows.map((r) => (r.kind === 'heading' ? r.category.name : r.products.map((p) => p.sku).join(',')))).toEqual(['Fruit veg', 'BAN', 'APL', 'Dairy', 'MLK', 'CF', 'Other', 'X1']);
    expect(gridRows(groupByCategory(products), 2, false).map((r) => r.key)).toEqual(['t:fruit-veg:0', 't:dairy:0', 't:\u0000other:0']);
  });

  it('groups a list of products once, however often the screen asks', () => {
    const list = [product('a', 'Apples', 'fruit'), product('b', 'Bread', 'bakery')];
    expect(categoriesOf(list)).toBe(categoriesOf(list));
    expect(categoriesOf(list)).toEqual(groupByCategory(list));
  });

  describe('properties', () => {
    const arbitraryProducts = fc.array(
      fc.record({ sku: fc.string({ minLength: 1 }), name: fc.string(), category: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }) }),
      { maxLength: 60 },
    );
    it('every product lands in exactly one row, in category order, whatever the columns', () => {
      fc.assert(
        fc.property(arbitraryProducts, fc.integer({ min: 1, max: 12 }), fc.boolean(), (raw, columns, headings) => {
          const list = raw.map((p) => product(p.sku, p.name, p.category));
          const categories = groupByCategory(list);
          const rows = gridRows(categories, columns, headings);
          const tiles = rows.flatMap((r) => (r.kind === 'tiles' ? r.products : []));
          expect(tiles).toEqual(categories.flatMap((c) => c.products));
          expect(rows.every((r) => r.kind === 'heading' || (r.products.length >= 1 && r.products.length <= columns))).toBe(true);
          expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
        }),
      );
    });
    it('search finds the same products as folding each one on every keystroke', () => {
      fc.assert(
        fc.property(arbitraryProducts, fc.string({ maxLength: 4 }), (raw, query) => {
          const list = raw.map((p) => product(p.sku, p.name, p.category));
          const fold = (t: string) => t.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
          const words = fold(query).split(/\s+/).filter(Boolean);
          const naive = list.filter((p) => words.every((w) => fold(`${p.name} ${p.sku} `).includes(w)));
          expect(searchIndex(buildSearchIndex(list), query)).toEqual(naive);
        }),
      );
    });
    it('a search that narrows as the cashier types finds what searching afresh finds, query after query', () => {
      fc.assert(
        fc.property(arbitraryProducts, fc.array(fc.string({ maxLength: 4 }), { maxLength: 8 }), (raw, typed) => {
          const index = buildSearchIndex(raw.map((p) => product(p.sku, p.name, p.category)));
          const search = createSearch(index);
          // Typing on, one character at a time, then the queries as they come (backspaces, new words).
          const queries = [...typed.join(' ')].map((_, i, all) => all.slice(0, i + 1).join('')).concat(typed);
          for (const query of queries) expect(search(query)).toEqual(searchIndex(index, query));
        }),
      );
    });
  });
});
