import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, money, percentOf, priceByWeight, roundHalfUp } from './money';

describe('money', () => {
  it.each([
    [5, 2, 3], // 2.5 rounds up
    [7, 2, 4], // 3.5 rounds up
    [149, 100, 1], // 1.49 rounds down
    [150, 100, 2], // 1.50 rounds up
    [0, 7, 0],
  ])('rounds %i / %i half up to %i', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });

  it.each([
    [199, 412, 82], // 1.99/kg × 412 g = 81.988p → 82p
    [250, 1000, 250],
    [79, 500, 40], // 39.5p rounds up to 40p
  ])('prices %ip/kg at %i g as %ip', (perKg, grams, expected) => {
    expect(priceByWeight(perKg, grams)).toBe(expected);
  });

  it('takes 25% of 199p as 50p (49.75 rounds up)', () => {
    expect(percentOf(199, 25)).toBe(50);
  });

  it('refuses a float as money', () => {
    expect(() => money(1.3)).toThrow(RangeError);
  });

  it.each([
    [100, [50, 30, 20], [50, 30, 20]],
    [20, [50, 50, 50], [7, 7, 6]], // remainders tie: the first parts take the extra pence
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [0, 0], [4, 3]], // all weights zero: an even split
  ])('allocates %i across %j as %j', (total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  describe('properties', () => {
    /** Largest remainder written the plain way: floors, then one each by remainder, ties to the lowest index. */
    const largestRemainder = (total: number, weights: readonly number[]): number[] => {
      const w = weights.every((x) => x === 0) ? weights.map(() => 1) : weights;
      const sum = w.reduce((a, b) => a + b, 0);
      const parts = w.map((x) => Math.floor((total * x) / sum));
      const order = w.map((_, i) => i).sort((a, b) => ((total * w[b]!) % sum) - ((total * w[a]!) % sum) || a - b);
      let left = total - parts.reduce((a, b) => a + b, 0);
      for (let k = 0; left > 0; k++, left--) parts[order[k]!]! += 1;
      return parts;
    };

    it('hands the minor units left over to the largest remainders, ties to the first part, however many parts', () => {
      fc.assert(
        fc.property(fc.nat(100_000), fc.array(fc.nat(2_000), { minLength: 1, maxLength: 60 }), (total, weights) => {
          expect(allocate(total, weights)).toEqual(largestRemainder(total, weights));
        }),
      );
    });

    it('allocates exactly the total, each part within one minor unit of its exact share', () => {
      fc.assert(
        fc.property(fc.nat(100_000), fc.array(fc.nat(10_000), { minLength: 1, maxLength: 12 }), (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = sum === 0 ? total / weights.length : (total * weights[i]!) / sum;
            expect(Math.abs(p - exact)).toBeLessThan(1);
          });
        }),
      );
    });
  });
});
