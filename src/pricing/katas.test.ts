import { describe, expect, it } from 'vitest';
import { priceBasket } from './price-basket';
import { validatePriceBook, type PriceBook } from './schema';
import { KATA_TITLES, kataPotterBook } from '../../test-support/kata-potter';

function book(json: unknown): PriceBook {
  const result = validatePriceBook(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.book;
}

/** Prices with the step budget alone (no clock), so the answer never depends on the machine. */
function price(b: PriceBook, skus: readonly string[]) {
  const result = priceBasket(
    b,
    skus.map((sku) => ({ sku })),
    { nearMisses: false, limits: { clock: undefined } },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.receipt;
}

/** Kata Potter: five titles at 8.00; a set of 2, 3, 4 or 5 different titles is 5, 10, 20 or 25% off. */
const potter = book(kataPotterBook());

/** `counts[i]` copies of title i. */
const books = (...counts: number[]) => counts.flatMap((n, i) => Array.from({ length: n }, () => KATA_TITLES[i]!));

describe('Kata Potter, worked by hand', () => {
  it.each([
    ['charges nothing for no books', books(), 0],
    ['charges 8.00 for one book', books(1), 800],
    ['gives no discount on two copies of one title', books(2), 1600],
    // 2 × 8.00 less 5%.
    ['takes 5% off two different titles', books(1, 1), 1520],
    // 3 × 8.00 less 10%.
    ['takes 10% off three different titles', books(1, 1, 1), 2160],
    // 4 × 8.00 less 20%.
    ['takes 20% off four different titles', books(1, 1, 1, 1), 2560],
    // 5 × 8.00 less 25%.
    ['takes 25% off five different titles', books(1, 1, 1, 1, 1), 3000],
    // A set of two (15.20) and the second copy at full price.
    ['prices a set of two and a spare copy', books(2, 1), 2320],
    // Two sets of two.
    ['makes two sets of two from two pairs', books(2, 2), 3040],
    // A set of four (25.60) and a set of two (15.20).
    ['makes a set of four and a set of two', books(2, 1, 2, 1), 4080],
    // The set of five (30.00) and the spare copy.
    ['makes the set of five and leaves the spare copy', books(1, 2, 1, 1, 1), 3800],
    // The kata's example: two sets of four (2 × 25.60) beat a five and a three (30.00 + 21.60).
    ['makes two sets of four from 2, 2, 2, 1, 1 copies', books(2, 2, 2, 1, 1), 5120],
    // The kata's edge case: three sets of five (3 × 30.00) and two sets of four (2 × 25.60).
    ['makes three fives and two fours from 5, 5, 4, 5, 4 copies', books(5, 5, 4, 5, 4), 14120],
  ])('%s', (_, skus, total) => {
    const receipt = price(potter, skus);
    expect(receipt.total).toBe(total);
    expect(receipt.optimal).toBe(true);
  });
});

/**
 * LeetCode 638 ("Shopping Offers") as a price book: `price[i]` is product i's price (here in whole
 * currency units, times 100), a special is a bundle with one slot per product it takes, and the
 * basket is exactly the needs.
 */
function shoppingOffers(prices: readonly number[], specials: readonly (readonly number[])[]): PriceBook {
  const sku = (i: number) => `I${i}`;
  return book({
    currency: 'USD',
    products: prices.map((p, i) => ({ sku: sku(i), name: sku(i), price: p * 100 })),
    offers: specials.map((s, k) => ({
      id: `special-${k}`,
      kind: 'bundle',
      slots: prices.flatMap((_, i) => (s[i]! > 0 ? [{ products: [sku(i)], quantity: s[i]! }] : [])),
      price: s[prices.length]! * 100,
    })),
  });
}

const needs = (counts: readonly number[]) => counts.flatMap((n, i) => Array.from({ length: n }, () => `I${i}`));

describe('LeetCode 638, worked by hand', () => {
  it.each<[string, number[], number[][], number[], number]>([
    // Special 2 (one A and two B for 10) and two A at 2: 10 + 4. Special 1 (3 A for 5) leaves 2 B at 10: 15.
    ['example 1: 3 A and 2 B cost 14', [2, 5], [[3, 0, 5], [1, 2, 10]], [3, 2], 14],
    // Special 1 (A + B for 4), one B at 3, one C at 4; special 2 needs two A.
    ['example 2: A, 2 B and C cost 11', [2, 3, 4], [[1, 1, 0, 4], [2, 2, 1, 9]], [1, 2, 1], 11],
    // A special dearer than its units (3 A for 7 > 6) is never taken: 3 × 2 + 2 × 5.
    ['ignores a special that saves nothing', [2, 5], [[3, 0, 7]], [3, 2], 16],
    // Two uses of special 1 (2 A + B for 6) beat one of special 2 (4 A + 2 B for 13).
    ['uses a special twice', [2, 5], [[2, 1, 6], [4, 2, 13]], [4, 2], 12],
  ])('%s', (_, prices, specials, counts, total) => {
    const receipt = price(shoppingOffers(prices, specials), needs(counts));
    expect(receipt.total).toBe(total * 100);
    expect(receipt.optimal).toBe(true);
  });
});
