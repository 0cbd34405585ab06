import { describe, expect, it } from 'vitest';
import { priceLines } from '../basket';
import { evaluate } from '../evaluate';
import { buildModel } from '../model';
import { priceBasket } from '../price-basket';
import { validatePriceBook, type PriceBook } from '../schema';
import { DEFAULT_LIMITS, SearchBudget } from '../search-budget';
import { solutionOf } from '../solution';
import { settleByPatterns, wholeBasket } from './capped-patterns';

function book(json: unknown): PriceBook {
  const result = validatePriceBook(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.book;
}

const TITLES = ['B0', 'B1', 'B2', 'B3', 'B4'];
const PERCENT: Record<number, number> = { 2: 5, 3: 10, 4: 20, 5: 25 };
/** Kata Potter, and 15.00 off when the spend after offers reaches 60.00. */
const potter = book({
  currency: 'EUR',
  products: TITLES.map((sku) => ({ sku, name: sku, price: 800 })),
  offers: [
    ...Array.from({ length: 31 }, (_, mask) => TITLES.filter((_, i) => ((mask + 1) >> i) & 1))
      .filter((set) => set.length >= 2)
      .map((set) => ({ id: set.join('+'), kind: 'bundle', slots: set.map((sku) => ({ products: [sku] })), price: (set.length * 800 * (100 - PERCENT[set.length]!)) / 100 })),
    { id: 'spend', kind: 'spend-threshold', threshold: 6000, amount: 1500, basis: 'after-offers' },
  ],
});
/** 20% off A; 3.00 off when the spend after offers reaches 10.00. */
const declined = book({
  currency: 'GBP',
  products: [
    { sku: 'A', name: 'A', price: 1000 },
    { sku: 'B', name: 'B', price: 300 },
  ],
  offers: [
    { id: 'AB', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'] }], price: 1250 },
    { id: '20pc', kind: 'percent-off', products: ['A'], percent: 20 },
    { id: 'spend', kind: 'spend-threshold', threshold: 1000, amount: 300, basis: 'after-offers' },
  ],
});

const price = (b: PriceBook, skus: readonly string[]) => {
  const result = priceBasket(
    b,
    skus.map((sku) => ({ sku })),
    { nearMisses: false, limits: { clock: undefined } },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.receipt;
};

describe('threshold sets settled under a cap, worked by hand', () => {
  it.each([
    // 64.00 of books: two sets of four (51.20) miss 60.00. At most 4.00 of saving keeps the
    // spend at 60.00: five sets of two, or a three and two twos (every set saves a multiple of
    // 0.80): 64.00 − 4.00 − 15.00.
    ['gives up Potter sets to stay over the threshold: 45.00 for 2, 2, 2, 1, 1 copies', potter, [...'0011223'].map((i) => `B${i}`).concat('B4'), 4500],
    // 20% off A (2.00) drops 10.00 under the threshold; A at full price gets 3.00 off: 10.00 − 3.00.
    ['declines a percent-off that would drop the basket under the threshold', declined, ['A'], 700],
    // A + B for 12.50 saves 0.50 and 13.00 − 0.50 = 12.50 still reaches 10.00; 20% off A saves more
    // (2.00) and 8.00 + 3.00 = 11.00 also reaches it: 13.00 − 2.00 − 3.00.
    ['takes the percent-off when the basket stays over the threshold', declined, ['A', 'B'], 800],
  ])('%s', (_, b, skus, total) => {
    const receipt = price(b, skus);
    expect(receipt.total).toBe(total);
    expect(receipt.optimal).toBe(true);
  });
});

describe('a basket of several components under a cap', () => {
  // A + B for 12.50 (saves 0.50) and C C for 8.00 (saves 2.00) share no product: two components.
  // 3.00 off when the spend after offers reaches 21.00 caps the item saving at 23.00 − 21.00.
  const twoDeals = book({
    currency: 'GBP',
    products: [
      { sku: 'A', name: 'A', price: 1000 },
      { sku: 'B', name: 'B', price: 300 },
      { sku: 'C', name: 'C', price: 500 },
    ],
    offers: [
      { id: 'AB', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'] }], price: 1250 },
      { id: 'CC', kind: 'multi-buy', products: ['C'], quantity: 2, price: 800 },
      { id: 'spend', kind: 'spend-threshold', threshold: 2100, amount: 300, basis: 'after-offers' },
    ],
  });

  it('searches them as one: C C alone keeps the basket at 21.00, 23.00 − 2.00 − 3.00', () => {
    const lines = priceLines(twoDeals, ['A', 'B', 'C', 'C'].map((sku) => ({ sku })));
    if (!lines.ok) throw new Error(JSON.stringify(lines.problems));
    const model = buildModel(twoDeals, lines.lines, '2026-01-01');
    expect(model.components).toHaveLength(2);
    const choices = settleByPatterns(model, [0], new SearchBudget({ ...DEFAULT_LIMITS, clock: undefined }));
    if (!Array.isArray(choices)) throw new Error(`not settled: ${String(choices)}`);
    expect(evaluate(model, solutionOf(model, [wholeBasket(model)], [choices])).total).toBe(1800);
  });
});
