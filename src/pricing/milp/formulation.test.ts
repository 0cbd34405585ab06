import { describe, expect, it } from 'vitest';
import { priceLines } from '../basket';
import { buildModel, type PricingModel } from '../model';
import { pricingContext } from '../pricing-context';
import { validatePriceBook } from '../schema';
import { formulate } from './formulation';
import { lpText } from './lp-text';
import { offerParts } from './offer-forms';
import { leastEligibleShare, offerPatterns, type MilpPattern } from './patterns';

function modelOf(json: unknown, items: readonly { sku: string; quantity?: number; reducedPrice?: number }[]): PricingModel {
  const validation = validatePriceBook(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  const context = pricingContext(validation.book);
  const lines = priceLines(validation.book, items, context.products);
  if (!lines.ok) throw new Error('unpriceable');
  return buildModel(validation.book, lines.lines, undefined, context.memo);
}

const each = (sku: string, price: number, category?: string) => ({ sku, name: sku, price, ...(category === undefined ? {} : { category }) });

describe('the patterns', () => {
  it('are one per multiset of classes that saves money, bundle slots sharing classes counted once', () => {
    // A meal deal of two mains (M 3.00, N 2.00) for 4.00: M+M saves 2.00, M+N 1.00, N+N nothing (not a pattern).
    const model = modelOf(
      { currency: 'GBP', products: [each('M', 300, 'main'), each('N', 200, 'main')], offers: [{ id: 'deal', kind: 'bundle', slots: [{ categories: ['main'] }, { categories: ['main'] }], price: 400 }] },
      [{ sku: 'M', quantity: 2 }, { sku: 'N', quantity: 2 }],
    );
    expect(offerPatterns(model, 0, 10)!.map((p) => [p.uses, p.saving])).toEqual([
      [[[0, 2]], 200],
      [[[0, 1], [1, 1]], 100],
    ]);
  });

  it.each([
    // 1.00 over 3.00 and 2.00 (weights 3:2): 0.60 and 0.40 exactly.
    ['an even split', [300, 200], 100, [true, false], 60],
    // 1 over 1.00 and 1.00: a tie, which the eligible unit loses.
    ['a tie, counted as lost by the eligible unit', [100, 100], 1, [true, false], 0],
    ['a tie between two eligible units', [100, 100], 1, [true, true], 1],
    // 5 over three units of 1.00: 1 each, then 2 left over three tied: the one ineligible takes one.
    ['two left over a three-way tie', [100, 100, 100], 5, [true, true, false], 3],
  ] as const)('share the least on eligible units: %s', (_, prices, saving, inside, least) => {
    const model = { classes: prices.map((price, id) => ({ id, price })) } as unknown as PricingModel;
    const pattern: MilpPattern = { offer: 0, slots: [prices.map((_, c) => c)], uses: prices.map((_, c) => [c, 1] as const), saving };
    const eligible = new Set(inside.flatMap((i, c) => (i ? [c] : [])));
    expect(leastEligibleShare(model, pattern, eligible)).toBe(least);
  });
});

describe('the forms', () => {
  // Twelve products in one category, two of each: a 3 for 2 over them has C(14, 3) = 364 fillings.
  const products = Array.from({ length: 12 }, (_, i) => each(`P${i}`, 100 + 10 * i, 'c'));
  const twoOfEach = products.map((p) => ({ sku: p.sku, quantity: 2 }));
  const threeForTwo = (id: string, limit?: number) => ({ id, kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1, ...(limit === undefined ? {} : { limit }) });

  it('state an offer past 200 patterns by class counts, and identical offers as one part within the sum of their limits', () => {
    const model = modelOf({ currency: 'GBP', products, offers: [threeForTwo('a', 2), threeForTwo('b', 3)] }, twoOfEach);
    const parts = offerParts(model)!;
    expect(parts.map((p) => p.offers)).toEqual([[0, 1]]);
    expect(parts[0]!.columns.some((c) => c.name.startsWith('n'))).toBe(false);
    expect(lpText(formulate(model, parts))).toContain(' limit0: 1 a0 <= 5');
  });

  it('keep the patterns of an offer with few, and of one that straddles a threshold', () => {
    const few = modelOf({ currency: 'GBP', products, offers: [threeForTwo('a')] }, twoOfEach.slice(0, 3));
    expect(offerParts(few)![0]!.columns.every((c) => c.name.startsWith('n'))).toBe(true);
    const straddled = modelOf(
      { currency: 'GBP', products, offers: [threeForTwo('a'), { id: 'spend5', kind: 'spend-threshold', products: ['P0'], threshold: 100, amount: 10, basis: 'after-offers' }] },
      twoOfEach,
    );
    expect(offerParts(straddled)![0]!.columns.every((c) => c.name.startsWith('n'))).toBe(true);
  });
});

describe('the programme', () => {
  it('is written in CPLEX LP format: counts, unit rows, a threshold, the total', () => {
    // 2 A for 3.00 (A 2.00, three in the basket), and 1.00 off a spend of 5.00 after offers.
    const model = modelOf(
      { currency: 'GBP', products: [each('A', 200)], offers: [{ id: '2for3', kind: 'multi-buy', products: ['A'], quantity: 2, price: 300 }, { id: 'spend5', kind: 'spend-threshold', threshold: 500, amount: 100, basis: 'after-offers' }] },
      [{ sku: 'A', quantity: 3 }],
    );
    expect(lpText(formulate(model, offerParts(model)!))).toBe(
      [
        'Minimize',
        ' obj: 1 z',
        'Subject To',
        ' units0: 2 n0 <= 3',
        ' reach0: 100 n0 + 500 r0 <= 600',
        ' paid0: 1 x0 + 100 n0 <= 600',
        ' gate0: 1 x0 - 600 r0 <= 0',
        ' reward0: 1 x0 <= 100',
        ' total: 1 z + 100 n0 + 1 x0 >= 600',
        'Bounds',
        ' 0 <= n0 <= 1',
        ' 0 <= r0 <= 1',
        ' x0 >= 0',
        ' z >= 0',
        'General',
        ' n0',
        'Binary',
        ' r0',
        'End',
        '',
      ].join('\n'),
    );
  });
});
