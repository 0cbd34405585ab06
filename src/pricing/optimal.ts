import { evaluate, evaluateExclusive, type Evaluation } from './evaluate';
import type { Component, PricingModel } from './model';
import { maxThresholdSaving } from './offers/spend-threshold';
import type { SearchBudget } from './search-budget';
import { shareSaving } from './shares';
import { groupChoices, type ItemSolution } from './solution';
import { solveComponent, type Choice, type ComponentResult } from './solve-component';
import { solveTracked, trackedMeasures } from './solve-tracked';

/**
 * Keeps component results between pricings. A component's problem is identified by its classes,
 * counts and offers, so a scan that leaves it unchanged reuses its answer. Make one per price
 * book (the signature names offers by their position in the book).
 */
export class ComponentCache {
  private readonly results = new Map<string, ComponentResult>();
  constructor(private readonly capacity = 512) {}

  get(signature: string): ComponentResult | undefined {
    const hit = this.results.get(signature);
    if (hit !== undefined) {
      // Refresh recency.
      this.results.delete(signature);
      this.results.set(signature, hit);
    }
    return hit;
  }

  set(signature: string, result: ComponentResult): void {
    this.results.set(signature, result);
    if (this.results.size > this.capacity) this.results.delete(this.results.keys().next().value!);
  }
}

/** The optimal strategy's answer. */
export interface OptimalResult {
  readonly evaluation: Evaluation;
  readonly proven: boolean;
}

/**
 * The customer's lowest total.
 *
 * 1. Each component's item savings are maximised exactly and independently ({@link solveComponent}).
 * 2. That solution is priced with every threshold it reaches; first-come and every exclusive
 *    threshold alone are priced too. The best so far is the incumbent.
 * 3. Thresholds can make less item saving worth more. For each set of thresholds that could be
 *    reached together, a lower bound on the total is compared with the incumbent; only sets that
 *    could still win are searched jointly with the item offers ({@link solveTracked}).
 */
export function solveOptimal(model: PricingModel, budget: SearchBudget, firstCome: Evaluation, cache?: ComponentCache): OptimalResult {
  let proven = true;
  // The cache names offers by their place in the book: the model's list of offers that can apply
  // changes from scan to scan.
  const byBook = new Map(model.offers.map((o, i) => [o.bookIndex, i]));
  const translate = (r: ComponentResult, to: (offer: number) => number): ComponentResult => ({
    ...r,
    choices: r.choices.map((c) => (c.kind === 'offer' ? { ...c, offer: to(c.offer) } : c)),
  });
  const results = model.components.map((component) => {
    const cached = cache?.get(component.signature);
    if (cached !== undefined) return translate(cached, (book) => byBook.get(book)!);
    const result = solveComponent(model, component, budget);
    if (result.proven) cache?.set(component.signature, translate(result, (offer) => model.offers[offer]!.bookIndex));
    return result;
  });
  if (results.some((r) => !r.proven)) proven = false;
  const itemBest = solutionOf(model, model.components, results.map((r) => r.choices));

  let incumbent = better(evaluate(model, itemBest), firstCome);
  model.thresholds.forEach((t, i) => {
    if (!t.offer.exclusive) return;
    const exclusive = evaluateExclusive(model, i);
    if (exclusive !== undefined) incumbent = better(incumbent, exclusive);
  });

  const bestSaving = results.reduce((a, r) => a + r.saving, 0);
  const reachedByBest = new Set(evaluate(model, itemBest).thresholds.map((t) => t.threshold));
  for (const set of thresholdSets(model)) {
    // Whatever the items do, the total is at least this: a set that cannot beat the incumbent is skipped.
    const bound = model.subtotal - bestSaving - set.reduce((a, t) => a + maxThresholdSaving(model.thresholds[t]!.offer, model.subtotal), 0);
    if (bound >= incumbent.total) continue;
    if (set.every((t) => reachedByBest.has(t)) && itemOptimumIsBestFor(model, set)) continue;
    const touched = model.components.filter((c) => touches(model, c, set));
    const others = model.components.flatMap((c, i) => (touched.includes(c) ? [] : [i]));
    const fixed = solutionOf(model, others.map((i) => model.components[i]!), others.map((i) => results[i]!.choices));
    const measures = trackedMeasures(model, set);
    const fixedMeasures = measures.map((m) => {
      const eligible = model.thresholds[m.threshold]!.eligible;
      let value = 0;
      for (const app of fixed.applications) {
        if (m.kind === 'eligible-saving') {
          for (const [id, share] of shareSaving(model, app.units.flat(), app.saving)) if (eligible.has(model.units[id]!.classId)) value += share;
        } else {
          for (const id of app.units.flat()) if (eligible.has(model.units[id]!.classId)) value += model.units[id]!.price;
        }
      }
      for (const id of fixed.reduced) {
        const u = model.units[id]!;
        if (!eligible.has(u.classId) || !others.some((i) => model.components[i]!.sequence.includes(id))) continue;
        value += m.kind === 'eligible-saving' ? u.price - u.reducedPrice! : u.price;
      }
      return value;
    });
    const fixedSaving = others.reduce((a, i) => a + results[i]!.saving, 0);
    const tracked = solveTracked(model, { thresholds: set, components: touched, fixedSaving, fixedMeasures }, budget);
    if (budget.exhausted) {
      proven = false;
      break;
    }
    if (tracked === undefined || tracked.total >= incumbent.total) continue;
    const choices = model.components.map((c, i) => {
      const at = touched.indexOf(c);
      return at >= 0 ? tracked.choices[at]! : results[i]!.choices;
    });
    incumbent = better(incumbent, evaluate(model, solutionOf(model, model.components, choices)));
  }
  if (!groupingIsExact(model)) proven = false;
  return { evaluation: incumbent, proven };
}

function better(a: Evaluation, b: Evaluation): Evaluation {
  return b.total < a.total ? b : a;
}

/** Builds an item solution from per-component choices. */
function solutionOf(model: PricingModel, components: readonly Component[], choices: ReadonlyArray<readonly Choice[]>): ItemSolution {
  const assigned: Array<{ unit: number; offer: number; slot: number }> = [];
  components.forEach((component, c) =>
    component.sequence.forEach((unit, i) => {
      const choice = choices[c]![i]!;
      if (choice.kind === 'offer') assigned.push({ unit, offer: choice.offer, slot: choice.slot });
    }),
  );
  return groupChoices(model, assigned);
}

/**
 * Sets of non-exclusive thresholds that could be reached together, largest first. A threshold
 * measured before offers is reached or not whatever the items do, so it is in every set or none.
 */
function thresholdSets(model: PricingModel): number[][] {
  const fixed: number[] = [];
  const free: number[] = [];
  model.thresholds.forEach((t, i) => {
    if (t.offer.exclusive) return;
    if (t.offer.basis === 'before-offers') {
      let full = 0;
      for (const u of model.units) if (t.eligible.has(u.classId)) full += u.price;
      if (full >= t.offer.threshold) fixed.push(i);
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
function itemOptimumIsBestFor(model: PricingModel, set: readonly number[]): boolean {
  let wholeBasketPercent = 0;
  for (const t of set) {
    const th = model.thresholds[t]!;
    const { offer } = th;
    if (offer.percent !== undefined && offer.basis === 'after-offers' && th.wholeBasket) {
      wholeBasketPercent += offer.percent;
    } else if (offer.amount !== undefined || offer.basis === 'before-offers') {
      // Fixed reward: only its cap (what eligible units still pay) could shrink with more saving.
      const reward = maxThresholdSaving(offer, model.subtotal);
      if (reward > minimumEligiblePaid(model, th.eligible)) return false;
    } else {
      return false;
    }
  }
  return wholeBasketPercent <= 100;
}

/** A floor on what eligible units pay after any item offers: units no offer can touch pay in full. */
function minimumEligiblePaid(model: PricingModel, eligible: ReadonlySet<number>): number {
  const touchable = new Set(model.offers.flatMap((o) => [...o.slotsByClass.keys()]));
  let paid = 0;
  for (const u of model.units) {
    if (!eligible.has(u.classId) || touchable.has(u.classId)) continue;
    paid += u.reducedPrice ?? u.price;
  }
  return paid;
}

function touches(model: PricingModel, component: Component, set: readonly number[]): boolean {
  return set.some((t) => {
    const th = model.thresholds[t]!;
    return th.wholeBasket || component.classes.some((c) => th.eligible.has(c));
  });
}

/**
 * Solutions group an offer's units consecutively in descending price. That is exact for every
 * total except when a threshold measured after offers (or on full-price units) counts only some
 * of an offer's eligible units and that offer could apply twice or more: how units are grouped
 * then changes how the saving is shared between counted and uncounted units. The answer is
 * still correct for its grouping, just not proven the lowest.
 */
function groupingIsExact(model: PricingModel): boolean {
  for (const th of model.thresholds) {
    if (th.wholeBasket || th.offer.basis === 'before-offers') continue;
    for (const o of model.offers) {
      if (o.rule.slotSizes(o.offer as never).reduce((a, b) => a + b, 0) === 1) continue;
      const classes = [...o.slotsByClass.keys()];
      const mixed = classes.some((c) => th.eligible.has(c)) && classes.some((c) => !th.eligible.has(c));
      const units = classes.reduce((a, c) => a + model.classes[c]!.units.length, 0);
      if (mixed && units >= 2 * o.groupSize && o.limit >= 2) return false;
    }
  }
  return true;
}
