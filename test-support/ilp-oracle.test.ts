import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UNITS, solveByBruteForce } from './brute-force-oracle';
import { solveWithIlp } from './ilp-oracle';
import type { BasketLine, JsonOffer, JsonPriceBook, JsonProduct } from './price-book-json';
import { OFFER_FAMILIES, familyStore } from './offer-families';
import { PRICING_DATE, createRng, randomStore, scanSequence } from './random-store';

const product = (sku: string, price: number, extra: Omit<JsonProduct, 'sku' | 'name' | 'price'> = {}): JsonProduct => ({
  sku,
  name: sku,
  price,
  ...extra,
});
const book = (products: readonly JsonProduct[], offers: readonly JsonOffer[]): JsonPriceBook => ({
  currency: 'GBP',
  products,
  offers,
});
const scans = (...skus: string[]): BasketLine[] => skus.map((sku) => ({ sku }));

interface Case {
  readonly book: JsonPriceBook;
  readonly basket: readonly BasketLine[];
  readonly total: number;
  readonly itemSaving: number;
}

const kata = book(
  [product('A', 50), product('B', 30), product('C', 20), product('D', 15), product('E', 10)],
  [
    { id: 'A3', kind: 'multi-buy', products: ['A'], quantity: 3, price: 130 },
    { id: 'B2', kind: 'multi-buy', products: ['B'], quantity: 2, price: 45 },
    { id: 'DE', kind: 'bundle', slots: [{ products: ['D'] }, { products: ['E'] }], price: 20 },
  ],
);

describe('solveWithIlp: item offers', () => {
  it.each<[string, Case]>([
    // 50 + 30 + 20 + 15: one A, one B and D without E complete no offer.
    ['prices the kata basket A, B, C, D at full price', { book: kata, basket: scans('A', 'B', 'C', 'D'), total: 115, itemSaving: 0 }],
    // 3 A for 130 (saves 20), 2 B for 45 (saves 15), D + E for 20 (saves 5): 130 + 45 + 20.
    [
      'applies all three kata offers to A, A, A, B, B, D, E',
      { book: kata, basket: scans('A', 'A', 'A', 'B', 'B', 'D', 'E'), total: 195, itemSaving: 40 },
    ],
    // 3 for 2 on 100, 200, 300, 400: the application on 200, 300, 400 frees 200, the best any can.
    [
      'gives the 3-for-2 to the three dearest of four, freeing the second cheapest',
      {
        book: book(
          [product('W', 100, { category: 'cheese' }), product('X', 200, { category: 'cheese' }), product('Y', 300, { category: 'cheese' }), product('Z', 400, { category: 'cheese' })],
          [{ id: '3for2', kind: 'cheapest-free', categories: ['cheese'], buy: 3, free: 1 }],
        ),
        basket: scans('W', 'X', 'Y', 'Z'),
        total: 800,
        itemSaving: 200,
      },
    ],
    // Four items, free 2 of 4: the two cheapest, 100 + 200, are free: 1000 - 300.
    [
      'frees the two cheapest of four when the offer is buy 4, 2 free',
      {
        book: book(
          [product('W', 100), product('X', 200), product('Y', 300), product('Z', 400)],
          [{ id: 'b4f2', kind: 'cheapest-free', products: ['W', 'X', 'Y', 'Z'], buy: 4, free: 2 }],
        ),
        basket: scans('W', 'X', 'Y', 'Z'),
        total: 700,
        itemSaving: 300,
      },
    ],
    // 30% off each: 30 + 30 + 45 = 105 beats the 3-for-2's free 100. 350 - 105.
    [
      'prefers 30% off each of 100, 100, 150 to a 3-for-2 on them',
      {
        book: book(
          [product('P', 100), product('Q', 150)],
          [
            { id: '3for2', kind: 'cheapest-free', products: ['P', 'Q'], buy: 3, free: 1 },
            { id: '30pc', kind: 'percent-off', products: ['P', 'Q'], percent: 30 },
          ],
        ),
        basket: [{ sku: 'P', quantity: 2 }, { sku: 'Q' }],
        total: 245,
        itemSaving: 105,
      },
    ],
    // Any 2 of A (100) and B (120) for 150: 220 - 150.
    [
      'mixes SKUs in a multi-buy',
      {
        book: book([product('A', 100), product('B', 120)], [{ id: 'any2', kind: 'multi-buy', products: ['A', 'B'], quantity: 2, price: 150 }]),
        basket: scans('A', 'B'),
        total: 150,
        itemSaving: 70,
      },
    ],
    // Main 250 + two drinks 80 + 90 = 420 for 300.
    [
      'fills a bundle slot by category with two units',
      {
        book: book(
          [product('M', 250, { category: 'mains' }), product('D1', 80, { category: 'drinks' }), product('D2', 90, { category: 'drinks' })],
          [{ id: 'meal', kind: 'bundle', slots: [{ categories: ['mains'] }, { categories: ['drinks'], quantity: 2 }], price: 300 }],
        ),
        basket: scans('D1', 'M', 'D2'),
        total: 300,
        itemSaving: 120,
      },
    ],
    // Four P at 100, 2 for 150 at most once: 150 + 100 + 100.
    [
      'applies an offer no more often than its limit',
      {
        book: book([product('P', 100)], [{ id: 'two', kind: 'multi-buy', products: ['P'], quantity: 2, price: 150, limit: 1 }]),
        basket: [{ sku: 'P', quantity: 4 }],
        total: 350,
        itemSaving: 50,
      },
    ],
    // 500 off a 300 unit saves 300, not 500.
    [
      'never takes a unit below zero with an amount off',
      {
        book: book([product('X', 300)], [{ id: 'big', kind: 'amount-off', products: ['X'], amount: 500 }]),
        basket: scans('X'),
        total: 0,
        itemSaving: 300,
      },
    ],
  ])('%s', async (_fact, c) => {
    expect(await solveWithIlp(c.book, c.basket, PRICING_DATE)).toEqual({ total: c.total, itemSaving: c.itemSaving });
  });
});

describe('solveWithIlp: validity dates', () => {
  const halfOff = (dates: Pick<JsonOffer, 'validFrom' | 'validUntil'>) =>
    book([product('P', 100)], [{ id: 'half', kind: 'percent-off', products: ['P'], percent: 50, ...dates }]);
  it.each<[string, Pick<JsonOffer, 'validFrom' | 'validUntil'>, number]>([
    // Ended the day before: 100.
    ['ignores an offer that ended the day before', { validUntil: '2026-06-14' }, 100],
    // Both bounds inclusive: 100 - 50.
    ['applies an offer on its last day', { validUntil: '2026-06-15' }, 50],
    ['applies an offer on its first day', { validFrom: '2026-06-15' }, 50],
    // Starts tomorrow: 100.
    ['ignores an offer that starts the day after', { validFrom: '2026-06-16' }, 100],
  ])('%s', async (_fact, dates, total) => {
    expect((await solveWithIlp(halfOff(dates), scans('P'), PRICING_DATE)).total).toBe(total);
  });
});

describe('solveWithIlp: weighed lines', () => {
  it.each<[string, Case]>([
    // 250/kg × 1234 g = 308.5 → 309 (half up, once per line); 50% of 309 = 154.5 → 155 off; 309 - 155.
    [
      'rounds a weighed line and its percent off half up',
      {
        book: book([product('BAN', 250, { unit: 'kg' })], [{ id: 'half', kind: 'percent-off', products: ['BAN'], percent: 50 }]),
        basket: [{ sku: 'BAN', grams: 1234 }],
        total: 154,
        itemSaving: 155,
      },
    ],
    // Bananas (200/kg × 1000 g = 200) are fruit, but count-based offers count only each units:
    // one apple completes nothing. 80 + 200.
    [
      'never counts a weighed line toward a multi-buy',
      {
        book: book(
          [product('APL', 80, { category: 'fruit' }), product('BAN', 200, { unit: 'kg', category: 'fruit' })],
          [{ id: 'any2', kind: 'multi-buy', categories: ['fruit'], quantity: 2, price: 100 }],
        ),
        basket: [{ sku: 'APL' }, { sku: 'BAN', grams: 1000 }],
        total: 280,
        itemSaving: 0,
      },
    ],
  ])('%s', async (_fact, c) => {
    expect(await solveWithIlp(c.book, c.basket, PRICING_DATE)).toEqual({ total: c.total, itemSaving: c.itemSaving });
  });
});

describe('solveWithIlp: reduced units', () => {
  const a = [product('A', 100)];
  it.each<[string, Case]>([
    // Reduced to 60, or 10% off at full price (90): 60. The label saves 40.
    [
      'sells a reduced unit at its reduced price when no offer beats it',
      {
        book: book(a, [{ id: 'ten', kind: 'percent-off', products: ['A'], percent: 10 }]),
        basket: [{ sku: 'A', reducedPrice: 60 }],
        total: 60,
        itemSaving: 40,
      },
    ],
    // 60 + 100 = 160, or both at full price in 2 for 150: 150.
    [
      'puts a reduced unit into a multi-buy at full price when that is cheaper',
      {
        book: book(a, [{ id: 'two', kind: 'multi-buy', products: ['A'], quantity: 2, price: 150 }]),
        basket: [{ sku: 'A', reducedPrice: 60 }, { sku: 'A' }],
        total: 150,
        itemSaving: 50,
      },
    ],
    // 60 + 100 = 160 beats 2 for 170.
    [
      'keeps the reduced price when the multi-buy costs more',
      {
        book: book(a, [{ id: 'two', kind: 'multi-buy', products: ['A'], quantity: 2, price: 170 }]),
        basket: [{ sku: 'A', reducedPrice: 60 }, { sku: 'A' }],
        total: 160,
        itemSaving: 40,
      },
    ],
    // P (500) reduced to 300 is an application, so only Q's 600 is full-price spend: under 1000,
    // no threshold. P cannot simply be sold at 500 to reach it. 300 + 600.
    [
      'does not count a reduced unit as full-price spend',
      {
        book: book(
          [product('P', 500), product('Q', 600)],
          [{ id: 'spend', kind: 'spend-threshold', threshold: 1000, amount: 100, basis: 'full-price-only' }],
        ),
        basket: [{ sku: 'P', reducedPrice: 300 }, { sku: 'Q' }],
        total: 900,
        itemSaving: 200,
      },
    ],
  ])('%s', async (_fact, c) => {
    expect(await solveWithIlp(c.book, c.basket, PRICING_DATE)).toEqual({ total: c.total, itemSaving: c.itemSaving });
  });
});

describe('solveWithIlp: spend thresholds', () => {
  const spend2000: JsonOffer = { id: 'spend', kind: 'spend-threshold', threshold: 2000, amount: 500, basis: 'after-offers' };
  const p700 = product('P', 700);
  it.each<[string, Case]>([
    // 3 P = 2100. 3 for 1900 leaves 1900 < 2000: 1900. Without it: 2100 ≥ 2000, 2100 - 500 = 1600.
    [
      'skips a multi-buy that would drop the basket under the threshold',
      {
        book: book([p700], [{ id: 'three', kind: 'multi-buy', products: ['P'], quantity: 3, price: 1900 }, spend2000]),
        basket: [{ sku: 'P', quantity: 3 }],
        total: 1600,
        itemSaving: 0,
      },
    ],
    // 2400 full; 3 for 1900 leaves 1900 + 300 = 2200 ≥ 2000: 2200 - 500. Without it: 1900.
    [
      'takes the multi-buy and the threshold when the basket stays over it',
      {
        book: book([p700, product('Q', 300)], [{ id: 'three', kind: 'multi-buy', products: ['P'], quantity: 3, price: 1900 }, spend2000]),
        basket: [{ sku: 'P', quantity: 3 }, { sku: 'Q' }],
        total: 1700,
        itemSaving: 200,
      },
    ],
    // 3-for-2 saves 700: 1400 < 2000 but below the 1600 the threshold would give.
    [
      'gives up the threshold for a 3-for-2 that saves more',
      {
        book: book([p700], [{ id: '3for2', kind: 'cheapest-free', products: ['P'], buy: 3, free: 1 }, spend2000]),
        basket: [{ sku: 'P', quantity: 3 }],
        total: 1400,
        itemSaving: 700,
      },
    ],
    // Before offers the spend is 2100 whatever the multi-buy does: 1900 - 500.
    [
      'measures before-offers spend at full prices, so the multi-buy keeps the threshold',
      {
        book: book([p700], [{ id: 'three', kind: 'multi-buy', products: ['P'], quantity: 3, price: 1900 }, { ...spend2000, basis: 'before-offers' }]),
        basket: [{ sku: 'P', quantity: 3 }],
        total: 1400,
        itemSaving: 200,
      },
    ],
    // 2 P for 1000 leaves only Q (500) at full price, under 1000: 1500. Without it all 1700 is
    // full-price spend: 1700 - 300.
    [
      'measures full-price-only spend on units in no application',
      {
        book: book(
          [product('P', 600), product('Q', 500)],
          [
            { id: 'two', kind: 'multi-buy', products: ['P'], quantity: 2, price: 1000 },
            { id: 'spend', kind: 'spend-threshold', threshold: 1000, amount: 300, basis: 'full-price-only' },
          ],
        ),
        basket: [{ sku: 'P', quantity: 2 }, { sku: 'Q' }],
        total: 1400,
        itemSaving: 0,
      },
    ],
    // 2105 spend; 10% = 210.5 → 211 (half up). 2105 - 211.
    [
      'rounds a percent reward half up on the measured spend',
      {
        book: book([p700, product('Q', 5)], [{ id: 'tenpc', kind: 'spend-threshold', threshold: 2000, percent: 10, basis: 'before-offers' }]),
        basket: [{ sku: 'P', quantity: 3 }, { sku: 'Q' }],
        total: 1894,
        itemSaving: 0,
      },
    ],
    // D + E for 200 saves 100, shared 200:100 → 66.67 and 33.33 → floors 66 and 33, the spare
    // unit to the larger remainder (D): D pays 200 - 67 = 133 ≥ 133. 200 - 10.
    [
      'shares a bundle saving by largest remainder when it measures a category after offers',
      {
        book: book(
          [product('D', 200, { category: 'deli' }), product('E', 100, { category: 'drinks' })],
          [
            { id: 'DE', kind: 'bundle', slots: [{ products: ['D'] }, { products: ['E'] }], price: 200 },
            { id: 'deli', kind: 'spend-threshold', categories: ['deli'], threshold: 133, amount: 10, basis: 'after-offers' },
          ],
        ),
        basket: scans('D', 'E'),
        total: 190,
        itemSaving: 100,
      },
    ],
    // Same, threshold 134: with the bundle D pays 133 < 134, total 200; without it 300 - 10 = 290.
    [
      'misses a category threshold by the penny the largest remainder gives away',
      {
        book: book(
          [product('D', 200, { category: 'deli' }), product('E', 100, { category: 'drinks' })],
          [
            { id: 'DE', kind: 'bundle', slots: [{ products: ['D'] }, { products: ['E'] }], price: 200 },
            { id: 'deli', kind: 'spend-threshold', categories: ['deli'], threshold: 134, amount: 10, basis: 'after-offers' },
          ],
        ),
        basket: scans('D', 'E'),
        total: 200,
        itemSaving: 100,
      },
    ],
    // Deli spend 200 reaches 100, but 500 off is capped at the 200 the deli units pay: 300 - 200.
    [
      'caps a threshold at what its eligible units pay',
      {
        book: book(
          [product('D', 200, { category: 'deli' }), product('E', 100, { category: 'drinks' })],
          [{ id: 'deli', kind: 'spend-threshold', categories: ['deli'], threshold: 100, amount: 500, basis: 'before-offers' }],
        ),
        basket: scans('D', 'E'),
        total: 100,
        itemSaving: 0,
      },
    ],
    // Two thresholds of 80 each on a 100 basket: 100 - 160 stops at zero.
    [
      'never takes the basket below zero when thresholds stack',
      {
        book: book(
          [product('P', 100)],
          [
            { id: 't1', kind: 'spend-threshold', threshold: 50, amount: 80, basis: 'after-offers' },
            { id: 't2', kind: 'spend-threshold', threshold: 50, amount: 80, basis: 'before-offers' },
          ],
        ),
        basket: scans('P'),
        total: 0,
        itemSaving: 0,
      },
    ],
  ])('%s', async (_fact, c) => {
    expect(await solveWithIlp(c.book, c.basket, PRICING_DATE)).toEqual({ total: c.total, itemSaving: c.itemSaving });
  });
});

describe('solveWithIlp: exclusive thresholds', () => {
  const pair = [product('P', 300)];
  const twoFor500: JsonOffer = { id: 'two', kind: 'multi-buy', products: ['P'], quantity: 2, price: 500 };
  it.each<[string, Case]>([
    // Alone, 25% of 600 = 150 off: 450, below the multi-buy's 500.
    [
      'lets an exclusive threshold win alone over the multi-buy',
      {
        book: book(pair, [twoFor500, { id: 'ex', kind: 'spend-threshold', threshold: 500, percent: 25, basis: 'before-offers', exclusive: true }]),
        basket: [{ sku: 'P', quantity: 2 }],
        total: 450,
        itemSaving: 0,
      },
    ],
    // Alone, 600 - 50 = 550: the multi-buy's 500 is better.
    [
      'keeps the multi-buy when the exclusive threshold gives less',
      {
        book: book(pair, [twoFor500, { id: 'ex', kind: 'spend-threshold', threshold: 500, amount: 50, basis: 'before-offers', exclusive: true }]),
        basket: [{ sku: 'P', quantity: 2 }],
        total: 500,
        itemSaving: 100,
      },
    ],
    // 600 - 100 with the ordinary threshold, 600 - 150 with the exclusive one alone; never both (350).
    [
      'never stacks an exclusive threshold with another threshold',
      {
        book: book(pair, [
          { id: 'plain', kind: 'spend-threshold', threshold: 500, amount: 100, basis: 'after-offers' },
          { id: 'ex', kind: 'spend-threshold', threshold: 500, amount: 150, basis: 'before-offers', exclusive: true },
        ]),
        basket: [{ sku: 'P', quantity: 2 }],
        total: 450,
        itemSaving: 0,
      },
    ],
    // Alone, the reduced unit pays 100: after-offers spend 100 + 300 = 400 < 500, not reached.
    [
      'measures an exclusive threshold after offers at reduced prices',
      {
        book: book([product('P', 300), product('Q', 301)], [
          { id: 'ex', kind: 'spend-threshold', threshold: 500, amount: 200, basis: 'after-offers', exclusive: true },
        ]),
        basket: [{ sku: 'P', reducedPrice: 100 }, { sku: 'Q' }],
        total: 401,
        itemSaving: 200,
      },
    ],
  ])('%s', async (_fact, c) => {
    expect(await solveWithIlp(c.book, c.basket, PRICING_DATE)).toEqual({ total: c.total, itemSaving: c.itemSaving });
  });
});

describe('solveWithIlp: programmer errors', () => {
  it.each<[string, readonly BasketLine[]]>([
    ['rejects an unknown SKU', scans('NOPE')],
    ['rejects grams on an each product', [{ sku: 'A', grams: 100 }]],
  ])('%s', async (_fact, basket) => {
    await expect(solveWithIlp(kata, basket, PRICING_DATE)).rejects.toThrow();
  });
});

describe('solveWithIlp: the katas\' published examples', () => {
  const titles = ['T0', 'T1', 'T2', 'T3', 'T4'];
  const percent: Record<number, number> = { 2: 5, 3: 10, 4: 20, 5: 25 };
  const potter = book(
    titles.map((sku) => product(sku, 800)),
    Array.from({ length: 31 }, (_, mask) => titles.filter((_, i) => ((mask + 1) >> i) & 1))
      .filter((set) => set.length >= 2)
      .map((set) => ({ id: set.join('+'), kind: 'bundle' as const, slots: set.map((sku) => ({ products: [sku] })), price: (set.length * 800 * (100 - percent[set.length]!)) / 100 })),
  );
  const copies = (...counts: number[]) => counts.flatMap((n, i) => scans(...Array.from({ length: n }, () => titles[i]!)));
  // LeetCode 638's example 1: A 2, B 5; 3 A for 5; A + 2 B for 10.
  const shop1 = book(
    [product('A', 2), product('B', 5)],
    [
      { id: 's1', kind: 'bundle', slots: [{ products: ['A'], quantity: 3 }], price: 5 },
      { id: 's2', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'], quantity: 2 }], price: 10 },
    ],
  );
  // Example 2: A 2, B 3, C 4; A + B for 4; 2 A + 2 B + C for 9.
  const shop2 = book(
    [product('A', 2), product('B', 3), product('C', 4)],
    [
      { id: 's1', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'] }], price: 4 },
      { id: 's2', kind: 'bundle', slots: [{ products: ['A'], quantity: 2 }, { products: ['B'], quantity: 2 }, { products: ['C'] }], price: 9 },
    ],
  );
  it.each<[string, Case]>([
    // Two sets of four: 2 × (32.00 − 20%) = 51.20, saving 12.80 on 64.00.
    ['makes two sets of four from 2, 2, 2, 1, 1 Potter books', { book: potter, basket: copies(2, 2, 2, 1, 1), total: 5120, itemSaving: 1280 }],
    // Three sets of five (90.00) and two of four (51.20), saving 42.80 on 184.00.
    ['makes three fives and two fours from 5, 5, 4, 5, 4 Potter books', { book: potter, basket: copies(5, 5, 4, 5, 4), total: 14120, itemSaving: 4280 }],
    // A + 2 B for 10, two A at 2: 14 of 16.
    ['prices LeetCode 638 example 1 at 14', { book: shop1, basket: scans('A', 'A', 'A', 'B', 'B'), total: 14, itemSaving: 2 }],
    // A + B for 4, B 3, C 4: 11 of 12.
    ['prices LeetCode 638 example 2 at 11', { book: shop2, basket: scans('A', 'B', 'B', 'C'), total: 11, itemSaving: 1 }],
  ])('%s', async (_fact, { book: b, basket, total, itemSaving }) => {
    expect(await solveWithIlp(b, basket, PRICING_DATE)).toEqual({ total, itemSaving });
  });
});

describe('properties', () => {
  const seed = fc.integer({ min: 1, max: 1_000_000 });

  it('agrees with an exhaustive search over units on every small random basket', async () => {
    for (let s = 1; s <= 400; s++) {
      const { book: b, basket } = randomStore(s, 'tiny');
      if (scanSequence(basket).length > MAX_UNITS) continue;
      expect(await solveWithIlp(b, basket, PRICING_DATE), `seed ${s}`).toEqual(solveByBruteForce(b, basket, PRICING_DATE));
    }
  });

  it.each(OFFER_FAMILIES)('agrees with an exhaustive search on the first units of %s baskets', async (family) => {
    for (let s = 1; s <= 12; s++) {
      const { book: b, basket } = familyStore(family, s);
      const first = basket.slice(0, MAX_UNITS);
      expect(await solveWithIlp(b, first, PRICING_DATE), `seed ${s}`).toEqual(solveByBruteForce(b, first, PRICING_DATE));
    }
  });

  it('never exceeds the basket with no offers, never goes below zero', async () => {
    await fc.assert(
      fc.asyncProperty(seed, async (s) => {
        const { book: b, basket } = randomStore(s, 'tiny');
        const plain = await solveWithIlp({ ...b, offers: [] }, basket, PRICING_DATE);
        const best = await solveWithIlp(b, basket, PRICING_DATE);
        expect(best.total).toBeGreaterThanOrEqual(0);
        expect(best.total).toBeLessThanOrEqual(plain.total);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same total whatever the scan order', async () => {
    await fc.assert(
      fc.asyncProperty(seed, seed, async (s, shuffle) => {
        const { book: b, basket } = randomStore(s, 'tiny');
        const reordered = createRng(shuffle).sample(scanSequence(basket), Number.MAX_SAFE_INTEGER);
        const inOrder = await solveWithIlp(b, basket, PRICING_DATE);
        expect(await solveWithIlp(b, reordered, PRICING_DATE)).toEqual(inOrder);
      }),
      { numRuns: 100 },
    );
  });

  it('never ends worse for an extra offer', async () => {
    await fc.assert(
      fc.asyncProperty(seed, async (s) => {
        const { book: b, basket } = randomStore(s, 'tiny');
        const fewer = { ...b, offers: b.offers.slice(1) };
        // Adding a non-exclusive offer only adds choices; an exclusive one adds a candidate.
        expect((await solveWithIlp(b, basket, PRICING_DATE)).total).toBeLessThanOrEqual((await solveWithIlp(fewer, basket, PRICING_DATE)).total);
      }),
      { numRuns: 100 },
    );
  });
});
