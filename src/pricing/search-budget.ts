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
  /**
   * Wall-clock guard in milliseconds per pricing: the whole pricing, from the basket's lines to
   * the receipt (and its near misses), not only the search. The search stops once
   * {@link SEARCH_SHARE} of it has gone, leaving the rest to finish the answer.
   */
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

/**
 * The share of the guard the search may use. The rest is for what comes after it (the chosen
 * solution priced with its thresholds, the receipt with every unit's share: linear in the basket,
 * a few milliseconds on a thousand units) and for what the engine does not control: a thousand-unit
 * pricing allocates enough to meet a garbage collection most times, and a collection can take as
 * long as that work again.
 */
export const SEARCH_SHARE = 0.5;

/** Baskets from this many units read the clock before each search and each near-miss trial. */
export const CLOCK_CHECK_FROM = 200;

/** A running budget shared by every search of one pricing. */
export class SearchBudget {
  steps = 0;
  exhausted = false;
  /** Steps past which {@link within} stops the work it runs; unlimited outside it. */
  private ceiling = Number.POSITIVE_INFINITY;

  /**
   * `deadline` is on the limits' clock; without it the search may use {@link SEARCH_SHARE} of
   * `maxMs` from now.
   */
  constructor(
    private readonly limits: SearchLimits,
    private readonly deadline = limits.clock ? limits.clock() + limits.maxMs * SEARCH_SHARE : Number.POSITIVE_INFINITY,
  ) {}

  /**
   * Whether the budget is gone, reading the clock now if the basket has `units` units or more
   * ({@link CLOCK_CHECK_FROM}): for callers about to start work that may spend no steps (a
   * near-miss trial answered from the cache still builds its model). A smaller basket's pricing
   * takes well under a millisecond outside the search, so it never reads the clock there: it is
   * priced the same however busy the machine is.
   */
  late(units: number): boolean {
    if (!this.exhausted && units >= CLOCK_CHECK_FROM && this.limits.clock !== undefined && this.limits.clock() > this.deadline) this.exhausted = true;
    return this.exhausted;
  }

  /** Spends `n` steps; returns false (and stays false) once the budget is gone. */
  spend(n: number): boolean {
    if (this.exhausted) return false;
    this.steps += n;
    // Reading the clock every step would cost more than the step; every 4096 is plenty.
    if (this.steps > this.limits.maxSteps || this.steps > this.ceiling || ((this.steps & 4095) < n && this.limits.clock !== undefined && this.limits.clock() > this.deadline)) {
      this.exhausted = true;
    }
    return !this.exhausted;
  }

  /**
   * Runs `work` with at most `steps` more steps. When only that cap stopped it, the budget is
   * not exhausted for what comes next, and `capped` is true: a first try that may give way to
   * another method. Steps spent still count.
   */
  within<T>(steps: number, work: () => T): { readonly result: T; readonly capped: boolean } {
    const outer = this.ceiling;
    this.ceiling = Math.min(outer, this.steps + steps);
    const result = work();
    const capped =
      this.exhausted &&
      this.steps > this.ceiling &&
      this.steps <= this.limits.maxSteps &&
      this.steps <= outer &&
      !(this.limits.clock !== undefined && this.limits.clock() > this.deadline);
    this.ceiling = outer;
    if (capped) this.exhausted = false;
    return { result, capped };
  }
}
