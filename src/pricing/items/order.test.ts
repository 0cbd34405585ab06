import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRICING_DATE } from '../../../test-support/random-store';
import { priceLines } from '../basket';
import { buildModel } from '../model';
import { cheapestFree } from '../offers/cheapest-free';
import { validatePriceBook, type ItemOffer } from '../schema';

type CheapestFree = Extract<ItemOffer, { kind: 'cheapest-free' }>;

/** What a grouping of prices into applications saves, each application's prices sorted dearest first. */
function savingOf(offer: CheapestFree, groups: readonly (readonly number[])[]): number {
  return groups.reduce((a, g) => a + cheapestFree.saving(offer, [[...g].sort((x, y) => y - x)]), 0);
}

/** Every way to split `prices` into groups of `size` (groups unordered). */
function groupings(prices: readonly number[], size: number): number[][][] {
  if (prices.length === 0) return [[]];
  const [first, ...rest] = prices;
  const out: number[][][] = [];
  const choose = (from: number, picked: number[], left: number[]): void => {
    if (picked.length === size - 1) {
      for (const tail of groupings([...left, ...rest.slice(from)], size)) out.push([[first!, ...picked], ...tail]);
      return;
    }
    for (let j = from; j < rest.length; j++) choose(j + 1, [...picked, rest[j]!], [...left, ...rest.slice(from, j)]);
  };
  choose(0, [], []);
  return out;
}

/**
 * The unit order's exactness claim (`order.ts`): the solvers group a cheapest-free offer's units
 * consecutively in the order they come, and that order is descending price, because then the
 * consecutive grouping is the best grouping of whatever units are chosen. Checked against every
 * grouping of the chosen units.
 */
describe('the unit order', () => {
  const chosen = fc
    .record({ buy: fc.integer({ min: 2, max: 3 }), apps: fc.integer({ min: 1, max: 3 }) })
    .chain(({ buy, apps }) =>
      fc.record({
        buy: fc.constant(buy),
        free: fc.integer({ min: 1, max: buy - 1 }),
        prices: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: buy * apps, maxLength: buy * apps }),
      }),
    );

  it('groups cheapest-free units in descending price order as well as any grouping does', () => {
    fc.assert(
      fc.property(chosen, ({ buy, free, prices }) => {
        const offer: CheapestFree = { id: 'cf', kind: 'cheapest-free', products: ['A'], buy, free };
        const descending = [...prices].sort((a, b) => b - a);
        const consecutive = Array.from({ length: prices.length / buy }, (_, k) => descending.slice(k * buy, (k + 1) * buy));
        const best = Math.max(...groupings(prices, buy).map((g) => savingOf(offer, g)));
        expect(savingOf(offer, consecutive)).toBe(best);
      }),
      { numRuns: 1000 },
    );
  });

  it('puts every cheapest-free offer\'s units in descending price order in each component', () => {
    const skus = ['A', 'B', 'C', 'D', 'E'];
    const store = fc.record({
      prices: fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 5, maxLength: 5 }),
      /** Per offer, which products it takes (bit k: product k): offers overlap, with a multi-buy among them. */
      covers: fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 2, maxLength: 4 }),
      basket: fc.array(fc.nat(4), { minLength: 1, maxLength: 30 }),
    });
    fc.assert(
      fc.property(store, ({ prices, covers, basket }) => {
        const products = skus.map((sku, k) => ({ sku, name: sku, price: prices[k]! }));
        const offers = covers.map((bits, i) => {
          const covered = skus.filter((_, k) => (bits >> k) & 1);
          return i === 0 ? { id: `o${i}`, kind: 'multi-buy', products: covered, quantity: 2, price: 300 } : { id: `o${i}`, kind: 'cheapest-free', products: covered, buy: 3, free: 1 };
        });
        const valid = validatePriceBook({ currency: 'GBP', products, offers });
        if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
        const lines = priceLines(valid.book, basket.map((k) => ({ sku: skus[k]! })));
        if (!lines.ok) throw new Error(JSON.stringify(lines.problems));
        const model = buildModel(valid.book, lines.lines, PRICING_DATE);
        for (const component of model.components) {
          for (const o of component.offers) {
            const active = model.offers[o]!;
            if (!active.strategy.positional) continue;
            const eligible = component.sequence.map((id) => model.units[id]!).filter((u) => active.slotsByClass.has(u.classId));
            for (let j = 1; j < eligible.length; j++) expect(eligible[j]!.price).toBeLessThanOrEqual(eligible[j - 1]!.price);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is what makes it exact: in another order, consecutive grouping can save less', () => {
    // 2 for 1 over 5.00, 5.00, 3.00, 3.00: A A + C C frees 5.00 and 3.00; A C + A C frees 3.00 twice.
    const offer: CheapestFree = { id: 'cf', kind: 'cheapest-free', products: ['A'], buy: 2, free: 1 };
    expect(savingOf(offer, [[500, 500], [300, 300]])).toBe(800);
    expect(savingOf(offer, [[500, 300], [500, 300]])).toBe(600);
  });
});
