/**
 * A small dense simplex for the LP relaxations of the pattern search: maximise `c·x` subject to
 * `A x ≤ b`, `x ≥ 0`, with `b ≥ 0`, so that the slack basis is feasible and no phase one is
 * needed. Dantzig's rule (the most positive reduced cost, ties to the lowest index), with Bland's
 * rule (the lowest improving index) after a run of degenerate pivots, which cannot cycle.
 *
 * Sizes here are a few dozen rows by a few hundred columns, so a dense tableau rebuilt per call is
 * cheaper than anything cleverer.
 */

/** An LP's optimum: its value and the primal solution. */
export interface LpOptimum {
  readonly value: number;
  readonly x: Float64Array;
}

/** Pivot tolerance: coefficients this close to zero are zero (the data are integers of a few thousand at most). */
const TOL = 1e-9;
/** Degenerate pivots in a row before Bland's rule takes over. */
const DEGENERATE_RUN = 32;

/**
 * Solves `max c·x, A x ≤ b, x ≥ 0` (`A` row-major, `rows × cols`; every `b` ≥ 0). Returns
 * undefined when the LP is unbounded or `pay(pivots)` refuses (the caller's budget), where a pivot
 * costs `rows × cols` flops.
 */
export function maximise(a: Float64Array, b: Float64Array, c: Float64Array, rows: number, cols: number, pay: (work: number) => boolean): LpOptimum | undefined {
  const width = cols + rows + 1;
  // Row r < rows: [A | I | b]; the last row: [−c | 0 | value].
  const t = new Float64Array((rows + 1) * width);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) t[r * width + j] = a[r * cols + j]!;
    t[r * width + cols + r] = 1;
    t[r * width + width - 1] = b[r]!;
  }
  const obj = rows * width;
  for (let j = 0; j < cols; j++) t[obj + j] = -c[j]!;
  const basis = new Int32Array(rows);
  for (let r = 0; r < rows; r++) basis[r] = cols + r;
  let degenerate = 0;
  for (;;) {
    if (!pay(rows * width)) return undefined;
    const bland = degenerate >= DEGENERATE_RUN;
    let enter = -1;
    let most = -TOL;
    for (let j = 0; j < width - 1; j++) {
      const d = t[obj + j]!;
      if (d < most) {
        enter = j;
        if (bland) break;
        most = d;
      }
    }
    if (enter < 0) break;
    let leave = -1;
    let ratio = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rows; r++) {
      const coef = t[r * width + enter]!;
      if (coef <= TOL) continue;
      const q = t[r * width + width - 1]! / coef;
      if (q < ratio - TOL || (q < ratio + TOL && leave >= 0 && basis[r]! < basis[leave]!)) {
        ratio = q;
        leave = r;
      }
    }
    if (leave < 0) return undefined;
    degenerate = ratio <= TOL ? degenerate + 1 : 0;
    pivot(t, rows, width, leave, enter);
    basis[leave] = enter;
  }
  const x = new Float64Array(cols);
  for (let r = 0; r < rows; r++) if (basis[r]! < cols) x[basis[r]!] = t[r * width + width - 1]!;
  return { value: t[obj + width - 1]!, x };
}

function pivot(t: Float64Array, rows: number, width: number, leave: number, enter: number): void {
  const base = leave * width;
  const p = t[base + enter]!;
  for (let j = 0; j < width; j++) t[base + j] = t[base + j]! / p;
  for (let r = 0; r <= rows; r++) {
    if (r === leave) continue;
    const row = r * width;
    const f = t[row + enter]!;
    if (f === 0) continue;
    for (let j = 0; j < width; j++) t[row + j] = t[row + j]! - f * t[base + j]!;
  }
}
