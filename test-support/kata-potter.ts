/**
 * Kata Potter as a price book: five titles at 8.00; a set of 2, 3, 4 or 5 different titles is 5,
 * 10, 20 or 25% off (a bundle with one slot per title, for each of the 26 sets). Shared by the tests
 * that work its published example by hand; `offer-families.ts` draws seeded variants of it.
 */
import type { JsonPriceBook } from './price-book-json';

export const KATA_TITLES = ['B0', 'B1', 'B2', 'B3', 'B4'] as const;

const PERCENT_OFF: Record<number, number> = { 2: 5, 3: 10, 4: 20, 5: 25 };

/** The book, in euros; each set's offer id is `offerId(set)` (its titles joined by `+` unless given). */
export function kataPotterBook(offerId: (set: readonly string[]) => string = (set) => set.join('+')): JsonPriceBook {
  const sets = Array.from({ length: 31 }, (_, mask) => KATA_TITLES.filter((_, i) => ((mask + 1) >> i) & 1)).filter((set) => set.length >= 2);
  return {
    currency: 'EUR',
    products: KATA_TITLES.map((sku) => ({ sku, name: sku, price: 800 })),
    offers: sets.map((set) => ({ id: offerId(set), kind: 'bundle', slots: set.map((sku) => ({ products: [sku] })), price: (set.length * 800 * (100 - PERCENT_OFF[set.length]!)) / 100 })),
  };
}

/** The kata's example, 2, 2, 2, 1, 1 copies, as basket items: by hand two sets of four, 2 × 25.60 = 51.20. */
export const KATA_EXAMPLE = ['B0', 'B0', 'B1', 'B1', 'B2', 'B2', 'B3', 'B4'].map((sku) => ({ sku }));
