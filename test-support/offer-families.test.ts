import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../src/pricing';
import { familyStore, OFFER_FAMILIES, type OfferFamily } from './offer-families';

const seeds = Array.from({ length: 30 }, (_, i) => i + 1);

describe('familyStore', () => {
  it.each(OFFER_FAMILIES)('gives the same %s store for the same seed, another for another seed', (family) => {
    expect(familyStore(family, 7)).toEqual(familyStore(family, 7));
    expect(familyStore(family, 8)).not.toEqual(familyStore(family, 7));
  });

  it.each(OFFER_FAMILIES)('makes valid %s books whose baskets are one unit a line', (family) => {
    for (const seed of seeds) {
      const { book, basket } = familyStore(family, seed);
      expect(validatePriceBook(book).ok).toBe(true);
      expect(basket.every((line) => line.quantity === undefined && book.products.some((p) => p.sku === line.sku))).toBe(true);
    }
  });

  it.each<[OfferFamily, number, number, number, number]>([
    // 26 sets: C(5,2) + C(5,3) + C(5,4) + C(5,5).
    ['kata-potter', 5, 26, 6, 40],
    ['kata-potter-threshold', 5, 27, 6, 40],
    // 8 bundles, a 3-for-2, a 2-for, a percent-off and a threshold.
    ['meal-deals', 15, 12, 8, 40],
    ['leetcode-638', 6, 14, 6, 30],
  ])('makes %s stores of %i+ products, %i offers and %i to %i units', (family, products, offers, least, most) => {
    for (const seed of seeds) {
      const { book, basket } = familyStore(family, seed);
      expect(book.products.length).toBeGreaterThanOrEqual(products);
      expect(book.offers).toHaveLength(offers);
      expect(basket.length).toBeGreaterThanOrEqual(least);
      expect(basket.length).toBeLessThanOrEqual(most);
    }
  });

  it('prices every Kata Potter set at 5, 10, 20 or 25% off by its number of titles', () => {
    for (const seed of seeds) {
      const { book } = familyStore('kata-potter', seed);
      const price = book.products[0]!.price;
      for (const offer of book.offers) {
        if (offer.kind !== 'bundle') throw new Error('a Kata Potter book holds only bundles');
        const n = offer.slots.length;
        expect(offer.price).toBe((n * price * (100 - [0, 0, 5, 10, 20, 25][n]!)) / 100);
      }
    }
  });

  it('gives every LeetCode 638 slot one product and 1 to 3 units of it', () => {
    for (const seed of seeds) {
      for (const offer of familyStore('leetcode-638', seed).book.offers) {
        if (offer.kind !== 'bundle') throw new Error('a LeetCode 638 book holds only bundles');
        for (const slot of offer.slots) {
          expect(slot.products).toHaveLength(1);
          expect(slot.quantity ?? 1).toBeGreaterThanOrEqual(1);
          expect(slot.quantity ?? 1).toBeLessThanOrEqual(3);
        }
      }
    }
  });
});
