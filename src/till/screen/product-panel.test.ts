import { describe, expect, it } from 'vitest';
import type { Product } from '../../pricing';
import { groupByCategory, search } from './product-panel';

const product = (sku: string, name: string, category?: string) => ({ sku, name, price: 100, unit: 'each', ...(category ? { category } : {}) }) as Product;
const products = [product('BAN', 'Loose bananas', 'fruit-veg'), product('MLK', 'Milk 2 pints', 'dairy'), product('CF', 'Crème fraîche', 'dairy'), product('X1', 'Gift card'), product('APL', 'Apples', 'fruit-veg')];

describe('the product panel', () => {
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
    ['a SKU', 'apl', ['APL']],
    ['nothing', 'caviar', []],
  ])('finds products by %s', (_name, query, skus) => {
    expect(search(products, query).map((p) => p.sku)).toEqual(skus);
  });
});
