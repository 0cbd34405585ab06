import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BasketItem } from './basket';
import { priceBasket, type PriceOptions } from './price-basket';
import type { Receipt } from './receipt';
import { validatePriceBook, type PriceBook } from './schema';

function book(json: unknown): PriceBook {
  const result = validatePriceBook(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.book;
}

function price(b: PriceBook, items: ReadonlyArray<BasketItem | string>, options: PriceOptions = {}): Receipt {
  const result = priceBasket(b, items.map((i) => (typeof i === 'string' ? { sku: i } : i)), options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.receipt;
}

const kata = book(JSON.parse(readFileSync(new URL('../../public/books/kata.json', import.meta.url), 'utf8')));

const product = (sku: string, p: number, category?: string) => ({ sku, name: sku, price: p, ...(category ? { category } : {}) });

/** Four items at the given prices, all in category "c". */
const four = (prices: number[]) => prices.map((p, i) => product(`P${i}`, p, 'c'));

describe('priceBasket: the seed cases, worked by hand', () => {
  it.each([
    // A 50 + B 30 + C 20 + D 15: one of each, no offer completes.
    [['A', 'B', 'C', 'D'], 115],
    // 3 A for 130, 2 B for 45, D + E for 20.
    [['A', 'A', 'A', 'B', 'B', 'D', 'E'], 195],
    // Scan order shuffled: same total.
    [['E', 'B', 'A', 'D', 'A', 'B', 'A'], 195],
    // Four A: 130 + 50.
    [['A', 'A', 'A', 'A'], 180],
  ])('prices kata basket %j at %i', (skus, total) => {
    const receipt = price(kata, skus);
    expect(receipt.total).toBe(total);
    expect(receipt.optimal).toBe(true);
  });

  it('frees the second cheapest of four distinct items on a 3-for-2 (groups the three dearest)', () => {
    // 100, 200, 300, 400: grouping 400, 300, 200 frees 200; any group with 100 frees only 100.
    const b = book({ currency: 'GBP', products: four([100, 200, 300, 400]), offers: [{ id: '3for2', kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1 }] });
    const receipt = price(b, ['P0', 'P1', 'P2', 'P3']);
    expect(receipt.total).toBe(800);
    expect(receipt.discounts).toMatchObject([{ offerId: '3for2', saving: 200, lines: [1, 2, 3] }]);
  });

  it.each([
    // Equal prices: 3-for-2 saves 100, 30% off saves 3 × 30 = 90.
    [[100, 100, 100], 200, '3for2'],
    // 100, 100, 150: 30% off saves 30 + 30 + 45 = 105 against 100.
    [[100, 100, 150], 245, 'thirty'],
  ])('weighs 30%% off against 3-for-2 on %j: total %i', (prices, total, winner) => {
    const b = book({
      currency: 'GBP',
      products: prices.map((p, i) => product(`P${i}`, p, 'c')),
      offers: [
        { id: '3for2', kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1 },
        { id: 'thirty', kind: 'percent-off', categories: ['c'], percent: 30 },
      ],
    });
    const receipt = price(b, ['P0', 'P1', 'P2']);
    expect(receipt.total).toBe(total);
    expect(new Set(receipt.discounts.map((d) => d.offerId))).toEqual(new Set([winner]));
  });

  it.each([
    // p0 + 30% of p3 = 100 + 120 = 220 beats p1 = 200: 30% off the 400, 3-for-2 on 100, 200, 300.
    [[100, 200, 300, 400], 1000 - 220],
    // p0 + 30% of p3 = 50 + 120 = 170 loses to p1 = 300: 3-for-2 on 300, 350, 400.
    [[50, 300, 350, 400], 1100 - 300],
  ])('takes the larger of p0 + 30%% of p3 and p1 for %j', (prices, total) => {
    const b = book({
      currency: 'GBP',
      products: four(prices),
      offers: [
        { id: '3for2', kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1 },
        { id: 'thirty', kind: 'percent-off', products: ['P3'], percent: 30 },
      ],
    });
    expect(price(b, ['P0', 'P1', 'P2', 'P3']).total).toBe(total);
  });

  it('keeps a spend threshold a 3-for-2 would lose; first-come loses it', () => {
    // 300 + 300 + 100 (3-for-2) + 1350 = 2050. 3-for-2 frees 100 → 1950, under 2000: no £5.
    // Skipping it keeps the threshold: 2050 − 500 = 1550.
    const b = book({
      currency: 'GBP',
      products: [product('X', 300, 'c'), product('Y', 300, 'c'), product('Z', 100, 'c'), product('W', 1350)],
      offers: [
        { id: '3for2', kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1, priority: 1 },
        { id: 'spend20', kind: 'spend-threshold', threshold: 2000, amount: 500, basis: 'after-offers' },
      ],
    });
    const optimal = price(b, ['X', 'Y', 'Z', 'W']);
    expect(optimal.total).toBe(1550);
    expect(optimal.discounts.map((d) => d.offerId)).toEqual(['spend20']);
    expect(optimal.optimal).toBe(true);
    expect(price(b, ['X', 'Y', 'Z', 'W'], { strategy: 'first-come' }).total).toBe(1950);
  });

  it('pairs dear with cheap in a 2 for 1 when that lands the basket over a spend threshold', () => {
    // A 500, A, C 300, C: subtotal 1600. Grouped dear with dear, A A + C C saves 800 and the
    // basket pays 800, under the 950 threshold: 800. A C + A C saves 600 and pays 1000, which
    // reaches it: 1600 - 600 - 250 = 750. No grouping of consecutive units saves 600 (A A 500,
    // C C or A C 300, all four 800): only applications that interleave reach it.
    const b = book({
      currency: 'GBP',
      products: [product('A', 500, 'x'), product('C', 300, 'x')],
      offers: [
        { id: 'bogof', kind: 'cheapest-free', categories: ['x'], buy: 2, free: 1 },
        { id: 'spend', kind: 'spend-threshold', threshold: 950, amount: 250, basis: 'after-offers' },
      ],
    });
    const optimal = price(b, ['A', 'A', 'C', 'C']);
    expect(optimal.total).toBe(750);
    expect(optimal.optimal).toBe(true);
    expect(optimal.discounts.map((d) => `${d.offerId} ${d.saving} ${d.units.map((u) => u.line).join(',')}`)).toEqual(['bogof 300 0,2', 'bogof 300 1,3', 'spend 250 ']);
    // First-come groups in scan order: A A, then C C.
    expect(price(b, ['A', 'A', 'C', 'C'], { strategy: 'first-come' }).total).toBe(800);
  });

  it('groups a 3 for 6.27 as A A B + A B B when A A A + B B B would leave one that saves nothing', () => {
    // A 412 x4, B 147 x3: subtotal 2089; the threshold needs 1639 paid, so item saving up to 450.
    // One application saves 609 (A A A), 344 (A A B) or 79 (A B B); two over 4 A + 2 B save 688,
    // over 3 A + 3 B 423, but only grouped A A B + A B B: A A A + B B B has B B B at 441 for
    // 627. 423 keeps the threshold: 2089 - 423 - 400 = 1266. First-come takes A A A and A B B
    // (688) and loses it: 1401.
    const b = book({
      currency: 'GBP',
      products: [product('A', 412), product('B', 147)],
      offers: [
        { id: 'three', kind: 'multi-buy', products: ['A', 'B'], quantity: 3, price: 627 },
        { id: 'spend', kind: 'spend-threshold', threshold: 1639, amount: 400, basis: 'after-offers' },
      ],
    });
    const items: BasketItem[] = [{ sku: 'A', quantity: 4 }, { sku: 'B', quantity: 3 }];
    const optimal = price(b, items);
    expect(optimal.total).toBe(1266);
    expect(optimal.optimal).toBe(true);
    expect(optimal.discounts.map((d) => `${d.offerId} ${d.saving}`)).toEqual(['three 344', 'three 79', 'spend 400']);
    expect(price(b, items, { strategy: 'first-come' }).total).toBe(1401);
  });

  it('keeps two C out of a bundle when their full price reaches a C-only threshold', () => {
    // Found by the "never above first-come" property. Subtotal 4 C 2132 + 4 A 1632 + 2 D 1090 = 4854.
    // The bundle (2 C + A + 2 A for 1460) saves 830 but takes 2 C, and the C threshold, measured
    // after offers, then fails (C pays 2132 − 386 = 1746 < 2085). 3 A for 683 saves 541, C keeps
    // paying 2132, the threshold gives 582, and 5% off D saves 27 twice: 4854 − 1177 = 3677,
    // the MILP oracle's total. The joint threshold search once counted the bundle's C units as
    // adding their prices less the bundle's price to C's saving, so C seemed to pay more, not less.
    const b = book({
      currency: 'GBP',
      products: [product('A', 408, 'bakery'), product('B', 103, 'dairy'), product('C', 533), product('D', 545, 'dairy')],
      offers: [
        { id: 'o1', categories: ['bakery'], kind: 'multi-buy', quantity: 3, price: 683 },
        { id: 'o2', kind: 'bundle', slots: [{ products: ['C'], quantity: 2 }, { categories: ['bakery'], quantity: 1 }, { products: ['A'], quantity: 2 }], price: 1460 },
        { id: 'o3', categories: ['dairy'], kind: 'percent-off', percent: 5 },
        { id: 'o4', products: ['C'], limit: 2, kind: 'spend-threshold', threshold: 2085, amount: 582, basis: 'after-offers' },
      ],
    });
    const items: BasketItem[] = [{ sku: 'C', quantity: 3 }, { sku: 'A', quantity: 3 }, { sku: 'C' }, { sku: 'D', quantity: 2 }, { sku: 'A' }];
    const optimal = price(b, items);
    expect(optimal.total).toBe(3677);
    expect(optimal.optimal).toBe(true);
    expect(optimal.discounts.map((d) => `${d.offerId} ${d.saving}`)).toEqual(['o1 541', 'o3 27', 'o3 27', 'o4 582']);
  });
});

describe('priceBasket: every offer kind', () => {
  const store = book({
    currency: 'GBP',
    products: [
      product('MAIN1', 300, 'main'),
      product('MAIN2', 350, 'main'),
      product('SNACK', 100, 'snack'),
      product('COLA', 150, 'drink'),
      product('WATER', 120, 'drink'),
      { sku: 'BAN', name: 'Bananas', price: 79, unit: 'kg', category: 'fruit' },
      product('X', 60),
      product('Y', 70),
      product('CHEAP', 60),
    ],
    offers: [
      { id: 'meal', kind: 'bundle', label: 'Meal deal £4', slots: [{ categories: ['main'] }, { categories: ['snack'] }, { categories: ['drink'] }], price: 400 },
      { id: 'drinks', kind: 'multi-buy', categories: ['drink'], quantity: 2, price: 200 },
      { id: 'xy', kind: 'multi-buy', products: ['X', 'Y'], quantity: 2, price: 100 },
      { id: 'ban', kind: 'percent-off', products: ['BAN'], percent: 25 },
      { id: 'quid', kind: 'amount-off', products: ['CHEAP'], amount: 100 },
    ],
  });

  it.each<[string, Array<BasketItem | string>, number]>([
    // Meal deal: 350 + 100 + 150 = 600 for 400.
    ['a meal deal over category slots', ['MAIN2', 'SNACK', 'COLA'], 400],
    // Two drinks alone: 150 + 120 = 270 for 200.
    ['a multi-buy over a category', ['COLA', 'WATER'], 200],
    // Meal (MAIN2, SNACK, COLA) saves 200; drinks pair (COLA, WATER) saves 70; meal with WATER saves 170.
    // Best: meal with COLA (200) + WATER full = 400 + 120 = 520; or meal with WATER (170) + COLA full: 550.
    ['a meal deal whose drink is also on a multi-buy', ['MAIN2', 'SNACK', 'COLA', 'WATER'], 520],
    // Mixed multi-buy: X 60 + Y 70 = 130 for 100.
    ['a mixed-SKU multi-buy', ['X', 'Y'], 100],
    // 412 g at 79p/kg = 32.548p → 33p; 25% of 33 = 8.25 → 8p off: 25p.
    ['a percent off a weighed line', [{ sku: 'BAN', grams: 412 }], 25],
    // 100 off a 60p item: never below zero.
    ['an amount off that would go below zero', ['CHEAP'], 0],
  ])('prices %s', (_name, items, total) => {
    const receipt = price(store, items);
    expect(receipt.total).toBe(total);
    expect(receipt.optimal).toBe(true);
  });

  it('honours a limit on applications', () => {
    const b = book({ currency: 'GBP', products: [product('A', 50)], offers: [{ id: 'a2', kind: 'multi-buy', products: ['A'], quantity: 2, price: 80, limit: 1 }] });
    // Two pairs, but only one may apply: 80 + 50 + 50.
    expect(price(b, ['A', 'A', 'A', 'A']).total).toBe(180);
  });

  it('ignores an offer outside its validity dates', () => {
    const b = book({
      currency: 'GBP',
      products: [product('A', 50)],
      offers: [{ id: 'a2', kind: 'multi-buy', products: ['A'], quantity: 2, price: 80, validFrom: '2026-01-01', validUntil: '2026-01-31' }],
    });
    expect(price(b, ['A', 'A'], { date: '2026-01-31' }).total).toBe(80); // last valid day, inclusive
    expect(price(b, ['A', 'A'], { date: '2026-02-01' }).total).toBe(100);
  });

  it.each<[string, number, number]>([
    // Reduced to 20: 20 + 50 + 50 = 120 beats 3 for 130.
    ['a deep reduction beats the multi-buy', 20, 120],
    // Reduced to 45: 45 + 100 = 145 loses to 3 for 130.
    ['a shallow reduction loses to the multi-buy', 45, 130],
  ])('lets a reduced unit compete with an offer: %s', (_name, reducedPrice, total) => {
    const receipt = price(kata, [{ sku: 'A', reducedPrice }, 'A', 'A']);
    expect(receipt.total).toBe(total);
  });

  it.each<[string, Record<string, unknown>, number]>([
    // 600 full; 3-for-2 frees 100 → 500; threshold 550 before offers still reached → 500 − 50 = 450.
    ['before offers', { basis: 'before-offers', threshold: 550, amount: 50 }, 450],
    // After offers: 500 < 550, so either 3-for-2 (500) or threshold (600 − 50 = 550): 500.
    ['after offers', { basis: 'after-offers', threshold: 550, amount: 50 }, 500],
    // 10% of the after-offers spend 500 = 50 → 450.
    ['a percent after offers', { basis: 'after-offers', threshold: 400, percent: 10 }, 450],
    // Full-price-only: with 3-for-2 nothing is at full price (0 < 300): 500; without: 600 − 150 = 450.
    ['full price only', { basis: 'full-price-only', threshold: 300, amount: 150 }, 450],
  ])('applies a spend threshold measured %s', (_name, threshold, total) => {
    const b = book({
      currency: 'GBP',
      products: [product('A', 300, 'c'), product('B', 200, 'c'), product('C', 100, 'c')],
      offers: [
        { id: '3for2', kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1 },
        { id: 'spend', kind: 'spend-threshold', ...threshold },
      ],
    });
    expect(price(b, ['A', 'B', 'C']).total).toBe(total);
  });

  it('applies an exclusive threshold alone, only when it beats everything else', () => {
    const offers = (amount: number) => [
      { id: '3for2', kind: 'cheapest-free', categories: ['c'], buy: 3, free: 1 },
      { id: 'bonus', kind: 'spend-threshold', threshold: 500, amount: 50, basis: 'before-offers' },
      { id: 'vip', kind: 'spend-threshold', threshold: 500, amount, basis: 'before-offers', exclusive: true },
    ];
    const products = [product('A', 300, 'c'), product('B', 200, 'c'), product('C', 100, 'c')];
    // 3-for-2 (100) + bonus (50) = 150 off; the exclusive 200 off wins alone.
    expect(price(book({ currency: 'GBP', products, offers: offers(200) }), ['A', 'B', 'C']).discounts.map((d) => d.offerId)).toEqual(['vip']);
    // The exclusive 120 off loses to 150.
    expect(price(book({ currency: 'GBP', products, offers: offers(120) }), ['A', 'B', 'C']).total).toBe(450);
  });
});

describe('priceBasket: the receipt', () => {
  it('shares each saving across the units it used, summing to the savings', () => {
    const receipt = price(kata, ['A', 'B', 'A', 'D', 'A', 'E', 'B']);
    expect(receipt.discounts.map((d) => [d.offerId, d.saving, d.lines])).toEqual([
      ['A3', 20, [0, 2, 4]],
      ['B2', 15, [1, 6]],
      ['DE', 5, [3, 5]],
    ]);
    // 15 across two B at 30 each: 8 and 7, the extra penny to the first scanned.
    expect(receipt.discounts[1]!.units).toEqual([{ line: 1, share: 8 }, { line: 6, share: 7 }]);
    expect(receipt.savings).toBe(40);
    expect(receipt.subtotal - receipt.savings).toBe(receipt.total);
  });

  it('tells the cashier about a near miss', () => {
    const receipt = price(kata, ['A', 'A']);
    // A third A costs 130 − 100 = 30 instead of 50: it saves 20.
    expect(receipt.nearMisses).toEqual([
      expect.objectContaining({ offerId: 'A3', sku: 'A', saving: 20, inBasket: true, message: 'Add one more A: 3 A for 1.30 saves £0.20' }),
    ]);
  });

  it('suggests the missing half of a bundle', () => {
    // D alone costs 15; adding E (10) makes D + E for 20: the E costs 5 more instead of 10.
    expect(price(kata, ['D']).nearMisses).toEqual([
      expect.objectContaining({ offerId: 'DE', sku: 'E', saving: 5, inBasket: false, message: 'Add one E: D + E for 0.20 saves £0.05' }),
    ]);
  });

  it('gives a weighed line its price per kilogram', () => {
    const b = book({ currency: 'GBP', products: [{ sku: 'BAN', name: 'Bananas', price: 79, unit: 'kg' }], offers: [] });
    // 412 g at 79p/kg = 32.548p → 33p.
    expect(price(b, [{ sku: 'BAN', grams: 412 }]).lines).toEqual([
      { index: 0, sku: 'BAN', name: 'Bananas', unit: 'kg', quantity: 1, grams: 412, pricePerKg: 79, unitPrice: 33, price: 33 },
    ]);
  });

  it('prices a weighed pack by its price label alone, and offers on the product still count it', () => {
    const b = book({
      currency: 'GBP',
      products: [{ sku: 'HAM', name: 'Deli ham', price: 1800, unit: 'kg' }],
      offers: [{ id: 'HAM10', kind: 'percent-off', label: '10% off deli ham', products: ['HAM'], percent: 10 }],
    });
    // A deli label says 2.35 and nothing of the weight: the line is 235, and 10% off it is 23.5 → 24.
    const receipt = price(b, [{ sku: 'HAM', price: 235 }]);
    expect(receipt.lines).toEqual([{ index: 0, sku: 'HAM', name: 'Deli ham', unit: 'kg', quantity: 1, unitPrice: 235, price: 235 }]);
    expect(receipt.total).toBe(211);
  });

  it('reports an unknown SKU and a weighed product without grams as problems, not exceptions', () => {
    const b = book({ currency: 'GBP', products: [{ sku: 'BAN', name: 'Bananas', price: 79, unit: 'kg' }], offers: [] });
    const result = priceBasket(b, [{ sku: 'NOPE' }, { sku: 'BAN' }]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: 'unknown-sku', item: 0, sku: 'NOPE', message: 'No product has SKU "NOPE"' },
        { kind: 'missing-grams', item: 1, sku: 'BAN', message: 'Bananas is sold by weight: give its weight in grams (or the price on its label)' },
      ],
    });
  });

  it('returns its best answer, unproven and never worse than first-come, when the budget runs out', () => {
    const items = ['A', 'A', 'A', 'A', 'B', 'B', 'B', 'D', 'E', 'D', 'E'];
    const cut = price(kata, items, { limits: { maxSteps: 1 } });
    expect(cut.optimal).toBe(false);
    expect(cut.total).toBeLessThanOrEqual(price(kata, items, { strategy: 'first-come' }).total);
  });

  it('counts the wall-clock guard from the start of the pricing, not from the start of the search', () => {
    // A big basket (small ones never read the clock outside the search).
    const items = [...Array<string>(120).fill('A'), ...Array<string>(60).fill('B'), ...Array<string>(20).fill('D'), ...Array<string>(20).fill('E')];
    // A clock read once at the start, then already past the guard: the search must not begin.
    let reads = 0;
    const clock = () => (reads++ === 0 ? 0 : 1000);
    const cut = price(kata, items, { limits: { clock, maxMs: 40 } });
    expect(cut.optimal).toBe(false);
    expect(cut.nearMisses).toEqual([]);
    expect(cut.total).toBeLessThanOrEqual(price(kata, items, { strategy: 'first-come' }).total);
  });
});
