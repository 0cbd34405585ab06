import { evaluate, evaluateExclusive, type Evaluation } from './evaluate';
import { solveGreedy } from './greedy';
import { classKey, signatureOf, type Component, type PricingModel } from './model';
import { maxThresholdSaving } from './offers/spend-threshold';
import type { SearchBudget } from './search-budget';
import { shareSaving } from './shares';
import { groupChoices, type ItemSolution } from './solution';
import { solveComponent, type Choice, type ComponentResult, type WarmStart } from './items/search';
import { thresholdCandidate } from './thresholds/quick-candidate';
import { Objective, minimumEligiblePaid, solveTracked, type Measure, type TrackedResult } from './solve-tracked';
import { joined } from './arrays';
import { settleByPatterns } from './thresholds/capped-patterns';

/**
 * Keeps component results between pricings. A component's problem is identified by its classes,
 * counts and offers, so a scan that leaves it unchanged reuses its answer. Make one per price
 * book (the signature names offers by their position in the book).
 */
export class ComponentCache {
  private readonly results = new Map<string, { stored: ComponentResult; key: string; local: ComponentResult | undefined }>();
  constructor(private readonly capacity = 512) {}

  /**
   * The result stored for a signature, translated to the pricing's offer numbering by `localise`;
   * the last translation is kept per `offerKey` (the pricing's offers), which rarely changes.
   */
  get(signature: string, offerKey: string, localise: (stored: ComponentResult) => ComponentResult): ComponentResult | undefined {
    const hit = this.results.get(signature);
    if (hit === undefined) return undefined;
    // Refresh recency.
    this.results.delete(signature);
    this.results.set(signature, hit);
    if (hit.local === undefined || hit.key !== offerKey) {
      hit.local = localise(hit.stored);
      hit.key = offerKey;
    }
    return hit.local;
  }

  /** A stored result (offers by book position) without refreshing its recency: for warm starts. */
  peek(signature: string): ComponentResult | undefined {
    return this.results.get(signature)?.stored;
  }

  /** Stores a result whose choices name offers by their position in the book. */
  set(signature: string, result: ComponentResult): void {
    this.results.set(signature, { stored: result, key: '', local: undefined });
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
 * 1. Each component's item savings are maximised exactly and independently ({@link solveComponent}),
 *    or taken from the cache (a component unchanged since an earlier pricing); a component not in
 *    the cache is warm-started from the cached one with one unit fewer, when there is one.
 * 2. That solution is priced with every threshold it reaches, and every exclusive threshold alone
 *    is priced too. The best so far is the incumbent. First-come (when given) and the greedy by
 *    saving per unit ({@link solveGreedy}) are priced only when the answer is not proven, so that
 *    such an answer is never worse than either: a proven answer is the optimum without them
 *    (`oracle.test.ts` checks proofs made without them), and not building them
 *    saves a tenth of a scan's allocation.
 * 3. Thresholds can make less item saving worth more. For each set of thresholds that could be
 *    reached together (largest first): a floor on its total ({@link Objective.lowestTotal})
 *    skips it when it cannot beat the incumbent; so does the item optimum when it already reaches
 *    the set and more saving can only help. Otherwise a quick candidate
 *    ({@link thresholdCandidate}: the item optimum with the least saving given up to get under a
 *    whole-basket cap, or to win back a full-price reward) often meets the floor and settles the
 *    set; what is left is searched jointly with the item offers ({@link solveTracked}), against
 *    the incumbent, and again relaxed where the search's grouping of a fixed-price offer was its
 *    only doubt.
 */
export function solveOptimal(model: PricingModel, budget: SearchBudget, firstCome: (() => Evaluation) | undefined, cache?: ComponentCache): OptimalResult {
  let proven = true;
  // The cache names offers by their place in the book: the model's list of offers that can apply
  // changes from scan to scan.
  const byBook = new Map(model.offers.map((o, i) => [o.bookIndex, i]));
  const translate = (r: ComponentResult, to: (offer: number) => number): ComponentResult => ({
    ...r,
    choices: r.choices.map((c) => (c.kind === 'offer' ? { ...c, offer: to(c.offer) } : c)),
  });
  const offerKey = model.offers.map((o) => o.bookIndex).join(',');
  const results = model.components.map((component) => {
    const cached = cache?.get(component.signature, offerKey, (r) => translate(r, (book) => byBook.get(book)!));
    if (cached !== undefined) return cached;
    const result = solveComponent(model, component, budget, cache === undefined ? undefined : warmStart(model, cache, component, byBook));
    if (result.proven) cache?.set(component.signature, translate(result, (offer) => model.offers[offer]!.bookIndex));
    return result;
  });
  if (results.some((r) => !r.proven)) proven = false;
  const itemBest = solutionOf(model, model.components, results.map((r) => r.choices));

  const itemEvaluation = evaluate(model, itemBest);
  let incumbent = itemEvaluation;
  model.thresholds.forEach((t, i) => {
    if (!t.offer.exclusive) return;
    const exclusive = evaluateExclusive(model, i);
    if (exclusive !== undefined) incumbent = better(incumbent, exclusive);
  });

  const bestSaving = results.reduce((a, r) => a + r.saving, 0);
  const reachedByBest = new Set(itemEvaluation.thresholds.map((t) => t.threshold));
  for (const set of thresholdSets(model)) {
    if (budget.late(model.units.length)) {
      proven = false;
      break;
    }
    const objective = new Objective(model, set);
    // Whatever the items do, the total is at least this: a set that cannot beat the incumbent is skipped.
    if (objective.lowestTotal(bestSaving) >= incumbent.total) continue;
    if (set.every((t) => reachedByBest.has(t)) && itemOptimumIsBestFor(model, set)) continue;
    const candidate = thresholdCandidate(model, itemBest, set, budget);
    if (candidate !== undefined) incumbent = better(incumbent, evaluate(model, candidate));
    if (objective.lowestTotal(bestSaving) >= incumbent.total) continue;
    const capped = settleByPatterns(model, set, budget);
    if (capped === 'unreachable') continue;
    if (capped !== undefined) {
      incumbent = better(incumbent, evaluate(model, solutionOf(model, model.components, [capped])));
      continue;
    }
    const touched = model.components.filter((c) => touches(model, c, set));
    const others = model.components.flatMap((c, i) => (touched.includes(c) ? [] : [i]));
    const fixed = solutionOf(model, others.map((i) => model.components[i]!), others.map((i) => results[i]!.choices));
    const { measures } = objective;
    const fixedMeasures = measures.map((m) => {
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
    const fixedSaving = others.reduce((a, i) => a + results[i]!.saving, 0);
    if (!groupingIsExact(model, measures)) proven = false;
    const item = touched.map((c) => results[model.components.indexOf(c)]!);
    const problem = { objective, components: touched, fixedSaving, fixedMeasures };
    // Prices what a joint search found; false when pricing it gives more than the search measured.
    const accept = (found: TrackedResult['best']): boolean => {
      if (found === undefined) return true;
      const choices = model.components.map((c, i) => {
        const at = touched.indexOf(c);
        return at >= 0 ? found.choices[at]! : results[i]!.choices;
      });
      const evaluation = evaluate(model, solutionOf(model, model.components, choices));
      incumbent = better(incumbent, evaluation);
      return evaluation.total <= found.total;
    };
    const tracked = solveTracked(model, problem, budget, incumbent.total, item);
    if (budget.exhausted) {
      proven = false;
      break;
    }
    // A tripwire: the search measured its answer as it will be priced. If pricing it gives more,
    // the search's model of this set was wrong and what it pruned proves nothing.
    let settled = accept(tracked.best) && tracked.exact;
    if (!settled && tracked.validityOnly) {
      // The search may have refused a fixed-price offer's units that another grouping would take.
      // The same search with no application bound to save money is a relaxation: if it finds
      // nothing better, or something that prices as it measured, the set is settled.
      const relaxed = solveTracked(model, problem, budget, incumbent.total, item, true);
      if (budget.exhausted) {
        proven = false;
        break;
      }
      settled = accept(relaxed.best) && relaxed.exact;
    }
    if (!settled) proven = false;
  }
  // A proven answer is the optimum without first-come; one that is not is never worse than it,
  // nor than the greedy by saving per unit.
  if (!proven && firstCome !== undefined) incumbent = better(better(incumbent, firstCome()), solveGreedy(model));
  return { evaluation: incumbent, proven };
}

/** Components this small are solved from scratch faster than a warm start is looked up. */
const WARM_FROM = 12;

/**
 * A solved component with one unit fewer than this one (the previous scan, or the basket a
 * near-miss trial adds a unit to), from the cache: its choices per class and its bound's λ.
 */
function warmStart(model: PricingModel, cache: ComponentCache, component: Component, byBook: ReadonlyMap<number, number>): WarmStart | undefined {
  if (component.sequence.length < WARM_FROM) return undefined;
  const { content } = component;
  // The class scanned last is the one a scan added to, so its one-fewer problem is tried first:
  // building every candidate's signature costs as much as a small search on a big component.
  let last = component.sequence[0]!;
  for (const id of component.sequence) if (id > last) last = id;
  const lastClass = model.classes[model.units[last]!.classId]!;
  const first = content.indexOf(`${classKey(lastClass)}${lastClass.units.length}`);
  for (let step = -1; step < content.length; step++) {
    const k = step < 0 ? first : step;
    if (k < 0 || (step >= 0 && k === first)) continue;
    const key = content[k]!;
    // `sku:price:reduced:[w]count`: the count follows the last colon (and a weighed line's w).
    const tail = key.slice(key.lastIndexOf(':') + 1);
    const count = Number(tail.startsWith('w') ? tail.slice(1) : tail);
    const fewer = [...content];
    if (count > 1) fewer[k] = `${key.slice(0, key.length - String(count).length)}${count - 1}`;
    else fewer.splice(k, 1);
    const hit = cache.peek(signatureOf(fewer.sort(), component.offerKey));
    if (hit?.keys === undefined || hit.lambda === undefined) continue;
    const choices = new Map<string, Choice[]>();
    hit.keys.forEach((key, i) => {
      let list = choices.get(key);
      if (list === undefined) {
        list = [];
        choices.set(key, list);
      }
      const c = hit.choices[i]!;
      list.push(c.kind === 'offer' ? { ...c, offer: byBook.get(c.offer) ?? -1 } : c);
    });
    return { choices, lambda: hit.lambda };
  }
  return undefined;
}

function better(a: Evaluation, b: Evaluation): Evaluation {
  return b.total < a.total ? b : a;
}

/** Builds an item solution from per-component choices. */
function solutionOf(model: PricingModel, components: readonly Component[], choices: ReadonlyArray<readonly Choice[]>): ItemSolution {
  // Per offer, per slot, the units that chose it in solver order (no object per unit: this runs
  // for every candidate solution of every scan).
  const queues: Array<number[][] | undefined> = new Array(model.offers.length);
  let interleaved: Array<{ units: number[]; joins: number[] } | undefined> | undefined;
  for (let c = 0; c < components.length; c++) {
    const { sequence } = components[c]!;
    const list = choices[c]!;
    for (let i = 0; i < sequence.length; i++) {
      const choice = list[i]!;
      if (choice.kind !== 'offer') continue;
      if (choice.join !== undefined) {
        interleaved ??= new Array(model.offers.length);
        const joined = (interleaved[choice.offer] ??= { units: [], joins: [] });
        joined.units.push(sequence[i]!);
        joined.joins.push(choice.join);
        continue;
      }
      const queue = (queues[choice.offer] ??= model.offers[choice.offer]!.slotSizes.map(() => []));
      queue[choice.slot]!.push(sequence[i]!);
    }
  }
  return groupChoices(model, queues, interleaved);
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
      if (reward > minimumEligiblePaid(model, th)) return false;
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
