import fc from 'fast-check';
import { expect } from 'vitest';

/** A linear programme max c·x, A x ≤ b, x ≥ 0, with A row-major (`rows` × `cols`). */
export interface RandomLp {
  readonly rows: number;
  readonly cols: number;
  readonly a: number[];
  readonly b: number[];
  readonly c: number[];
}

/**
 * Small LPs with nonnegative constraint data, as the pattern search builds them (units used per
 * pattern, units on hand), and gains of either sign; bounded: every column with a positive gain
 * has a positive coefficient somewhere.
 */
export function randomLp(maxCols: number): fc.Arbitrary<RandomLp> {
  return fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: maxCols }) })
    .chain(({ rows, cols }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        a: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows * cols, maxLength: rows * cols }),
        b: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: rows, maxLength: rows }),
        c: fc.array(fc.integer({ min: -5, max: 60 }), { minLength: cols, maxLength: cols }),
      }),
    )
    .filter(({ a, c, rows, cols }) => c.every((k, j) => k <= 0 || Array.from({ length: rows }, (_, r) => a[r * cols + j]!).some((x) => x > 0)));
}

/** The LP in CPLEX LP text, for HiGHS; `extra` are sections after the constraints (bounds, integers). */
export function lpText({ a, b, c, rows, cols }: RandomLp, extra: readonly string[] = []): string {
  const term = (k: number, j: number) => `${k >= 0 ? '+' : '-'} ${Math.abs(k)} x${j}`;
  const lines = ['Maximize', ` obj: ${c.map((k, j) => term(k, j)).join(' ')}`, 'Subject To'];
  for (let r = 0; r < rows; r++) lines.push(` r${r}: ${a.slice(r * cols, (r + 1) * cols).map((k, j) => term(k, j)).join(' ')} <= ${b[r]}`);
  lines.push(...extra, 'End');
  return lines.join('\n');
}

/** Asserts `x` is a solution of the LP's rows: A x ≤ b and x ≥ 0, to rounding. */
export function expectWithinRows({ a, b, rows, cols }: RandomLp, x: ArrayLike<number>): void {
  for (let r = 0; r < rows; r++) {
    let used = 0;
    for (let j = 0; j < cols; j++) used += a[r * cols + j]! * x[j]!;
    expect(used).toBeLessThanOrEqual(b[r]! + 1e-6);
  }
  for (let j = 0; j < cols; j++) expect(x[j]!).toBeGreaterThanOrEqual(-1e-9);
}
