import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UNITS, solveByBruteForce } from '../../../test-support/brute-force-oracle';
import type { BasketLine, JsonOffer, JsonPriceBook } from '../../../test-support/price-book-json';
import { PRICING_DATE } from '../../../test-support/random-store';
import { priceBasket } from '../price-basket';
import { validatePriceBook } from '../schema';

/**
 * The joint search of item offers and a whole-basket spend threshold measured after offers, where
 * less item saving can be worth more (the threshold caps the saving that keeps it reached), on
 * the shapes it treats specially. Each is checked against the brute-force oracle, which tries
 * every way to group the units and shares no code with the engine: the engine's total must be the
 * optimum, and proven.
 */
function expectOptimum(book: JsonPriceBook, scans: readonly BasketLine[]): void {
  const valid = validatePriceBook(book);
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
  const result = priceBasket(valid.book, scans, { date: PRICING_DATE, nearMisses: false, limits: { clock: undefined } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.receipt.total).toBe(solveByBruteForce(book, scans, PRICING_DATE).total);
  expect(result.receipt.optimal).toBe(true);
}

/** A threshold at a share of the subtotal: near 1 it stays reached only with little item saving. */
const threshold = fc.record({ share: fc.double({ min: 0.8, max: 0.97, noNaN: true }), reward: fc.integer({ min: 200, max: 900 }) });

function spend(scans: readonly BasketLine[], prices: ReadonlyMap<string, number>, { share, reward }: { share: number; reward: number }): JsonOffer {
  const subtotal = scans.reduce((a, s) => a + prices.get(s.sku)!, 0);
  return { id: 'spend', kind: 'spend-threshold', threshold: Math.max(1, Math.round(subtotal * share)), amount: reward, basis: 'after-offers' };
}

describe('the joint search under a whole-basket spend threshold', () => {
  // Where regrouping matters, a cheapest-free offer's applications interleave (the state is the
  // paid units not yet matched to free ones, see `joinInterleaved`): every labelling the search
  // allows must be a real grouping, and every grouping must be searched.
  const cheapestFree = fc
    .integer({ min: 2, max: 3 })
    .chain((buy) => fc.record({ buy: fc.constant(buy), free: fc.integer({ min: 1, max: buy - 1 }), limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }));
  const interleaving = fc.record({
    prices: fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 2, maxLength: 4 }),
    offers: fc.array(cheapestFree, { minLength: 1, maxLength: 2 }),
    /** Which products each offer covers (bit k: product k); the two may overlap. */
    cover: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 2, maxLength: 2 }),
    basket: fc.array(fc.nat(3), { minLength: 6, maxLength: MAX_UNITS }),
    threshold,
  });

  it('interleaves cheapest-free applications wherever that lands the basket over the threshold', () => {
    fc.assert(
      fc.property(interleaving, ({ prices, offers, cover, basket, threshold: t }) => {
        const products = prices.map((price, k) => ({ sku: `P${k}`, name: `P${k}`, price }));
        const scans = basket.map((k) => ({ sku: products[k % products.length]!.sku }));
        const items: JsonOffer[] = offers.map((o, i) => {
          const covered = products.filter((_, k) => (cover[i]! >> k) & 1).map((p) => p.sku);
          return { id: `cf${i}`, kind: 'cheapest-free', products: covered.length > 0 ? covered : ['P0'], buy: o.buy, free: o.free, limit: o.limit };
        });
        const book = { currency: 'GBP', products, offers: [...items, spend(scans, new Map(products.map((p) => [p.sku, p.price])), t)] };
        expectOptimum(book, scans);
      }),
      { numRuns: 2000 },
    );
  });

  // Components with no offer that keeps state (percent and amount off, reduced labels) searched
  // after one that does: the search finishes them with a subset-sum of their units' gains
  // (`finishStateless`), which must find the largest sum under the cap and read back options
  // that reach it.
  const stateless = fc.record({
    /** A and B share a 2-for multi-buy; C has percent off; D amount off. */
    prices: fc.tuple(fc.integer({ min: 100, max: 600 }), fc.integer({ min: 100, max: 600 }), fc.integer({ min: 50, max: 900 }), fc.integer({ min: 50, max: 900 })),
    /** What the multi-buy saves on its cheapest pair: every application saves (one that might not is another shape). */
    pairSaving: fc.integer({ min: 1, max: 150 }),
    percent: fc.integer({ min: 5, max: 60 }),
    amount: fc.integer({ min: 10, max: 200 }),
    basket: fc.array(fc.record({ product: fc.nat(3), reduced: fc.option(fc.integer({ min: 1, max: 95 }), { nil: undefined }) }), { minLength: 4, maxLength: MAX_UNITS }),
    threshold,
  });

  it('finishes components without stateful offers at the largest saving the cap allows', () => {
    fc.assert(
      fc.property(stateless, ({ prices, pairSaving, percent, amount, basket, threshold: t }) => {
        const products = ['A', 'B', 'C', 'D'].map((sku, k) => ({ sku, name: sku, price: prices[k]! }));
        const scans = basket.map(({ product, reduced }) => {
          const { sku, price } = products[product]!;
          // A reduced label on about half the units of C and D, as a share of the price.
          return reduced !== undefined && product >= 2 && reduced % 2 === 0 ? { sku, reducedPrice: Math.floor((price * reduced) / 100) } : { sku };
        });
        const offers: JsonOffer[] = [
          { id: 'pair', kind: 'multi-buy', products: ['A', 'B'], quantity: 2, price: 2 * Math.min(prices[0], prices[1]) - pairSaving },
          { id: 'percent', kind: 'percent-off', products: ['C'], percent },
          { id: 'amount', kind: 'amount-off', products: ['D'], amount },
          spend(scans, new Map(products.map((p) => [p.sku, p.price])), t),
        ];
        expectOptimum({ currency: 'GBP', products, offers }, scans);
      }),
      { numRuns: 1500 },
    );
  });
});
