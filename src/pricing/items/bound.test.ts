import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UNITS, solveByBruteForce } from '../../../test-support/brute-force-oracle';
import type { BasketLine, JsonItemOffer, JsonPriceBook } from '../../../test-support/price-book-json';
import { PRICING_DATE } from '../../../test-support/random-store';
import { float64sOf } from '../arrays';
import { priceLines } from '../basket';
import { buildModel } from '../model';
import { validatePriceBook } from '../schema';
import { SuffixBound } from './bound';
import { planComponent } from './plan';

const SKUS = ['A', 'B', 'C', 'D'];

/** Which products an offer (or a bundle slot) takes: a non-empty subset of the four. */
const cover = fc.integer({ min: 1, max: 15 }).map((bits) => SKUS.filter((_, k) => (bits >> k) & 1));
const limit = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });

/** An item offer of any kind, over products that overlap other offers'. */
const itemOffer = (id: string): fc.Arbitrary<JsonItemOffer> =>
  fc.oneof(
    fc.record({ products: cover, quantity: fc.integer({ min: 2, max: 3 }), price: fc.integer({ min: 100, max: 1500 }), limit }).map((o) => ({ id, kind: 'multi-buy' as const, ...o })),
    fc
      .integer({ min: 2, max: 3 })
      .chain((buy) => fc.record({ products: cover, buy: fc.constant(buy), free: fc.integer({ min: 1, max: buy - 1 }), limit }))
      .map((o) => ({ id, kind: 'cheapest-free' as const, ...o })),
    fc
      .record({ slots: fc.array(fc.record({ products: cover, quantity: fc.integer({ min: 1, max: 2 }) }), { minLength: 2, maxLength: 3 }), price: fc.integer({ min: 100, max: 1500 }), limit })
      .map((o) => ({ id, kind: 'bundle' as const, ...o })),
    fc.record({ products: cover, percent: fc.integer({ min: 5, max: 60 }), limit }).map((o) => ({ id, kind: 'percent-off' as const, ...o })),
    fc.record({ products: cover, amount: fc.integer({ min: 10, max: 300 }), limit }).map((o) => ({ id, kind: 'amount-off' as const, ...o })),
  );

/** A small book with no spend threshold (its lowest total is the largest item saving) and a basket the brute force can search. */
const instance = fc.record({
  prices: fc.tuple(...SKUS.map(() => fc.integer({ min: 50, max: 900 }))),
  offers: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => itemOffer(`o${k}`)))),
  basket: fc.array(fc.record({ product: fc.nat(3), reduced: fc.option(fc.integer({ min: 1, max: 95 }), { nil: undefined }) }), { minLength: 1, maxLength: MAX_UNITS }),
  /** λ per class, by the class's local index (wrapped). */
  lambdas: fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 8 }),
});

type Instance = typeof instance extends fc.Arbitrary<infer T> ? T : never;

function setUp({ prices, offers, basket }: Instance) {
  const products = SKUS.map((sku, k) => ({ sku, name: sku, price: prices[k]! }));
  const scans: BasketLine[] = basket.map(({ product, reduced }) => {
    const { sku, price } = products[product]!;
    // A reduced label on some units, as a share of the price.
    return reduced !== undefined && reduced % 3 === 0 ? { sku, reducedPrice: Math.floor((price * reduced) / 100) } : { sku };
  });
  const json: JsonPriceBook = { currency: 'GBP', products, offers: [...offers] };
  const valid = validatePriceBook(json);
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
  const lines = priceLines(valid.book, scans);
  if (!lines.ok) throw new Error(JSON.stringify(lines.problems));
  return { json, scans, model: buildModel(valid.book, lines.lines, PRICING_DATE) };
}

/**
 * The Lagrangian bound (`bound.ts`) is what proves a component's item optimum and prunes the
 * exact search: it must never fall below the best item saving, for any λ ≥ 0, or the engine would
 * "prove" a solution that is not the best. Checked against the brute-force oracle, which shares
 * no code with the engine.
 */
describe('the item bound', () => {
  it('is never below the brute-force optimum, at any λ ≥ 0', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const { json, scans, model } = setUp(input);
        const optimum = solveByBruteForce(json, scans, PRICING_DATE).itemSaving;
        let bound = 0;
        for (const component of model.components) {
          const plan = planComponent(model, component);
          const b = new SuffixBound(plan, float64sOf(plan.bestStateless, (o) => o.gain), undefined);
          for (let i = 0; i < plan.n; i++) b.seedLambda(b.classAt(i), input.lambdas[b.classAt(i) % input.lambdas.length]!);
          // No subgradient steps: the tables are built for the λ seeded.
          b.prepare(Number.POSITIVE_INFINITY, 0, undefined);
          bound += b.root;
        }
        expect(bound).toBeGreaterThanOrEqual(optimum - 1e-6);
      }),
      { numRuns: 1500 },
    );
  });

  it('stays above the optimum after tightening towards it', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const { json, scans, model } = setUp(input);
        const optimum = solveByBruteForce(json, scans, PRICING_DATE).itemSaving;
        let bound = 0;
        for (const component of model.components) {
          const plan = planComponent(model, component);
          const b = new SuffixBound(plan, float64sOf(plan.bestStateless, (o) => o.gain), undefined);
          // Tightened against a target below the optimum, as the search does against its incumbent.
          b.prepare(0, 24, undefined);
          bound += b.root;
        }
        expect(bound).toBeGreaterThanOrEqual(optimum - 1e-6);
      }),
      { numRuns: 1000 },
    );
  });
});
