import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveWithIlp } from '../../test-support/ilp-oracle';
import { familyStore } from '../../test-support/offer-families';
import { PRICING_DATE, randomStore } from '../../test-support/random-store';
import { priceLines, type BasketItem } from './basket';
import { solveFirstCome } from './first-come';
import { solveGreedy } from './greedy';
import { buildModel } from './model';
import { priceBasket } from './price-basket';
import { validatePriceBook, type PriceBook } from './schema';

function book(json: unknown): PriceBook {
  const result = validatePriceBook(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.book;
}

function modelOf(b: PriceBook, items: readonly BasketItem[]) {
  const priced = priceLines(b, items);
  if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
  return buildModel(b, priced.lines, PRICING_DATE);
}

const TITLES = ['B0', 'B1', 'B2', 'B3', 'B4'];
const PERCENT: Record<number, number> = { 2: 5, 3: 10, 4: 20, 5: 25 };
const potter = book({
  currency: 'EUR',
  products: TITLES.map((sku) => ({ sku, name: sku, price: 800 })),
  offers: Array.from({ length: 31 }, (_, mask) => TITLES.filter((_, i) => ((mask + 1) >> i) & 1))
    .filter((set) => set.length >= 2)
    .map((set) => ({ id: set.join('+'), kind: 'bundle', slots: set.map((sku) => ({ products: [sku] })), price: (set.length * 800 * (100 - PERCENT[set.length]!)) / 100 })),
});
const copies = (...counts: number[]) => counts.flatMap((n, i) => Array.from({ length: n }, () => ({ sku: TITLES[i]! })));

describe('solveGreedy, worked by hand', () => {
  it.each([
    // The set of five saves 2.00 a book, then three of the rest save 0.80 a book: 30.00 + 21.60.
    ['takes the biggest Potter set first: 51.60 for 2, 2, 2, 1, 1 copies', copies(2, 2, 2, 1, 1), 5160],
    // A five (30.00) leaves 2, 2, 1, 1: a four (25.60) leaves 1, 1: a two (15.20).
    ['takes a five, a four and a two from 3, 3, 2, 2, 1 copies', copies(3, 3, 2, 2, 1), 7080],
    ['charges one book in full', copies(1), 800],
  ])('%s', (_, items, total) => {
    expect(solveGreedy(modelOf(potter, items)).total).toBe(total);
  });

  it('sells a reduced unit at its reduced price when that saves more per unit than any offer', () => {
    const b = book({
      currency: 'GBP',
      products: [
        { sku: 'A', name: 'A', price: 100 },
        { sku: 'B', name: 'B', price: 100 },
      ],
      offers: [{ id: 'AB', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'] }], price: 150 }],
    });
    // A reduced to 40 saves 60 alone; A + B for 150 saves 25 a unit. B stays at full price: 40 + 100.
    expect(solveGreedy(modelOf(b, [{ sku: 'A', reducedPrice: 40 }, { sku: 'B' }])).total).toBe(140);
  });
});

describe('properties', () => {
  const seed = fc.integer({ min: 1, max: 1_000_000 });

  it('is a valid pricing: never below the MILP optimum, never above the basket with no offers', async () => {
    await fc.assert(
      fc.asyncProperty(seed, async (s) => {
        const { book: json, basket } = randomStore(s, 'tiny');
        const b = book(json);
        const model = modelOf(b, basket);
        const greedy = solveGreedy(model);
        expect(greedy.total).toBeGreaterThanOrEqual((await solveWithIlp(json, basket, PRICING_DATE)).total);
        expect(greedy.total).toBeLessThanOrEqual(model.subtotal);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves an unproven answer never worse than first-come nor the greedy', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 400 }), fc.boolean(), (s, maxSteps, family) => {
        const { book: json, basket } = family ? familyStore('kata-potter-threshold', s) : randomStore(s, 'tiny');
        const b = book(json);
        const result = priceBasket(b, basket, { date: PRICING_DATE, nearMisses: false, limits: { maxSteps, clock: undefined } });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const model = modelOf(b, basket);
        expect(result.receipt.total).toBeLessThanOrEqual(solveGreedy(model).total);
        expect(result.receipt.total).toBeLessThanOrEqual(solveFirstCome(model).total);
      }),
      { numRuns: 150 },
    );
  });
});
