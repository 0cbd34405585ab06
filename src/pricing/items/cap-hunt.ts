import type { Programme } from './pattern-search';

/** Nodes the hunt may visit before it hands over what it found (each paid for by its work). */
export const MOST_HUNT_STEPS = 7_000;

/** Nodes the hunt around the LP's solution may visit ({@link huntAround}). */
export const MOST_AROUND_NODES = 3_500;

/**
 * Nodes of the brief hunt before the pattern search's first try under a cap, around the LP's
 * solution and then over the whole programme: most hunts that settle a set do so within a few
 * hundred nodes, and one that does not would fail for thousands more.
 */
export const BRIEF_HUNT_NODES = 300;

/** What {@link huntCap} found: whole pattern counts within every row, and their value. */
export interface HuntResult {
  readonly counts: Int32Array<ArrayBuffer>;
  readonly value: number;
}

/** How a hunt ended. */
export interface Hunt {
  /** The best counts found worth more than `least` that the caller accepts, if any. */
  readonly best: HuntResult | undefined;
  /**
   * True when the hunt settles the programme: `best` met the target, or every branch that could
   * beat `least` was searched and the caller accepted every better find, so no whole counts worth
   * more than `best` (or than `least`, with no `best`) exist.
   */
  readonly complete: boolean;
}

/**
 * A hunt for whole pattern counts worth `target` (the root LP's bound: under a cap it is the cap
 * itself, which the LP meets with fractional counts): depth first, patterns by value per unit
 * (most first, then by value), each taken as many times as still fits first, like a subset sum
 * filling the cap from its best pieces down. A branch is dropped when it cannot beat what was
 * found, by two bounds: the caps' rows (what is left under a cap, times the best value per unit of
 * its weight among the patterns still to come) and the classes' rows (each unit left, times the
 * best value per unit among the patterns still to come that use its class). The second is what
 * prunes where the cap weighs each pattern by its value: there the first is the cap itself,
 * however few units are left to reach it (seed 49's 25th meal-deal scan: 906k nodes by value with
 * the first alone, 1,562 by value per unit with both).
 *
 * The first `classRows` rows are the classes' units (every pattern uses one or more); rows from
 * `capsFrom` on are caps. Stops at `target`, after {@link MOST_HUNT_STEPS} nodes, or when `pay`
 * refuses a node's work (flops: its rows, once per count tried, its bounds, and the receipt's
 * check of a better find).
 */
export function huntCap(
  prog: Programme,
  classRows: number,
  capsFrom: number,
  target: number,
  least: number,
  pay: (work: number) => boolean,
  accepts: (counts: Int32Array) => boolean,
  mostNodes = MOST_HUNT_STEPS,
): Hunt {
  const { cols, a, c } = prog;
  const units = new Float64Array(cols);
  for (let j = 0; j < cols; j++) for (let r = 0; r < classRows; r++) units[j] = units[j]! + a[r * cols + j]!;
  // The classes' bound shares each pattern's value over its units: it needs every pattern to use some.
  const classes = units.every((n) => n > 0) ? classRows : 0;
  const perUnit = (j: number) => (classes > 0 ? c[j]! / units[j]! : c[j]!);
  const order = Array.from({ length: cols }, (_, j) => j).sort((p, q) => perUnit(q) - perUnit(p) || c[q]! - c[p]! || p - q);
  const hunt = new HuntState(prog, order, units, classes, capsFrom, pay, accepts, least, target, mostNodes);
  hunt.visit(0, 0);
  return { best: hunt.best, complete: hunt.reached || (!hunt.cut && !hunt.rejected) };
}

/**
 * The hunt near the LP's solution `lp`: its counts rounded down are kept, and {@link huntCap}
 * looks for the rest of `target` with the units and the cap they leave, a small programme it mostly
 * searches in full within {@link MOST_AROUND_NODES} nodes. Where the whole hunt fills the cap from
 * the best pieces down and can miss a sum for thousands of nodes, the LP has already chosen most of
 * it (seed 23's 28th meal-deal scan, cap 1,802: 17k nodes for the whole hunt, 3.2k around the LP).
 * At most `mostNodes` nodes. Returns the best counts found worth more than `least` that `accepts` takes, if any.
 */
export function huntAround(
  prog: Programme,
  lp: Float64Array,
  classRows: number,
  capsFrom: number,
  target: number,
  least: number,
  pay: (work: number) => boolean,
  accepts: (counts: Int32Array) => boolean,
  mostNodes = MOST_AROUND_NODES,
): HuntResult | undefined {
  const { rows, cols, a, c } = prog;
  const fixed = new Int32Array(cols);
  const b = Float64Array.from(prog.b);
  let value = 0;
  for (let j = 0; j < cols; j++) {
    const n = Math.floor(lp[j]! + 1e-6);
    fixed[j] = n;
    value += n * c[j]!;
    for (let r = 0; r < rows; r++) b[r] = b[r]! - n * a[r * cols + j]!;
  }
  // Nothing kept, it is the whole hunt; a row over its side (a count rounded up by the tolerance), no start.
  if (value === 0 || b.some((v) => v < 0)) return undefined;
  const counts = new Int32Array(cols);
  const withFixed = (x: Int32Array) => {
    for (let j = 0; j < cols; j++) counts[j] = x[j]! + fixed[j]!;
    return counts;
  };
  const { best } = huntCap({ rows, cols, a, b, c }, classRows, capsFrom, target - value, least - value, pay, (x) => accepts(withFixed(x)), mostNodes);
  if (best === undefined) return undefined;
  return { counts: withFixed(best.counts).slice(), value: best.value + value };
}

/** The hunt's depth-first search and what it has found so far. */
class HuntState {
  best: HuntResult | undefined;
  /** Whether a find met the target. */
  reached = false;
  /** Whether the node limit or `pay` stopped the hunt. */
  cut = false;
  /** Whether the caller refused a find better than the best. */
  rejected = false;
  private bestValue: number;
  private nodes = 0;
  private readonly left: Float64Array;
  private readonly x: Int32Array<ArrayBuffer>;
  /** The rows the bound reads: the classes' (the first `classRows`), then the caps'. */
  private readonly bounded: Int32Array;
  /**
   * Per bounded row and position in `order`: the best value per unit of the row among the
   * patterns from there on that use it (a pattern's value spread evenly over its units for a
   * class's row, over its weight for a cap's; infinite where a pattern of some value weighs
   * nothing under a cap).
   */
  private readonly ratio: Float64Array;

  constructor(
    private readonly prog: Programme,
    private readonly order: readonly number[],
    units: Float64Array,
    private readonly classRows: number,
    capsFrom: number,
    private readonly pay: (work: number) => boolean,
    private readonly accepts: (counts: Int32Array) => boolean,
    least: number,
    private readonly target: number,
    private readonly mostNodes: number,
  ) {
    const { rows, cols, a, b, c } = prog;
    this.bestValue = least;
    this.left = Float64Array.from(b);
    this.x = new Int32Array(cols);
    const bounded: number[] = [];
    for (let r = 0; r < rows; r++) if (r < classRows || r >= capsFrom) bounded.push(r);
    this.bounded = Int32Array.from(bounded);
    this.ratio = new Float64Array(bounded.length * (cols + 1));
    bounded.forEach((r, k) => {
      const at = k * (cols + 1);
      for (let i = cols - 1; i >= 0; i--) {
        const j = order[i]!;
        const w = a[r * cols + j]!;
        const here = r < classRows ? (w > 0 ? c[j]! / units[j]! : 0) : w > 0 ? c[j]! / w : c[j]! > 0 ? Number.POSITIVE_INFINITY : 0;
        this.ratio[at + i] = Math.max(here, this.ratio[at + i + 1]!);
      }
    });
  }

  /**
   * The most the patterns from position `i` on can add: under each cap, what is left times their
   * best value per unit of its weight; over the classes, each unit left times the best value per
   * unit among them that use its class (a pattern's value is the sum of its units' even shares).
   */
  private bound(i: number): number {
    const width = this.prog.cols + 1;
    let most = Number.POSITIVE_INFINITY;
    let classes = 0;
    for (let k = 0; k < this.bounded.length; k++) {
      const v = this.left[this.bounded[k]!]! * this.ratio[k * width + i]!;
      if (k < this.classRows) classes += v;
      else most = Math.min(most, v);
    }
    return this.classRows > 0 ? Math.min(most, classes) : most;
  }

  visit(i: number, value: number): void {
    const { rows, cols, a, c } = this.prog;
    const { left, x } = this;
    if (value > this.bestValue) {
      if (!this.pay(cols)) {
        this.cut = true;
        return;
      }
      if (this.accepts(x)) {
        this.bestValue = value;
        this.best = { counts: x.slice(), value };
        if (value >= this.target) this.reached = true;
      } else {
        this.rejected = true;
      }
    }
    if (this.reached || this.cut || i === cols || value + this.bound(i) <= this.bestValue) return;
    const j = this.order[i]!;
    let k = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rows; r++) {
      const need = a[r * cols + j]!;
      if (need > 0) k = Math.min(k, Math.floor(left[r]! / need + 1e-6));
    }
    if (!Number.isFinite(k)) k = 0;
    if (++this.nodes > this.mostNodes || !this.pay(rows * (k + 3) + this.bounded.length)) {
      this.cut = true;
      return;
    }
    for (let r = 0; r < rows; r++) left[r] = left[r]! - k * a[r * cols + j]!;
    let times = k;
    for (; times >= 0; times--) {
      x[j] = times;
      this.visit(i + 1, value + times * c[j]!);
      for (let r = 0; r < rows; r++) left[r] = left[r]! + a[r * cols + j]!;
      if (this.reached || this.cut) break;
    }
    // Each count tried gave its rows back once: one more than were taken after a full loop
    // (times = −1), fewer when the hunt stopped early at `times`.
    const extra = times < 0 ? 1 : 1 - times;
    for (let r = 0; r < rows; r++) left[r] = left[r]! - extra * a[r * cols + j]!;
    x[j] = 0;
  }
}
