import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { maximise } from './simplex';

const always = () => true;

/** The LP in CPLEX LP text, for HiGHS. */
function lpText(a: readonly number[], b: readonly number[], c: readonly number[], rows: number, cols: number, integer: boolean): string {
  const term = (k: number, j: number) => `${k >= 0 ? '+' : '-'} ${Math.abs(k)} x${j}`;
  const lines = ['Maximize', ` obj: ${c.map((k, j) => term(k, j)).join(' ')}`, 'Subject To'];
  for (let r = 0; r < rows; r++) lines.push(` r${r}: ${a.slice(r * cols, (r + 1) * cols).map((k, j) => term(k, j)).join(' ')} <= ${b[r]}`);
  if (integer) lines.push('General', ` ${c.map((_, j) => `x${j}`).join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

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
    const instance = fc
      .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 12 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          a: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows * cols, maxLength: rows * cols }),
          b: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: rows, maxLength: rows }),
          c: fc.array(fc.integer({ min: -5, max: 60 }), { minLength: cols, maxLength: cols }),
        }),
      )
      // Every column with a positive gain needs a positive coefficient somewhere, or the LP is unbounded.
      .filter(({ a, c, rows, cols }) => c.every((k, j) => k <= 0 || Array.from({ length: rows }, (_, r) => a[r * cols + j]!).some((x) => x > 0)));
    fc.assert(
      fc.property(instance, ({ rows, cols, a, b, c }) => {
        const lp = maximise(Float64Array.from(a), Float64Array.from(b), Float64Array.from(c), rows, cols, always);
        const reference = highs.solve(lpText(a, b, c, rows, cols, false), { output_flag: false });
        expect(reference.Status).toBe('Optimal');
        expect(lp).toBeDefined();
        expect(lp!.value).toBeCloseTo(reference.ObjectiveValue, 6);
        for (let r = 0; r < rows; r++) {
          let used = 0;
          for (let j = 0; j < cols; j++) used += a[r * cols + j]! * lp!.x[j]!;
          expect(used).toBeLessThanOrEqual(b[r]! + 1e-6);
        }
        for (const x of lp!.x) expect(x).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
