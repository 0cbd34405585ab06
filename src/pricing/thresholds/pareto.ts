export interface Entry {
  readonly s: number;
  /** Where its measures are in the search's {@link MeasureStore}. */
  readonly m: number;
  readonly parent: Entry | undefined;
  /** Option index at `position` (stateless options first, then stateful). */
  readonly choice: number;
  readonly part: number;
  readonly position: number;
}

/**
 * In entries sorted by saving, most first: the first whose saving is below `s`, or with
 * `orEqual`, the first at or below it.
 */
export function firstBelow(entries: readonly Entry[], s: number, orEqual = false): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = entries[mid]!.s;
    if (v > s || (v === s && !orEqual)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every entry's measures, one entry after another in one growing array: an entry keeps its offset,
 * so the search allocates no array per entry (tens of thousands on a hard set).
 */
export class MeasureStore {
  private data: Float64Array;
  private size = 0;

  constructor(private readonly width: number) {
    this.data = new Float64Array(width * 64);
  }

  /** Stores a copy of `m`; returns its offset. */
  add(m: Float64Array): number {
    const at = this.size;
    if (this.width === 0) return at;
    if (at + this.width > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(m, at);
    this.size += this.width;
    return at;
  }

  /** Copies the measures at `at` into `into`, and returns it. */
  read(at: number, into: Float64Array): Float64Array {
    for (let k = 0; k < this.width; k++) into[k] = this.data[at + k]!;
    return into;
  }

  /** Whether every measure at `at` is at most that of `m`. */
  atMost(at: number, m: Float64Array): boolean {
    for (let k = 0; k < this.width; k++) if (this.data[at + k]! > m[k]!) return false;
    return true;
  }

  /** Whether every measure at `a` is at most that at `b`. */
  within(a: number, b: number): boolean {
    for (let k = 0; k < this.width; k++) if (this.data[a + k]! > this.data[b + k]!) return false;
    return true;
  }
}
