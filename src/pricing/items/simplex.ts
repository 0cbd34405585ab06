import { Tableau } from './tableau';

/**
 * A small dense simplex for the LP relaxations of the pattern search: maximise `c·x` subject to
 * `A x ≤ b`, `x ≥ 0`, with `b ≥ 0`, so that the slack basis is feasible and no phase one is
 * needed. Dantzig's rule (the most positive reduced cost, ties to the lowest index), with Bland's
 * rule (the lowest improving index) after a run of degenerate pivots, which cannot cycle.
 *
 * Sizes here are a few dozen rows by a few hundred columns, so a dense tableau ({@link Tableau})
 * is cheaper than anything cleverer; branch and bound re-solves its nodes from their parent's
 * tableau by the dual simplex.
 */

/** An LP's optimum: its value and the primal solution. */
export interface LpOptimum {
  readonly value: number;
  readonly x: Float64Array;
}

/**
 * Solves `max c·x, A x ≤ b, x ≥ 0` (`A` row-major, `rows × cols`; every `b` ≥ 0). Returns
 * undefined when the LP is unbounded or `pay(work)` refuses (the caller's budget), where a pivot
 * costs `rows × width` flops.
 */
export function maximise(a: Float64Array, b: Float64Array, c: Float64Array, rows: number, cols: number, pay: (work: number) => boolean): LpOptimum | undefined {
  const tableau = Tableau.of(a, b, c, rows, cols);
  if (!tableau.primal(pay)) return undefined;
  return { value: tableau.value, x: tableau.solution() };
}
