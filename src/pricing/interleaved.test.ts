import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UNITS, solveByBruteForce } from '../../test-support/brute-force-oracle';
import type { BasketLine, JsonOffer, JsonPriceBook } from '../../test-support/price-book-json';
import { PRICING_DATE } from '../../test-support/random-store';
import { priceBasket } from './price-basket';
import { validatePriceBook } from './schema';

/**
 * Cheapest-free offers under a whole-basket spend threshold measured after offers: where less item
 * saving can be worth more, the threshold search lets their applications interleave (its state is
 * the paid units not yet matched to free ones, see `joinInterleaved`). Every labelling it allows
 * must be a real grouping, and every grouping must be searched: checked against the brute-force
 * oracle, which tries every way to group the units and shares no code with the engine.
 */
const cheapestFree = fc
  .integer({ min: 2, max: 3 })
  .chain((buy) => fc.record({ buy: fc.constant(buy), free: fc.integer({ min: 1, max: buy - 1 }), limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }));

const instance = fc.record({
  prices: fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 2, maxLength: 4 }),
  offers: fc.array(cheapestFree, { minLength: 1, maxLength: 2 }),
  /** Which products each offer covers (bit k: product k), the second offer overlapping the first. */
  cover: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 2, maxLength: 2 }),
  basket: fc.array(fc.nat(3), { minLength: 6, maxLength: MAX_UNITS }),
  /** The threshold as a share of the subtotal: near 1 it only stays reached with little saving. */
  share: fc.double({ min: 0.8, max: 0.97, noNaN: true }),
  reward: fc.integer({ min: 200, max: 900 }),
});

type Instance = typeof instance extends fc.Arbitrary<infer T> ? T : never;

function build({ prices, offers, cover, basket, share, reward }: Instance): { book: JsonPriceBook; scans: BasketLine[] } {
  const products = prices.map((price, k) => ({ sku: `P${k}`, name: `P${k}`, price }));
  const scans = basket.map((k) => ({ sku: products[k % products.length]!.sku }));
  const subtotal = scans.reduce((a, s) => a + products.find((p) => p.sku === s.sku)!.price, 0);
  const items: JsonOffer[] = offers.map((o, i) => {
    const covered = products.filter((_, k) => (cover[i]! >> k) & 1).map((p) => p.sku);
    return { id: `cf${i}`, kind: 'cheapest-free', products: covered.length > 0 ? covered : ['P0'], buy: o.buy, free: o.free, limit: o.limit };
  });
  const threshold: JsonOffer = { id: 'spend', kind: 'spend-threshold', threshold: Math.max(1, Math.round(subtotal * share)), amount: reward, basis: 'after-offers' };
  return { book: { currency: 'GBP', products, offers: [...items, threshold] }, scans };
}

describe('interleaved cheapest-free applications under a spend threshold', () => {
  it('price every basket at the brute-force optimum, proven', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const { book, scans } = build(input);
        const valid = validatePriceBook(book);
        if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
        const result = priceBasket(valid.book, scans, { date: PRICING_DATE, nearMisses: false, limits: { clock: undefined } });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const oracle = solveByBruteForce(book, scans, PRICING_DATE);
        expect(result.receipt.total).toBe(oracle.total);
        expect(result.receipt.optimal).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
