import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { expectWithinRows, lpText, randomLp, type RandomLp } from '../../../test-support/random-lp';
import { Tableau } from './tableau';

const always = () => true;

/**
 * A branch's re-solve against HiGHS's answer on the same LP: both infeasible (undefined), or both
 * optimal at the same value, with the branch's solution within the LP's rows (returned).
 */
function expectAsHighs(lp: RandomLp, child: Tableau, outcome: string, reference: { Status: string; ObjectiveValue: number }): Float64Array | undefined {
  if (reference.Status === 'Infeasible') {
    expect(outcome).toBe('infeasible');
    return undefined;
  }
  expect(reference.Status).toBe('Optimal');
  expect(outcome).toBe('optimal');
  expect(child.value).toBeCloseTo(reference.ObjectiveValue, 6);
  const x = child.solution();
  expectWithinRows(lp, x);
  return x;
}

describe('Tableau, worked by hand', () => {
  it('re-solves a branch from its parent by the dual simplex', () => {
    // max x + y, 2x + 2y ≤ 3, x ≤ 1 (row 2): the LP takes x = 1, y = 0.5 (1.5).
    const root = Tableau.of(Float64Array.from([2, 2, 1, 0]), Float64Array.from([3, 1]), Float64Array.from([1, 1]), 2, 2);
    expect(root.primal(always)).toBe(true);
    expect(root.value).toBeCloseTo(1.5, 9);
    // y ≤ 0: x = 1, value 1. y ≥ 1: x = 0.5, value 1.5.
    const down = root.withBound(1, 1, 0);
    expect(down.dual(always, Number.NEGATIVE_INFINITY, 50)).toBe('optimal');
    expect(down.value).toBeCloseTo(1, 9);
    const up = root.withBound(1, -1, 1);
    expect(up.dual(always, Number.NEGATIVE_INFINITY, 50)).toBe('optimal');
    expect(up.value).toBeCloseTo(1.5, 9);
    expect([...up.solution()].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0.5, 1]);
    // y ≥ 2 cannot hold; the root is untouched by its children.
    expect(root.withBound(1, -1, 2).dual(always, Number.NEGATIVE_INFINITY, 50)).toBe('infeasible');
    expect(root.value).toBeCloseTo(1.5, 9);
  });

  it('stops once the bound falls under the floor', () => {
    const root = Tableau.of(Float64Array.from([2, 2, 1, 0]), Float64Array.from([3, 1]), Float64Array.from([1, 1]), 2, 2);
    root.primal(always);
    expect(root.withBound(1, 1, 0).dual(always, 1.2, 50)).toBe('below');
  });
});

describe('properties', () => {
  it("gives dual prices that price every column at least at its value and sum to the LP's optimum", () => {
    fc.assert(
      fc.property(randomLp(10), ({ rows, cols, a, b, c }) => {
        const root = Tableau.of(Float64Array.from(a), Float64Array.from(b), Float64Array.from(c), rows, cols);
        expect(root.primal(always)).toBe(true);
        const y = Array.from({ length: rows }, (_, r) => root.dualPrice(r));
        // Dual feasible (y ≥ 0, yA ≥ c) and no gap (y·b = the optimum): the LP's own duals.
        for (const price of y) expect(price).toBeGreaterThanOrEqual(-1e-9);
        for (let j = 0; j < cols; j++) expect(y.reduce((t, price, r) => t + price * a[r * cols + j]!, 0)).toBeGreaterThanOrEqual(c[j]! - 1e-6);
        expect(y.reduce((t, price, r) => t + price * b[r]!, 0)).toBeCloseTo(root.value, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with HiGHS on random LPs after a bound on one variable, and the root stays as it was', async () => {
    const highs = await highsLoader();
    // A bound on one variable: x_j at most (`sense` 1) or at least (−1) `bound`.
    const instance = fc.record({ lp: randomLp(10), j: fc.nat(), sense: fc.constantFrom<1 | -1>(1, -1), bound: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(instance, ({ lp, j: pick, sense, bound }) => {
        const { rows, cols, a, b, c } = lp;
        const j = pick % cols;
        const root = Tableau.of(Float64Array.from(a), Float64Array.from(b), Float64Array.from(c), rows, cols);
        expect(root.primal(always)).toBe(true);
        const before = root.value;
        const child = root.withBound(j, sense, bound);
        const outcome = child.dual(always, Number.NEGATIVE_INFINITY, 1000);
        const reference = highs.solve(lpText(lp, [` bound: x${j} ${sense > 0 ? '<=' : '>='} ${bound}`]), { output_flag: false });
        expect(root.value).toBe(before);
        const x = expectAsHighs(lp, child, outcome, reference);
        if (x === undefined) return;
        if (sense > 0) expect(x[j]!).toBeLessThanOrEqual(bound + 1e-6);
        else expect(x[j]!).toBeGreaterThanOrEqual(bound - 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with HiGHS on random LPs after bounds on two sums of variables, one branch inside the other', async () => {
    const highs = await highsLoader();
    // A sum of some columns (picked by the bits of a mask) at most (`sense` 1) or at least (−1) `bound`.
    const sum = fc.record({ mask: fc.integer({ min: 1, max: 1023 }), sense: fc.constantFrom<1 | -1>(1, -1), bound: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(randomLp(10), sum, sum, (lp, first, second) => {
        const { rows, cols, a, b, c } = lp;
        const columns = (mask: number) => {
          const js = Array.from({ length: cols }, (_, j) => j).filter((j) => mask & (1 << j));
          return js.length > 0 ? js : [mask % cols];
        };
        const root = Tableau.of(Float64Array.from(a), Float64Array.from(b), Float64Array.from(c), rows, cols);
        expect(root.primal(always)).toBe(true);
        const text: string[] = [];
        let tab = root;
        for (const { mask, sense, bound } of [first, second]) {
          const js = columns(mask);
          text.push(` s${text.length}: ${js.map((j) => `+ x${j}`).join(' ')} ${sense > 0 ? '<=' : '>='} ${bound}`);
          const child = tab.withSum(js, sense, bound);
          const outcome = child.dual(always, Number.NEGATIVE_INFINITY, 1000);
          const x = expectAsHighs(lp, child, outcome, highs.solve(lpText(lp, text), { output_flag: false }));
          if (x === undefined) return;
          const total = js.reduce((t, j) => t + x[j]!, 0);
          if (sense > 0) expect(total).toBeLessThanOrEqual(bound + 1e-6);
          else expect(total).toBeGreaterThanOrEqual(bound - 1e-6);
          tab = child;
        }
      }),
      { numRuns: 300 },
    );
  });
});
