/**
 * A dense simplex tableau for `max c·x, A x ≤ b, x ≥ 0` that branch and bound can re-solve from
 * its parent's optimum. The primal simplex solves the root from the slack basis (every `b` ≥ 0);
 * a branch adds one row, `x_j ≤ u` or `x_j ≥ l` (or the same of a sum of columns), written in the parent's optimal basis: the
 * basis stays dual feasible and only the new row is primal infeasible, so the dual simplex
 * restores the optimum in a pivot or a few, where solving the child from scratch took dozens.
 *
 * Layout: `rows` constraint rows then the objective row, each `width` wide: the structural
 * columns, one slack per row, the right side last. The objective row holds the reduced costs
 * (c_B B⁻¹ A − c; the basis is optimal when none is negative) and the value.
 */

/** Pivot tolerance: coefficients this close to zero are zero (the data are integers of a few thousand at most). */
const TOL = 1e-9;
/** Degenerate pivots in a row before Bland's rule takes over (it cannot cycle). */
const DEGENERATE_RUN = 32;

/** How a dual simplex run ended. */
export type DualOutcome = 'optimal' | 'infeasible' | 'below' | 'cut';

export class Tableau {
  private constructor(
    /** Constraint rows (the objective row comes after them). */
    readonly rows: number,
    /** Structural columns. */
    readonly cols: number,
    readonly width: number,
    readonly t: Float64Array,
    /** The basic column of each row. */
    readonly basis: Int32Array,
  ) {}

  /** The slack basis of `max c·x, A x ≤ b, x ≥ 0` (`A` row-major, `rows × cols`; every `b` ≥ 0). */
  static of(a: Float64Array, b: Float64Array, c: Float64Array, rows: number, cols: number): Tableau {
    const width = cols + rows + 1;
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
    return new Tableau(rows, cols, width, t, basis);
  }

  /** The objective's value at the current basis (an upper bound on the LP's optimum while the basis is dual feasible). */
  get value(): number {
    return this.t[this.rows * this.width + this.width - 1]!;
  }

  /**
   * Row `r`'s dual price at the current basis (its slack's reduced cost): at the optimum, what one
   * more unit of the row's right side would add to the value.
   */
  dualPrice(r: number): number {
    return this.t[this.rows * this.width + this.cols + r]!;
  }

  /** The structural variables' values at the current basis. */
  solution(): Float64Array {
    const x = new Float64Array(this.cols);
    for (let r = 0; r < this.rows; r++) if (this.basis[r]! < this.cols) x[this.basis[r]!] = this.t[r * this.width + this.width - 1]!;
    return x;
  }

  /**
   * Primal simplex from a primal feasible basis: Dantzig's rule (ties to the lowest index), Bland's
   * after a run of degenerate pivots. False when the LP is unbounded or `pay` refuses a pivot
   * (each costs `rows × width` flops).
   */
  primal(pay: (work: number) => boolean): boolean {
    const { rows, width, t } = this;
    const obj = rows * width;
    let degenerate = 0;
    for (;;) {
      if (!pay((rows + 1) * width)) return false;
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
      if (enter < 0) return true;
      let leave = -1;
      let ratio = Number.POSITIVE_INFINITY;
      for (let r = 0; r < rows; r++) {
        const coef = t[r * width + enter]!;
        if (coef <= TOL) continue;
        const q = t[r * width + width - 1]! / coef;
        if (q < ratio - TOL || (q < ratio + TOL && leave >= 0 && this.basis[r]! < this.basis[leave]!)) {
          ratio = q;
          leave = r;
        }
      }
      if (leave < 0) return false;
      degenerate = ratio <= TOL ? degenerate + 1 : 0;
      this.pivot(leave, enter);
    }
  }

  /**
   * Dual simplex from a dual feasible basis: the most infeasible row leaves, the entering column
   * keeps every reduced cost nonnegative (ties to the lowest index). Stops `'below'` as soon as
   * the value (which only falls) is under `floor`, `'infeasible'` when a row cannot be
   * satisfied, `'cut'` when `pay` refuses or after `most` pivots.
   */
  dual(pay: (work: number) => boolean, floor: number, most: number): DualOutcome {
    const { rows, width, t } = this;
    const obj = rows * width;
    for (let pivots = 0; ; pivots++) {
      if (this.value < floor) return 'below';
      let leave = -1;
      let lowest = -TOL * 1000;
      for (let r = 0; r < rows; r++) {
        const v = t[r * width + width - 1]!;
        if (v < lowest) {
          lowest = v;
          leave = r;
        }
      }
      if (leave < 0) return 'optimal';
      if (pivots >= most || !pay((rows + 1) * width)) return 'cut';
      let enter = -1;
      let ratio = Number.POSITIVE_INFINITY;
      for (let j = 0; j < width - 1; j++) {
        const coef = t[leave * width + j]!;
        if (coef >= -TOL) continue;
        const q = Math.max(0, t[obj + j]!) / -coef;
        if (q < ratio - TOL) {
          ratio = q;
          enter = j;
        }
      }
      if (enter < 0) return 'infeasible';
      this.pivot(leave, enter);
    }
  }

  /**
   * A copy with one more row: `x_j ≤ bound` (`sense` 1) or `x_j ≥ bound` (`sense` −1), written in
   * this basis (x_j's own row substituted in), with a slack of its own.
   */
  withBound(j: number, sense: 1 | -1, bound: number): Tableau {
    return this.withSum([j], sense, bound);
  }

  /**
   * A copy with one more row: the sum of the structural columns `js` (distinct) at most `bound`
   * (`sense` 1) or at least it (`sense` −1), written in this basis (each basic column's row
   * substituted in), with a slack of its own.
   */
  withSum(js: readonly number[], sense: 1 | -1, bound: number): Tableau {
    const { rows, width, t } = this;
    const w2 = width + 1;
    const t2 = new Float64Array((rows + 2) * w2);
    for (let r = 0; r <= rows; r++) {
      const from = r * width;
      const to = (r === rows ? rows + 1 : r) * w2;
      for (let k = 0; k < width - 1; k++) t2[to + k] = t[from + k]!;
      t2[to + w2 - 1] = t[from + width - 1]!;
    }
    const row = rows * w2;
    let rhs = bound;
    for (const j of js) {
      const at = this.basis.indexOf(j);
      if (at < 0) {
        t2[row + j] = t2[row + j]! + sense;
        continue;
      }
      // x_j = its row's value less its row times the nonbasic columns.
      for (let k = 0; k < width - 1; k++) t2[row + k] = t2[row + k]! - sense * t[at * width + k]!;
      rhs -= t[at * width + width - 1]!;
    }
    // A basic column's own entry is 1 in its row: substituted, it is gone from the new row.
    for (const j of js) if (this.basis.indexOf(j) >= 0) t2[row + j] = 0;
    t2[row + w2 - 1] = sense * rhs;
    t2[row + width - 1] = 1;
    const basis = new Int32Array(rows + 1);
    basis.set(this.basis);
    basis[rows] = width - 1;
    return new Tableau(rows + 1, this.cols, w2, t2, basis);
  }

  private pivot(leave: number, enter: number): void {
    const { rows, width, t } = this;
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
    this.basis[leave] = enter;
  }
}
