import { evaluate, evaluateExclusive, type Evaluation } from './evaluate';
import { solveGreedy } from './greedy';
import { solveComponent, type Choice, type ComponentResult, type WarmStart } from './items/search';
import { classKey, signatureOf, type Component, type PricingModel } from './model';
import type { SearchBudget } from './search-budget';
import { solutionOf } from './solution';
import { PaidFloors } from './thresholds/measures';
import { settleSet, thresholdSets, type Incumbent, type ItemOptimum } from './thresholds/settle-set';

/**
 * Keeps component results between pricings. A component's problem is identified by its classes,
 * counts and offers, so a scan that leaves it unchanged reuses its answer. One per price book,
 * in its pricing context (the signature names offers by their position in the book).
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

  /** Whether no result is stored (a fresh context): then no warm start is looked for. */
  get empty(): boolean {
    return this.results.size === 0;
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
 * 3. Thresholds can make less item saving worth more. Each set of thresholds that could be
 *    reached together (largest first) is settled against the incumbent ({@link settleSet}).
 */
export function solveOptimal(model: PricingModel, budget: SearchBudget, firstCome: (() => Evaluation) | undefined, cache?: ComponentCache): OptimalResult {
  const results = solveItems(model, budget, cache);
  let proven = results.every((r) => r.proven);
  const solution = solutionOf(model, model.components, results.map((r) => r.choices));

  const itemEvaluation = evaluate(model, solution);
  const incumbent: Incumbent = { best: itemEvaluation };
  model.thresholds.forEach((t, i) => {
    if (!t.offer.exclusive) return;
    const exclusive = evaluateExclusive(model, i);
    if (exclusive !== undefined) incumbent.best = better(incumbent.best, exclusive);
  });

  const item: ItemOptimum = {
    results,
    solution,
    saving: results.reduce((a, r) => a + r.saving, 0),
    reached: new Set(itemEvaluation.thresholds.map((t) => t.threshold)),
  };
  // Asked again by every set: worked out once per pricing, and only when asked.
  const floors = new PaidFloors(model);
  for (const set of thresholdSets(model)) {
    if (budget.late(model.units.length)) {
      proven = false;
      break;
    }
    const outcome = settleSet(model, set, item, floors, budget, incumbent);
    if (outcome !== 'settled') proven = false;
    if (outcome === 'out-of-budget') break;
  }
  // A proven answer is the optimum without first-come; one that is not is never worse than it,
  // nor than the greedy by saving per unit.
  const evaluation = !proven && firstCome !== undefined ? better(better(incumbent.best, firstCome()), solveGreedy(model)) : incumbent.best;
  return { evaluation, proven };
}

/**
 * Each component's item optimum, from the cache when the component is unchanged since an earlier
 * pricing, else solved (warm-started from the cached one with one unit fewer, when there is one)
 * and cached when proven.
 */
function solveItems(model: PricingModel, budget: SearchBudget, cache: ComponentCache | undefined): ComponentResult[] {
  // The cache names offers by their place in the book: the model's list of offers that can apply
  // changes from scan to scan.
  const byBook = new Map(model.offers.map((o, i) => [o.bookIndex, i]));
  const translate = (r: ComponentResult, to: (offer: number) => number): ComponentResult => ({
    ...r,
    choices: r.choices.map((c) => (c.kind === 'offer' ? { ...c, offer: to(c.offer) } : c)),
  });
  const offerKey = model.offers.map((o) => o.bookIndex).join(',');
  return model.components.map((component) => {
    const cached = cache?.get(component.signature, offerKey, (r) => translate(r, (book) => byBook.get(book)!));
    if (cached !== undefined) return cached;
    const result = solveComponent(model, component, budget, cache === undefined ? undefined : warmStart(model, cache, component, byBook));
    if (result.proven) cache?.set(component.signature, translate(result, (offer) => model.offers[offer]!.bookIndex));
    return result;
  });
}

/** Components this small are solved from scratch faster than a warm start is looked up. */
const WARM_FROM = 12;

/**
 * A solved component with one unit fewer than this one (the previous scan, or the basket a
 * near-miss trial adds a unit to), from the cache: its choices per class and its bound's λ.
 */
function warmStart(model: PricingModel, cache: ComponentCache, component: Component, byBook: ReadonlyMap<number, number>): WarmStart | undefined {
  // A fresh context has nothing to warm from: building every candidate's signature would find nothing.
  if (component.sequence.length < WARM_FROM || cache.empty) return undefined;
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
    return { choices, lambda: hit.lambda, patterns: hit.byPatterns === true };
  }
  return undefined;
}

function better(a: Evaluation, b: Evaluation): Evaluation {
  return b.total < a.total ? b : a;
}

