import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { expectWithinRows, lpText, randomLp } from '../../../test-support/random-lp';
import { maximise } from './simplex';

const always = () => true;

describe('maximise, worked by hand', () => {
  it.each<[string, number[], number[], number[], number, number, number]>([
    // max 3x + 2y, x + y ≤ 4, x + 3y ≤ 6: x = 4, y = 0 gives 12.
    ['takes the corner x = 4', [1, 1, 1, 3], [4, 6], [3, 2], 2, 2, 12],
    // max x + y, x ≤ 2, y ≤ 3: 5.
    ['adds independent boxes', [1, 0, 0, 1], [2, 3], [1, 1], 2, 2, 5],
    // Kata Potter's 2, 2, 2, 1, 1 copies with the sets of four {0,1,2,3} and {0,1,2,4} (6.40 each)
    // and the set of five (10.00): two fours (12.80) beat the five and nothing.
    ['prefers two sets of four to one of five', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1], [2, 2, 2, 1, 1], [640, 640, 1000], 5, 3, 1280],
    // Nothing improves on zero when every gain is negative.
    ['stays at zero when nothing pays', [1, 1], [5], [-1, -2], 1, 2, 0],
  ])('%s', (_, a, b, c, rows, cols, value) => {
    const lp = maximise(Float64Array.from(a), Float64Array.from(b), Float64Array.from(c), rows, cols, always);
    expect(lp?.value).toBeCloseTo(value, 6);
  });

  it('reports an unbounded LP as undefined', () => {
    // max x, with x only in a row with a negative coefficient: x grows without limit.
    expect(maximise(Float64Array.from([-1]), Float64Array.from([3]), Float64Array.from([1]), 1, 1, always)).toBeUndefined();
  });

  it('stops when the budget refuses a pivot', () => {
    expect(maximise(Float64Array.from([1]), Float64Array.from([3]), Float64Array.from([1]), 1, 1, () => false)).toBeUndefined();
  });
});

describe('properties', () => {
  it('agrees with HiGHS on random LPs with nonnegative data, and its solution is feasible', async () => {
    const highs = await highsLoader();
    fc.assert(
      fc.property(randomLp(12), (lp) => {
        const { rows, cols, a, b, c } = lp;
        const found = maximise(Float64Array.from(a), Float64Array.from(b), Float64Array.from(c), rows, cols, always);
        const reference = highs.solve(lpText(lp), { output_flag: false });
        expect(reference.Status).toBe('Optimal');
        expect(found).toBeDefined();
        expect(found!.value).toBeCloseTo(reference.ObjectiveValue, 6);
        expectWithinRows(lp, found!.x);
      }),
      { numRuns: 300 },
    );
  });
});
