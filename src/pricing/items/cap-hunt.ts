import type { Programme } from './pattern-search';

/** Nodes the hunt may visit before it hands over what it found (each paid for by its work). */
export const MOST_HUNT_STEPS = 7_000;

/** What {@link huntCap} found: whole pattern counts within every row, and their value. */
export interface HuntResult {
  readonly counts: Int32Array<ArrayBuffer>;
  readonly value: number;
}

/**
 * A hunt for whole pattern counts worth `target` (the root LP's bound: under a cap it is the cap
 * itself, which the LP meets with fractional counts): depth first, patterns by value (most
 * first), each taken as many times as still fits first, like a subset sum filling the cap from
 * its largest pieces down. A branch is dropped when it cannot beat what was found, by the caps'
 * rows: what is left under a cap, times the best value per unit of its weight among the patterns
 * still to come. Stops at `target`, after {@link MOST_HUNT_STEPS} nodes, or when `pay` refuses a
 * node's work (flops: its rows, once per count tried, and the receipt's check of a better find). Returns the best counts found worth more than `least` that `accepts` takes
 * (the receipt's grouping of them saves what they count), if any.
 */
export function huntCap(prog: Programme, capsFrom: number, target: number, least: number, pay: (work: number) => boolean, accepts: (counts: Int32Array) => boolean): HuntResult | undefined {
  const { rows, cols, a, b, c } = prog;
  const order = Array.from({ length: cols }, (_, j) => j).sort((p, q) => c[q]! - c[p]! || p - q);
  // Per cap row and position in `order`: the best value per unit of weight from there on
  // (infinite where a pattern from there on weighs nothing under that cap).
  const ratio = new Float64Array((rows - capsFrom) * (cols + 1));
  for (let r = capsFrom; r < rows; r++) {
    const at = (r - capsFrom) * (cols + 1);
    for (let i = cols - 1; i >= 0; i--) {
      const j = order[i]!;
      const w = a[r * cols + j]!;
      const here = w > 0 ? c[j]! / w : c[j]! > 0 ? Number.POSITIVE_INFINITY : 0;
      ratio[at + i] = Math.max(here, ratio[at + i + 1]!);
    }
  }
  const left = Float64Array.from(b);
  const x = new Int32Array(cols);
  let best: HuntResult | undefined;
  let bestValue = least;
  let nodes = 0;
  let done = false;
  const bound = (i: number): number => {
    let most = Number.POSITIVE_INFINITY;
    for (let r = capsFrom; r < rows; r++) most = Math.min(most, left[r]! * ratio[(r - capsFrom) * (cols + 1) + i]!);
    return most;
  };
  const visit = (i: number, value: number): void => {
    if (value > bestValue && pay(cols) && accepts(x)) {
      bestValue = value;
      best = { counts: x.slice(), value };
      if (value >= target) done = true;
    }
    if (done || i === cols || value + bound(i) <= bestValue) return;
    const j = order[i]!;
    let k = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rows; r++) {
      const need = a[r * cols + j]!;
      if (need > 0) k = Math.min(k, Math.floor(left[r]! / need + 1e-6));
    }
    if (!Number.isFinite(k)) k = 0;
    if (++nodes > MOST_HUNT_STEPS || !pay(rows * (k + 3) + rows - capsFrom)) {
      done = true;
      return;
    }
    for (let r = 0; r < rows; r++) left[r] = left[r]! - k * a[r * cols + j]!;
    for (let times = k; times >= 0 && !done; times--) {
      x[j] = times;
      visit(i + 1, value + times * c[j]!);
      for (let r = 0; r < rows; r++) left[r] = left[r]! + a[r * cols + j]!;
    }
    // The loop gave back one row more than it took: put it right.
    for (let r = 0; r < rows; r++) left[r] = left[r]! - a[r * cols + j]!;
    x[j] = 0;
  };
  visit(0, 0);
  return best;
}
