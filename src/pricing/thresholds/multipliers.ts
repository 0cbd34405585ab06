import { FULL_PRICE, type ComponentPlan } from '../items/plan';
import { SuffixBound } from '../items/bound';
import type { SearchBudget } from '../search-budget';
import type { Choice } from '../items/search';
import { float64sOf } from '../arrays';
import { Objective } from './objective';
import type { Part } from './parts';

/** Subgradient steps tightening each part's saving bound against its known item optimum. */
export const BOUND_ITERATIONS = 16;

/**
 * Picks the multiplier on measure k's limit that gives the highest floor at the root (the floor is
 * concave in it: a golden-section search over [0, 1]; beyond 1 every eligible unit costs more than
 * it could save). Leaves the parts' coupled bounds built for the multiplier chosen. Stops at the
 * first multiplier whose floor reaches the incumbent, and says so: that floor settles the set.
 */
export function chooseMultiplier(objective: Objective, k: number, parts: readonly Part[], floorAt: () => number, incumbent: number, budget: SearchBudget): boolean {
  // Parts without a unit eligible for measure k do not depend on its multiplier.
  const affected = parts.filter((part) => hasEligible(part.eligible, k));
  // Probes only compare multipliers: a few subgradient steps from the previous probe's λ (the
  // multiplier moves little between probes) rank them; the one chosen gets the full tightening.
  const rebuild = (mu: number, iterations: number) => {
    objective.mu[k] = mu;
    for (const part of affected) part.coupled = coupledBound(part.plan, part.eligible, objective, part.itemSaving, part.itemChoices, budget, iterations, part.coupled);
    return floorAt();
  };
  // Any multiplier's bounds are valid: once one floor reaches the incumbent, there is nothing left to choose.
  let settled = false;
  const probe = (mu: number) => {
    if (settled) return Number.NEGATIVE_INFINITY;
    const floor = rebuild(mu, PROBE_ITERATIONS);
    settled = floor >= incumbent;
    return floor;
  };
  const golden = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = 1;
  let best = { mu: 0, floor: probe(0) };
  let a = hi - golden * (hi - lo);
  let b = lo + golden * (hi - lo);
  let fa = probe(a);
  let fb = probe(b);
  for (let it = 0; it < 6 && !budget.exhausted && !settled; it++) {
    if (fa > best.floor) best = { mu: a, floor: fa };
    if (fb > best.floor) best = { mu: b, floor: fb };
    if (fa >= fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - golden * (hi - lo);
      fa = probe(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + golden * (hi - lo);
      fb = probe(b);
    }
  }
  if (settled) return true;
  if (fa > best.floor) best = { mu: a, floor: fa };
  if (fb > best.floor) best = { mu: b, floor: fb };
  rebuild(best.mu, BOUND_ITERATIONS);
  return false;
}

/** Whether a part has a unit eligible for measure k (its coupled bound then depends on k's multiplier). */
export function hasEligible(eligible: readonly Uint8Array[], k: number): boolean {
  return eligible[k]!.includes(1);
}

/** Subgradient steps per probe of a multiplier in {@link chooseMultiplier}. */
const PROBE_ITERATIONS = 6;

/**
 * The coupled bound of a part for the objective's current rates and multipliers: using an eligible
 * unit costs (rate + mu) × its price. Tightened against the part's item optimum priced the same way,
 * starting from `warm`'s λ when given (the same part's bound for nearby multipliers).
 */
export function coupledBound(
  plan: ComponentPlan,
  eligible: readonly Uint8Array[],
  objective: Objective,
  itemSaving: number,
  itemChoices: readonly Choice[],
  budget: SearchBudget,
  iterations = BOUND_ITERATIONS,
  warm?: SuffixBound,
): SuffixBound {
  const cost = new Float64Array(plan.n);
  eligible.forEach((flags, mi) => {
    const rate = objective.unitRate(mi);
    if (rate > 0) for (let i = 0; i < plan.n; i++) if (flags[i]) cost[i] = cost[i]! + rate * plan.price[i]!;
  });
  const best = float64sOf(plan.stateless, (list, i) => list.reduce((x, o) => Math.max(x, o.offer === FULL_PRICE ? 0 : o.gain - cost[i]!), Number.NEGATIVE_INFINITY));
  const bound = new SuffixBound(plan, best, cost);
  if (warm !== undefined) for (let i = 0; i < plan.n; i++) bound.seedLambda(bound.classAt(i), warm.lambdaOf(warm.classAt(i)));
  // A solution's coupled value: the item optimum's saving less the cost of the units it uses.
  let target = itemSaving;
  for (let i = 0; i < plan.n; i++) if (itemChoices[i] !== undefined && itemChoices[i]!.kind !== 'none') target -= cost[i]!;
  // prepare() evaluates the starting λ before any step and builds the tables for the best λ.
  bound.prepare(target, iterations, budget);
  return bound;
}
