import { evaluate, type Evaluation } from '../evaluate';
import type { Choice, ComponentResult } from '../items/search';
import type { Component, PricingModel } from '../model';
import { maxThresholdSaving } from '../offers/spend-threshold';
import type { SearchBudget } from '../search-budget';
import { shareSaving } from '../shares';
import { solutionOf, type ItemSolution } from '../solution';
import { joined } from '../arrays';
import { settleByPatterns, wholeBasket } from './capped-patterns';
import { solveTracked, type TrackedProblem, type TrackedResult } from './joint-search';
import type { Measure, PaidFloors } from './measures';
import { Objective } from './objective';
import { thresholdCandidate } from './quick-candidate';

/** The item optimum a pricing found, which every threshold set starts from. */
export interface ItemOptimum {
  /** Per component of the model: its result. */
  readonly results: readonly ComponentResult[];
  readonly solution: ItemSolution;
  readonly saving: number;
  /** The thresholds the item optimum reaches. */
  readonly reached: ReadonlySet<number>;
}

/** The best answer so far, which settling a set may improve. */
export interface Incumbent {
  best: Evaluation;
}

/**
 * How settling a set of thresholds ended: `settled` (no solution reaching it beats the incumbent,
 * or the best that does is now the incumbent), `unproven` (the incumbent may have improved, but the
 * set is not settled) or `out-of-budget` (the pricing must stop searching).
 */
export type SetOutcome = 'settled' | 'unproven' | 'out-of-budget';

/**
 * Settles one set of thresholds assumed reached against the incumbent: a floor on its total
 * ({@link Objective.lowestTotal}) skips it when it cannot beat the incumbent; so does the item
 * optimum when it already reaches the set and more saving can only help. Otherwise a quick
 * candidate ({@link thresholdCandidate}) often meets the floor; then the capped pattern search
 * ({@link settleByPatterns}); what is left is searched jointly with the item offers
 * ({@link solveTracked}), and again relaxed where the search's grouping of a fixed-price offer was
 * its only doubt.
 */
export function settleSet(model: PricingModel, set: readonly number[], item: ItemOptimum, floors: PaidFloors, budget: SearchBudget, incumbent: Incumbent): SetOutcome {
  const objective = new Objective(model, set, floors);
  // Whatever the items do, the total is at least this: a set that cannot beat the incumbent is skipped.
  if (objective.lowestTotal(item.saving) >= incumbent.best.total) return 'settled';
  if (set.every((t) => item.reached.has(t)) && itemOptimumIsBestFor(model, set, floors)) return 'settled';
  const candidate = thresholdCandidate(model, item.solution, set, budget);
  if (candidate !== undefined) incumbent.best = better(incumbent.best, evaluate(model, candidate));
  if (objective.lowestTotal(item.saving) >= incumbent.best.total) return 'settled';
  // The capped search's answer settles the set; cut short, its best is still the joint search's
  // incumbent (its bound prunes against it: on meal deals, a quarter of the steps or less).
  const offer = (choices: Choice[]) => {
    incumbent.best = better(incumbent.best, evaluate(model, solutionOf(model, [wholeBasket(model)], [choices])));
  };
  const capped = settleByPatterns(model, set, budget, leastWorthSaving(objective, incumbent.best.total, item.saving), offer);
  if (capped === 'unreachable' || capped === 'below') return 'settled';
  if (capped !== undefined) {
    offer(capped);
    return 'settled';
  }
  const touched = model.components.filter((c) => touches(model, c, set));
  const others = model.components.flatMap((c, i) => (touched.includes(c) ? [] : [i]));
  const fixed = solutionOf(model, others.map((i) => model.components[i]!), others.map((i) => item.results[i]!.choices));
  const { measures } = objective;
  const fixedMeasures = fixedMeasuresOf(model, measures, fixed, others);
  const fixedSaving = others.reduce((a, i) => a + item.results[i]!.saving, 0);
  const exactGrouping = groupingIsExact(model, measures);
  const results = touched.map((c) => item.results[model.components.indexOf(c)]!);
  const problem: TrackedProblem = { objective, components: touched, fixedSaving, fixedMeasures };
  // Prices what a joint search found; false when pricing it gives more than the search measured.
  const accept = (found: TrackedResult['best']): boolean => {
    if (found === undefined) return true;
    const choices = model.components.map((c, i) => {
      const at = touched.indexOf(c);
      return at >= 0 ? found.choices[at]! : item.results[i]!.choices;
    });
    const evaluation = evaluate(model, solutionOf(model, model.components, choices));
    incumbent.best = better(incumbent.best, evaluation);
    return evaluation.total <= found.total;
  };
  const tracked = solveTracked(model, problem, budget, incumbent.best.total, results);
  if (budget.exhausted) return 'out-of-budget';
  // A tripwire: the search measured its answer as it will be priced. If pricing it gives more,
  // the search's model of this set was wrong and what it pruned proves nothing.
  let settled = accept(tracked.best) && tracked.exact;
  if (!settled && tracked.validityOnly) {
    // The search may have refused a fixed-price offer's units that another grouping would take.
    // The same search with no application bound to save money is a relaxation: if it finds
    // nothing better, or something that prices as it measured, the set is settled. It reuses the
    // exact search's parts (plans, bounds, multipliers), handed over explicitly.
    const relaxed = solveTracked(model, problem, budget, incumbent.best.total, results, tracked.parts);
    if (budget.exhausted) return 'out-of-budget';
    settled = accept(relaxed.best) && relaxed.exact;
  }
  return settled && exactGrouping ? 'settled' : 'unproven';
}

/**
 * The least item saving whose floor on the set's total ({@link Objective.lowestTotal}, which falls
 * as saving rises) is under the incumbent's total: a solution saving less cannot beat it. `most`
 * is a saving whose floor is under it (the item optimum's, here).
 */
function leastWorthSaving(objective: Objective, incumbentTotal: number, most: number): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (objective.lowestTotal(mid) < incumbentTotal) high = mid;
    else low = mid + 1;
  }
  return low;
}

function better(a: Evaluation, b: Evaluation): Evaluation {
  return b.total < a.total ? b : a;
}

/** Each measure's value over the components kept at their item optimum (`others`, by index). */
function fixedMeasuresOf(model: PricingModel, measures: readonly Measure[], fixed: ItemSolution, others: readonly number[]): number[] {
  return measures.map((m) => {
    const eligible = model.thresholds[m.threshold]!.eligible;
    let value = 0;
    for (const app of fixed.applications) {
      if (m.kind === 'eligible-saving') {
        const { ids, shares } = shareSaving(model, joined(app.units), app.saving);
        for (let u = 0; u < ids.length; u++) if (eligible.has(model.units[ids[u]!]!.classId)) value += shares[u]!;
      } else {
        for (const id of joined(app.units)) if (eligible.has(model.units[id]!.classId)) value += model.units[id]!.price;
      }
    }
    for (const id of fixed.reduced) {
      const u = model.units[id]!;
      if (!eligible.has(u.classId) || !others.some((i) => model.components[i]!.sequence.includes(id))) continue;
      value += m.kind === 'eligible-saving' ? u.price - u.reducedPrice! : u.price;
    }
    return value;
  });
}

/**
 * Sets of non-exclusive thresholds that could be reached together, largest first. A threshold
 * measured before offers is reached or not whatever the items do, so it is in every set or none.
 */
export function thresholdSets(model: PricingModel): number[][] {
  const fixed: number[] = [];
  const free: number[] = [];
  model.thresholds.forEach((t, i) => {
    if (t.offer.exclusive) return;
    if (t.offer.basis === 'before-offers') {
      if (t.full >= t.offer.threshold) fixed.push(i);
    } else {
      free.push(i);
    }
  });
  const sets: number[][] = [];
  for (let mask = (1 << free.length) - 1; mask >= 0; mask--) {
    sets.push([...fixed, ...free.filter((_, b) => mask & (1 << b))].sort((a, b) => a - b));
  }
  return sets.filter((s) => s.length > 0);
}

/**
 * When the item optimum already reaches every threshold of a set, it is also the best solution
 * for that set if extra item saving can never cost more threshold reward than it saves: rewards
 * that are fixed amounts whose cap cannot bind, or whole-basket percentages measured after offers
 * whose percents sum to at most 100. Anything else is searched.
 */
function itemOptimumIsBestFor(model: PricingModel, set: readonly number[], floors: PaidFloors): boolean {
  let wholeBasketPercent = 0;
  for (const t of set) {
    const th = model.thresholds[t]!;
    const { offer } = th;
    if (offer.percent !== undefined && offer.basis === 'after-offers' && th.wholeBasket) {
      wholeBasketPercent += offer.percent;
    } else if (offer.amount !== undefined || offer.basis === 'before-offers') {
      // Fixed reward: only its cap (what eligible units still pay) could shrink with more saving.
      const reward = maxThresholdSaving(offer, model.subtotal);
      if (reward > floors.minimumEligiblePaid(th)) return false;
    } else {
      return false;
    }
  }
  return wholeBasketPercent <= 100;
}

function touches(model: PricingModel, component: Component, set: readonly number[]): boolean {
  return set.some((t) => {
    const th = model.thresholds[t]!;
    return th.wholeBasket || component.classes.some((c) => th.eligible.has(c));
  });
}

/**
 * Solutions group an offer's units consecutively in the solvers' order. That is exact for every
 * total except where the joint search tracks how item saving is shared onto a targeted
 * threshold's eligible units (measured after offers, or with a cap that could bind) and an offer
 * straddles them with room for two applications or more: how its units are grouped then changes
 * how the saving is shared between counted and uncounted units, and other groupings are not
 * searched. The answer is still correct for its grouping, just not proven the lowest.
 */
function groupingIsExact(model: PricingModel, measures: readonly Measure[]): boolean {
  for (const m of measures) {
    if (m.kind !== 'eligible-saving') continue;
    const th = model.thresholds[m.threshold]!;
    for (const o of model.offers) {
      if (o.groupSize === 1) continue;
      const classes = [...o.slotsByClass.keys()];
      const mixed = classes.some((c) => th.eligible.has(c)) && classes.some((c) => !th.eligible.has(c));
      const units = classes.reduce((a, c) => a + model.classes[c]!.units.length, 0);
      if (mixed && units >= 2 * o.groupSize && o.limit >= 2) return false;
    }
  }
  return true;
}
