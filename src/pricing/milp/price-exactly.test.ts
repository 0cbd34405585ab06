import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveByBruteForce, MAX_UNITS } from '../../../test-support/brute-force-oracle';
import { highsMilp } from '../../../test-support/highs-milp';
import { solveWithIlp } from '../../../test-support/ilp-oracle';
import { OFFER_FAMILIES, familyStore } from '../../../test-support/offer-families';
import { kataPotterBook } from '../../../test-support/kata-potter';
import { PRICING_DATE, randomStore, type BasketLine, type JsonPriceBook } from '../../../test-support/random-store';
import { priceBasket } from '../price-basket';
import type { PricingResult } from '../price-basket';
import type { Receipt } from '../receipt';
import { validatePriceBook, type PriceBook } from '../schema';
import { priceExactly, type MilpAnswer, type MilpSolver } from './price-exactly';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await highsMilp();
});

function book(json: unknown): PriceBook {
  const validation = validatePriceBook(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.book;
}

function receiptOf(result: PricingResult | undefined): Receipt {
  if (result === undefined || !result.ok) throw new Error(`no receipt: ${JSON.stringify(result)}`);
  return result.receipt;
}

const each = (sku: string, price: number) => ({ sku, name: sku, price });

/** Kata Potter, each set's offer named by its size: `set-of-4:B0+B1+B2+B3`. */
const potter = book(kataPotterBook((set) => `set-of-${set.length}:${set.join('+')}`));

/** LeetCode 638's two published examples, in pence: specials as bundles whose slots take units of one product. */
const leetcode1 = book({
  currency: 'GBP',
  products: [each('A', 200), each('B', 500)],
  offers: [
    { id: '3A', kind: 'bundle', slots: [{ products: ['A'], quantity: 3 }], price: 500 },
    { id: '1A2B', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'], quantity: 2 }], price: 1000 },
  ],
});
const leetcode2 = book({
  currency: 'GBP',
  products: [each('A', 200), each('B', 300), each('C', 400)],
  offers: [
    { id: 'AB', kind: 'bundle', slots: [{ products: ['A'] }, { products: ['B'] }], price: 400 },
    { id: '2A2BC', kind: 'bundle', slots: [{ products: ['A'], quantity: 2 }, { products: ['B'], quantity: 2 }, { products: ['C'] }], price: 900 },
  ],
});

/** A 3-for-2 that would drop the basket under "6.00 off when you spend 20.00" (after offers). */
const threeForTwoOrThreshold = book({
  currency: 'GBP',
  products: [each('A', 500)],
  offers: [
    { id: '3for2', kind: 'cheapest-free', products: ['A'], buy: 3, free: 1 },
    { id: 'spend20', kind: 'spend-threshold', threshold: 2000, amount: 600, basis: 'after-offers' },
  ],
});

/** A reduced label beats a multi-buy that would take the unit at full price. */
const reducedOrMultiBuy = book({
  currency: 'GBP',
  products: [each('A', 300)],
  offers: [{ id: '2for450', kind: 'multi-buy', products: ['A'], quantity: 2, price: 450 }],
});

/** An exclusive threshold (the only offer when it applies) against a percent-off. */
const exclusiveOrPercent = book({
  currency: 'GBP',
  products: [each('A', 1000)],
  offers: [
    { id: '10pc', kind: 'percent-off', products: ['A'], percent: 10 },
    { id: 'spend25', kind: 'spend-threshold', threshold: 2500, amount: 800, basis: 'before-offers', exclusive: true },
  ],
});

/** A percent threshold, rounded half up on the spend after a multi-buy. */
const percentThreshold = book({
  currency: 'GBP',
  products: [each('A', 333)],
  offers: [
    { id: '2for600', kind: 'multi-buy', products: ['A'], quantity: 2, price: 600 },
    { id: '15pc', kind: 'spend-threshold', threshold: 1000, percent: 15, basis: 'after-offers' },
  ],
});

const units = (sku: string, n: number) => Array.from({ length: n }, () => ({ sku }));

describe('the exact fallback on hand-worked baskets', () => {
  it.each([
    // Two sets of four: 2 × 25.60.
    ['Kata Potter 2, 2, 2, 1, 1 is two sets of four', potter, [...units('B0', 2), ...units('B1', 2), ...units('B2', 2), ...units('B3', 1), ...units('B4', 1)], 5120, ['set-of-4', 'set-of-4']],
    // 3 A for 5 and 2 B at 5 each: 5 + 10 = 14; as much as 1 A 2 B for 10 and 2 A at 2 (either is the lowest).
    ["LeetCode 638's first example is 14", leetcode1, [...units('A', 3), ...units('B', 2)], 1400, undefined],
    // A+B for 4, then B 3 and C 4: 11 (the big special needs two A).
    ["LeetCode 638's second example is 11", leetcode2, [...units('A', 1), ...units('B', 2), ...units('C', 1)], 1100, ['AB']],
    // 3 for 2 leaves 15.00, under the threshold; none leaves 20.00 − 6.00 = 14.00.
    ['gives up the 3 for 2 to stay over the threshold', threeForTwoOrThreshold, units('A', 4), 1400, ['spend20']],
    // 1.00 reduced + 3.00 beats 4.50 for the two.
    ['sells the reduced unit at its label', reducedOrMultiBuy, [{ sku: 'A', reducedPrice: 100 }, { sku: 'A' }], 400, ['reduced-to-clear']],
    // 10% off three is 27.00; the exclusive threshold alone is 30.00 − 8.00 = 22.00.
    ['takes the exclusive threshold when it is lower', exclusiveOrPercent, units('A', 3), 2200, ['spend25']],
    // Two pairs: 12.00, 15% of it is 1.80: 10.20 (one pair: 12.66 − 1.90 = 10.76; none: 13.32 − 2.00 = 11.32).
    ['takes both pairs under a percent threshold', percentThreshold, units('A', 4), 1020, ['2for600', '2for600', '15pc']],
  ] as const)('%s', (_, priceBook, items, total, discounts) => {
    const receipt = receiptOf(priceExactly(priceBook, items, {}, highs));
    expect(receipt.total).toBe(total);
    expect(receipt.optimal).toBe(true);
    if (discounts !== undefined) expect(receipt.discounts.map((d) => d.offerId.replace(/:.*/, ''))).toEqual(discounts);
    // The engine's own receipt: discount lines sum to the savings, and total = subtotal − savings.
    expect(receipt.discounts.reduce((a, d) => a + d.saving, 0)).toBe(receipt.savings);
    expect(receipt.subtotal - receipt.savings).toBe(receipt.total);
  });

  it('answers the same basket problems the engine does for a basket it cannot price', () => {
    expect(priceExactly(potter, [{ sku: 'X' }], {}, highs)).toEqual(priceBasket(potter, [{ sku: 'X' }]));
  });
});

/** The solver's answer with some of it changed. */
const altered = (change: (answer: MilpAnswer) => Partial<MilpAnswer>): MilpSolver => (lp) => {
  const answer = highs(lp);
  return answer === undefined ? undefined : { ...answer, ...change(answer) };
};
const kata = [...units('B0', 2), ...units('B1', 2), ...units('B2', 2), ...units('B3', 1), ...units('B4', 1)];

describe("what the fallback makes of the solver's answer", () => {
  it('is not proven when the solver did not prove its solution optimal (out of time)', () => {
    const receipt = receiptOf(priceExactly(potter, kata, {}, altered(() => ({ optimal: false }))));
    expect([receipt.total, receipt.optimal]).toEqual([5120, false]);
  });

  it("is not proven when the engine's total of the solution is not the solver's objective", () => {
    const receipt = receiptOf(priceExactly(potter, kata, {}, altered((a) => ({ objective: a.objective - 1 }))));
    expect([receipt.total, receipt.optimal]).toEqual([5120, false]);
  });

  it('gives no answer for a solution that is not whole, or takes units the basket does not have, or none at all', () => {
    expect(priceExactly(potter, kata, {}, altered((a) => ({ value: (c) => (c === 'n0' ? 0.5 : a.value(c)) })))).toBeUndefined();
    expect(priceExactly(potter, kata, {}, altered((a) => ({ value: (c) => (c.startsWith('n') ? 3 : a.value(c)) })))).toBeUndefined();
    expect(priceExactly(potter, kata, {}, () => undefined)).toBeUndefined();
  });

  it('declines a basket with too many patterns to write and no count of classes that is exact, without asking the solver', () => {
    // A 4 for 10.00 over 40 products at 2.30 to 2.69 has C(43, 4) = 123,410 fillings, some saving
    // (four at 2.69) and some not (four at 2.30), and no one-unit slot to complete them by.
    const many = book({
      currency: 'GBP',
      products: Array.from({ length: 40 }, (_, i) => ({ ...each(`P${i}`, 230 + i), category: 'c' })),
      offers: [{ id: '4for10', kind: 'multi-buy', categories: ['c'], quantity: 4, price: 1000 }],
    });
    const asked: string[] = [];
    const items = Array.from({ length: 40 }, (_, i) => ({ sku: `P${i}`, quantity: 4 }));
    expect(priceExactly(many, items, {}, (lp) => (asked.push(lp), highs(lp)))).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('the exact fallback by class counts', () => {
  it('proves a basket of 123,410 patterns whose every filling saves (it used to decline): every unit in a 4 for 10.00', () => {
    // 40 products at 3.00 to 3.39, four of each: any four save at least 2.00, so all 160 units
    // make 40 applications, 40 × 10.00.
    const many = book({
      currency: 'GBP',
      products: Array.from({ length: 40 }, (_, i) => ({ ...each(`P${i}`, 300 + i), category: 'c' })),
      offers: [{ id: '4for10', kind: 'multi-buy', categories: ['c'], quantity: 4, price: 1000 }],
    });
    const receipt = receiptOf(priceExactly(many, Array.from({ length: 40 }, (_, i) => ({ sku: `P${i}`, quantity: 4 })), {}, highs));
    expect([receipt.total, receipt.optimal, receipt.discounts.length]).toEqual([40_000, true, 40]);
  });

  it("proves a meal deal, two 3 for 2s, a percent-off and a threshold, each offer by class counts, at the MILP oracle's optimum", async () => {
    const { json, basket } = crowdedStore(12);
    const receipt = receiptOf(priceExactly(book(json), basket, { compactPast: 0 }, highs));
    expect([receipt.total, receipt.optimal]).toEqual([(await solveWithIlp(json, basket, PRICING_DATE)).total, true]);
  });
});

/**
 * `n` sandwiches, snacks and drinks each; a meal deal of one of each for 4.30 (the cheapest
 * fillings do not save), two identical 3 for 2s on snacks (one limited to two), 15% off snacks,
 * 4.00 off a spend of 60.00 after offers; a basket of one or two of each product.
 */
function crowdedStore(n: number): { json: JsonPriceBook; basket: BasketLine[] } {
  const range = (category: string, from: number, step: number) => Array.from({ length: n }, (_, i) => ({ ...each(`${category}${i}`, from + step * i + (i % 3)), category }));
  const products = [...range('sandwich', 150, 25), ...range('snack', 50, 17), ...range('drink', 40, 22)];
  const json: JsonPriceBook = {
    currency: 'GBP',
    products,
    offers: [
      { id: 'meal', kind: 'bundle', slots: [{ categories: ['sandwich'] }, { categories: ['snack'] }, { categories: ['drink'] }], price: 430 },
      { id: '3for2a', kind: 'cheapest-free', categories: ['snack'], buy: 3, free: 1 },
      { id: '3for2b', kind: 'cheapest-free', categories: ['snack'], buy: 3, free: 1, limit: 2 },
      { id: '15pc', kind: 'percent-off', categories: ['snack'], percent: 15 },
      { id: 'spend60', kind: 'spend-threshold', threshold: 6000, amount: 400, basis: 'after-offers' },
    ],
  };
  const basket = products.map((p, i) => (i % 4 === 0 ? { sku: p.sku, quantity: 2 } : { sku: p.sku }));
  return { json, basket };
}

describe('the exact fallback on the offer families', () => {
  // The baskets the engine found hardest: each family's first three, whole, against the MILP oracle
  // (written from the raw book, independently of this formulation).
  it.each(OFFER_FAMILIES)('proves each of three %s baskets at the MILP oracle\'s optimum', async (family) => {
    for (let seed = 1; seed <= 3; seed++) {
      const { book: json, basket } = familyStore(family, seed);
      const receipt = receiptOf(priceExactly(book(json), basket, { date: PRICING_DATE }, highs));
      expect([seed, receipt.total, receipt.optimal]).toEqual([seed, (await solveWithIlp(json, basket, PRICING_DATE)).total, true]);
    }
  });
});

describe('properties', () => {
  it("equals the brute-force optimum and the engine's proven total on small random baskets, proven", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { book: json, basket } = randomStore(seed, 'tiny');
        fc.pre(basket.reduce((n, line) => n + (line.grams === undefined ? (line.quantity ?? 1) : 1), 0) <= MAX_UNITS);
        const priceBook = book(json);
        const exact = receiptOf(priceExactly(priceBook, basket, { date: PRICING_DATE }, highs));
        const engine = receiptOf(priceBasket(priceBook, basket, { date: PRICING_DATE, nearMisses: false, limits: { clock: undefined } }));
        expect(exact.total).toBe(solveByBruteForce(json, basket, PRICING_DATE).total);
        expect(exact.optimal).toBe(true);
        if (engine.optimal) expect(exact.total).toBe(engine.total);
      }),
      { seed: 15, numRuns: 150 },
    );
  });

  it('equals the brute-force optimum on small random baskets with every offer it can stated by class counts, proven', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const { book: json, basket } = randomStore(seed, 'tiny');
        fc.pre(basket.reduce((n, line) => n + (line.grams === undefined ? (line.quantity ?? 1) : 1), 0) <= MAX_UNITS);
        const exact = receiptOf(priceExactly(book(json), basket, { date: PRICING_DATE, compactPast: 0 }, highs));
        expect([exact.total, exact.optimal]).toEqual([solveByBruteForce(json, basket, PRICING_DATE).total, true]);
      }),
      { seed: 16, numRuns: 150 },
    );
  });
});
