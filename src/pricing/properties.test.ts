import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRICING_DATE, randomStore, type StoreSize } from '../../test-support/random-store';
import type { BasketItem } from './basket';
import { priceBasket, type PriceOptions } from './price-basket';
import type { Receipt } from './receipt';
import { validatePriceBook, type PriceBook } from './schema';

function store(seed: number, size: StoreSize): { book: PriceBook; basket: BasketItem[] } {
  const { book, basket } = randomStore(seed, size);
  const valid = validatePriceBook(book);
  if (!valid.ok) throw new Error(`generator made an invalid book: ${JSON.stringify(valid.issues)}`);
  return { book: valid.book, basket: basket.map((line) => ({ ...line })) };
}

function price(book: PriceBook, basket: readonly BasketItem[], options: PriceOptions = {}): Receipt {
  const result = priceBasket(book, basket, { date: PRICING_DATE, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.receipt;
}

/** A random store and basket (tiny or small), and a permutation of the basket. */
const instance = fc
  .record({ seed: fc.integer({ min: 1, max: 1_000_000 }), size: fc.constantFrom<StoreSize>('tiny', 'tiny', 'S') })
  .chain(({ seed, size }) => {
    const { book, basket } = store(seed, size);
    return fc.record({ book: fc.constant(book), basket: fc.constant(basket), shuffled: fc.shuffledSubarray(basket, { minLength: basket.length }) });
  });

describe('properties', () => {
  it('never totals more than the full-price sum, nor below zero', () => {
    fc.assert(
      fc.property(instance, ({ book, basket }) => {
        const r = price(book, basket);
        expect(r.total).toBeLessThanOrEqual(r.subtotal);
        expect(r.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same proven total whatever the order of the scans', () => {
    fc.assert(
      fc.property(instance, ({ book, basket, shuffled }) => {
        const a = price(book, basket);
        const b = price(book, shuffled);
        if (a.optimal && b.optimal) expect(b.total).toBe(a.total);
      }),
      { numRuns: 300 },
    );
  });

  it('is never above first-come', () => {
    fc.assert(
      fc.property(instance, ({ book, basket }) => {
        expect(price(book, basket).total).toBeLessThanOrEqual(price(book, basket, { strategy: 'first-come' }).total);
      }),
      { numRuns: 300 },
    );
  });

  it('sums discount lines exactly to the savings, and unit shares to each discount', () => {
    fc.assert(
      fc.property(instance, fc.constantFrom<'optimal' | 'first-come'>('optimal', 'first-come'), ({ book, basket }, strategy) => {
        const r = price(book, basket, { strategy });
        expect(r.discounts.reduce((a, d) => a + d.saving, 0)).toBe(r.savings);
        expect(r.subtotal - r.savings).toBe(r.total);
        for (const d of r.discounts) {
          expect(d.saving).toBeGreaterThan(0);
          if (d.kind !== 'spend-threshold') expect(d.units.reduce((a, u) => a + u.share, 0)).toBe(d.saving);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses no unit in two item discounts', () => {
    fc.assert(
      fc.property(instance, ({ book, basket }) => {
        const r = price(book, basket);
        const used = new Map<number, number>();
        for (const d of r.discounts) for (const u of d.units) used.set(u.line, (used.get(u.line) ?? 0) + 1);
        for (const [line, count] of used) expect(count).toBeLessThanOrEqual(r.lines[line]!.quantity);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(instance, ({ book, basket }) => {
        // No wall-clock guard: the step budget alone decides, so two runs must agree to the letter.
        const options: PriceOptions = { limits: { clock: undefined } };
        expect(price(book, basket, options)).toEqual(price(book, basket, options));
      }),
      { numRuns: 150 },
    );
  });
});
