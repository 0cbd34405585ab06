/**
 * How much search the optimal strategy may do. Steps make results deterministic (the same basket
 * always gets the same answer); the wall-clock guard only ever cuts a search that has already
 * blown far past its expected time, so the till never freezes.
 */
export interface SearchLimits {
  /**
   * Search steps per pricing: deterministic units of work, about equally costly: an option tried
   * on a partial solution, a bound read, a Pareto entry compared, a unit visited by a bound
   * computation.
   */
  readonly maxSteps: number;
  /** Wall-clock guard in milliseconds per pricing. */
  readonly maxMs: number;
  /** The clock the guard reads, in milliseconds (injected: the engine never reads the time itself). */
  readonly clock: (() => number) | undefined;
}

/**
 * Defaults: ample for every benchmark size up to L (their pricings prove optimal in a few hundred
 * thousand steps at most); XL falls back gracefully, cut by the guard. The guard reads the
 * high-resolution monotonic clock, never the date.
 */
export const DEFAULT_LIMITS: SearchLimits = { maxSteps: 2_000_000, maxMs: 40, clock: () => performance.now() };

/** A running budget shared by every search of one pricing. */
export class SearchBudget {
  steps = 0;
  exhausted = false;
  private readonly deadline: number;

  constructor(private readonly limits: SearchLimits) {
    this.deadline = limits.clock ? limits.clock() + limits.maxMs : Number.POSITIVE_INFINITY;
  }

  /** Spends `n` steps; returns false (and stays false) once the budget is gone. */
  spend(n: number): boolean {
    if (this.exhausted) return false;
    this.steps += n;
    // Reading the clock every step would cost more than the step; every 4096 is plenty.
    if (this.steps > this.limits.maxSteps || ((this.steps & 4095) < n && this.limits.clock !== undefined && this.limits.clock() > this.deadline)) {
      this.exhausted = true;
    }
    return !this.exhausted;
  }
}
