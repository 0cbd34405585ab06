import { FULL_PRICE, REDUCED, planComponent, type ComponentPlan, type UnitOption } from './plan';
import { Frontier, History, applyOption, endingAt, isClosed } from './layers';
import { classKey, type Component, type PricingModel } from '../model';
import { SuffixBound } from './bound';
import type { SearchBudget } from '../search-budget';
import { float64sOf, times } from '../arrays';
import { solveByPatterns, type BranchingTry, type PatternSolution } from './pattern-search';

/** What a unit does in a component solution. */
export type Choice =
  | { readonly kind: 'none' }
  | { readonly kind: 'reduced' }
  | {
      readonly kind: 'offer';
      readonly offer: number;
      readonly slot: number;
      /**
       * Set only by the threshold search, for a one-slot offer whose applications it lets
       * interleave: how many units the open application this unit joins already has (0 opens
       * one). Without it, an offer's units are grouped consecutively.
       */
      readonly join?: number;
    };

/** The best item savings of one component, as per-unit choices in the component's sequence order. */
export interface ComponentResult {
  readonly saving: number;
  readonly choices: readonly Choice[];
  /** True when the search finished: the saving is the component's maximum. */
  readonly proven: boolean;
  /** Class key ({@link classKey}) per position, and the bound's λ per class key: a warm start for a related problem. */
  readonly keys?: readonly string[];
  readonly lambda?: ReadonlyMap<string, number>;
  /** Whether the pattern search settled it (see {@link WarmStart.patterns}). */
  readonly byPatterns?: boolean;
}

/**
 * A solved problem close to this one (the same component with one unit fewer: the previous scan,
 * or the basket a near-miss trial adds to): its choices per class key (in its order within each
 * class) and its bound's λ per class key.
 */
export interface WarmStart {
  readonly choices: ReadonlyMap<string, readonly Choice[]>;
  /** Whether the pattern search settled that problem: then it is tried first here too. */
  readonly patterns?: boolean;
  readonly lambda: ReadonlyMap<string, number>;
}

/** Steps the exact search gets on a crowded component before the pattern search is tried. */
const EXACT_BEFORE_PATTERNS = 20_000;
/** A class eligible for this many stateful offers makes a component crowded (see {@link crowded}). */
const CROWDED_FROM = 3;
/** Components of more classes than this are left to the layered search: their patterns are too many. */
const CROWDED_CLASSES = 24;

/**
 * Steps for the pattern search tried first on a small crowded component: Kata Potter's forty books
 * take under a hundred; a component it cannot settle in this many goes the usual way.
 */
const PATTERNS_FIRST: readonly BranchingTry[] = [{ branching: 'offer-sums', steps: 4_000 }];
/**
 * A large crowded component whose warm start (one unit fewer) the pattern search settled goes to it
 * first, with this many steps: on meal deals it settles them again, where a random store's crowded
 * components are rarely settled by patterns at all (then this is never tried).
 */
const PATTERNS_AGAIN: readonly BranchingTry[] = [{ branching: 'most-fractional', steps: 5_000 }];
/**
 * Steps for the pattern search tried first on a large crowded component, before the bound's
 * rounds: a root LP and a few nodes by each rule. A random store's crowded components are rarely
 * settled in this many (L's step total is no higher for the try; see `bench/README.md`).
 */
const PATTERNS_EARLY: readonly BranchingTry[] = [{ branching: 'most-fractional', steps: 500 }, { branching: 'offer-sums', steps: 500 }];
/**
 * Where patterns settled the component one unit ago (they likely settle it again), or it has no
 * warm start (the bound would start from scratch): a root LP over a few hundred patterns alone can
 * take more than {@link PATTERNS_EARLY}'s steps (meal deals' seed 19, scans 35 to 39: 7,535-10,636
 * steps to 1,146-1,806; seed 4's 28th, 8,294 to 3,643; L's step total 3.5% lower).
 */
const PATTERNS_EARLY_AGAIN: readonly BranchingTry[] = [{ branching: 'offer-sums', steps: 3_500 }];
/** Components of at most this many classes, when crowded, go to the pattern search first. */
const SMALL_CLASSES = 8;

/**
 * Whether a component is crowded: at most {@link CROWDED_CLASSES} classes, and one of them
 * eligible for {@link CROWDED_FROM} stateful options or more. There the layered search's state
 * holds every live offer's open application, and its per-class bound cannot see offers competing
 * for units, so the pattern search is tried: first when the component is small (at most
 * {@link SMALL_CLASSES} classes, whose LP is tiny), else after a brief exact search (a random
 * store's crowded components, of a dozen classes or more, are mostly settled by it sooner).
 */
function crowdingOf(plan: ComponentPlan): 'none' | 'small' | 'large' {
  let classes = 0;
  let most = 0;
  const seen = new Set<number>();
  for (let i = 0; i < plan.n; i++) {
    if (seen.has(plan.classAt[i]!)) continue;
    seen.add(plan.classAt[i]!);
    if (++classes > CROWDED_CLASSES) return 'none';
    most = Math.max(most, plan.options[i]!.length);
  }
  if (most < CROWDED_FROM) return 'none';
  return classes <= SMALL_CLASSES ? 'small' : 'large';
}
/** States kept per layer by the beam searches that find the incumbent. */
const BEAM_WIDTH = 4;
/**
 * A warm-started component smaller than this skips the rounds' beams: the answer replayed from
 * one unit ago is usually the optimum, and its exact search is cheap. On bigger ones a beam's
 * better incumbent saves the exact search more than the beam costs (without it, L's slowest
 * re-price went from 5.6 to 16 ms).
 */
const BEAM_AFTER_WARM_FROM = 17;
/** Rounds of (tighten the bound, beam again) before the exact search. */
const BOUND_ROUNDS = 2;
/** Subgradient steps per round. */
const BOUND_ITERATIONS = 24;
/** States of a layer paid for at a time (see {@link search}). */
const SPEND_BLOCK = 256;
/** Savings are whole minor units: a bound below best + 1 (less float noise) proves best optimal. */
const EPS = 1e-6;
const NEG = Number.NEGATIVE_INFINITY;

/**
 * Maximises the item savings of one component exactly.
 *
 * The units are processed in the component's sequence (see `orderClasses`): a layered dynamic
 * programme whose state after i units holds, for each offer that is *live* there (has eligible
 * units both before and after), how far its open application is filled (per slot for a bundle:
 * how far each slot has run ahead of completed applications) and, when its limit can bind, how
 * many applications it has made. Offers not yet started or already finished carry no state (a
 * finished offer must be closed). Identical states merge, keeping the best saving. A unit takes
 * its best stateless option (full price, reduced price, an unlimited single-unit offer: these
 * never interact, so only the best matters) or joins one live offer's open application; a
 * fixed-price application accrues its units' prices and subtracts its price on completion, a
 * cheapest-free one accrues the prices of units joining at its free positions. Accrued savings are
 * exact: fixed-price savings do not depend on grouping, and a cheapest-free offer's units arrive
 * in descending price order, where consecutive grouping is optimal for any chosen set.
 *
 * Everything is checked against one bound ({@link SuffixBound}: a Lagrangian relaxation of "a
 * unit belongs to at most one application" over the units still to come, given the open
 * applications):
 * 1. a first solution: the related problem's choices replayed (a warm start: the same component
 *    one unit ago, from the cache), else a beam search (the best {@link BEAM_WIDTH} states per
 *    layer by value + bound; every unit on its best stateless option if even that is cut);
 * 2. subgradient steps tighten the bound against that solution, and a new beam may improve it
 *    ({@link BOUND_ROUNDS} rounds; no beam on a small warm-started component, see
 *    {@link BEAM_AFTER_WARM_FROM}); a bound below the solution + 1 proves it optimal with no
 *    search at all (the usual case once the bound is tight: it is within a few minor units of the
 *    optimum on realistic books);
 * 3. otherwise the exact layered search runs, dropping every state whose value + bound cannot beat
 *    the solution, so only near-optimal states survive.
 * Every pass spends the budget (per state: one step per option tried and per live offer whose
 * bound it reads). When it runs out, the best solution so far is returned unproven: the result
 * never depends on anything but the steps, except where the wall-clock guard cuts first.
 */
export function solveComponent(model: PricingModel, component: Component, budget: SearchBudget, warm?: WarmStart): ComponentResult {
  const plan = planComponent(model, component);
  const keys = times(plan.n, (i) => classKey(model.classes[plan.classAt[i]!]!));
  const standalone = float64sOf(plan.bestStateless, (o) => o.gain);
  if (plan.stateful.length === 0) {
    const choice = new Int32Array(plan.n);
    return { saving: standalone.reduce((a, b) => a + b, 0), choices: decode(plan, choice), proven: true, keys };
  }
  const crowding = crowdingOf(plan);
  const first = crowding === 'none' ? undefined : patternsFirst(model, plan, keys, budget, crowding, warm === undefined || warm.patterns === true);
  if (first !== undefined) return first;
  const bound = new SuffixBound(plan, standalone, undefined);
  const work = new Workspace();
  // Every unit on its best stateless option: always a solution, the fallback when even the beam is cut.
  let best: { value: number; choice: Int32Array } = { value: standalone.reduce((a, b) => a + b, 0), choice: new Int32Array(plan.n) };
  let warmed = false;
  if (warm !== undefined) {
    for (let i = 0; i < plan.n; i++) {
      const lambda = warm.lambda.get(keys[i]!);
      if (lambda !== undefined) bound.seedLambda(bound.classAt(i), lambda);
    }
    const replayed = replay(plan, keys, standalone, warm);
    if (replayed !== undefined && replayed.value >= best.value) {
      best = replayed;
      warmed = true;
    }
  }
  // Once the pricing's budget is gone, later components get no search at all: the till must not
  // freeze. A big basket reads the clock here too, so a pricing whose model took the guard's time
  // to build (a slow device) does not start searching.
  if (budget.late(model.units.length)) return { saving: best.value, choices: decode(plan, best.choice), proven: false, keys };
  bound.prepare(Number.POSITIVE_INFINITY, 0, budget);
  if (!warmed) {
    // The bound starts loose (λ = each unit's best stateless gain), so the first beam is only a
    // rough guide; each round tightens the bound against the best solution so far and beams again.
    const beam = beamSearch(plan, bound, standalone, work, budget);
    if (beam !== undefined && beam.value > best.value) best = beam;
  }
  for (let round = 0; round < BOUND_ROUNDS && !budget.exhausted && bound.root >= best.value + 1 - EPS; round++) {
    const before = bound.root;
    bound.prepare(best.value, BOUND_ITERATIONS, budget);
    if (bound.root < best.value + 1 - EPS || budget.exhausted) break;
    const again = warmed && plan.n < BEAM_AFTER_WARM_FROM ? undefined : beamSearch(plan, bound, standalone, work, budget);
    const improved = again !== undefined && again.value > best.value;
    if (improved) best = again;
    // A round that moved the bound by less than a minor unit and found nothing better: the bound
    // is stuck at the relaxation's gap (λ warm from the previous scan is often already at it),
    // and another round would repeat this one.
    else if (bound.root > before - 1) break;
  }
  const lambda = new Map<string, number>();
  for (let i = 0; i < plan.n; i++) lambda.set(keys[i]!, bound.lambdaOf(bound.classAt(i)));
  const found = { saving: best.value, choices: decode(plan, best.choice), keys, lambda };
  // A proof that took more than the budget is no proof: the same basket must always get the same flag.
  if (budget.exhausted) return { ...found, proven: false };
  if (bound.root < best.value + 1 - EPS) return { ...found, proven: true };
  const exactSearch = () => search(plan, bound, standalone, Number.POSITIVE_INFINITY, best.value, budget, work);
  let exact: ReturnType<typeof search>;
  if (crowding === 'none') exact = exactSearch();
  else {
    const crowded = searchCrowded(model, plan, budget, warm?.patterns === true, exactSearch);
    if (typeof crowded === 'object' && 'saving' in crowded) return { saving: crowded.saving, choices: crowded.choices, proven: true, keys, lambda, byPatterns: true };
    exact = crowded;
  }
  if (exact === 'exhausted') return { ...found, proven: false };
  if (exact === undefined) return { ...found, proven: true };
  return { saving: exact.value, choices: decode(plan, exact.choice), proven: true, keys, lambda };
}

/**
 * A crowded component tried by patterns first, where that is cheap. A small one: a few classes
 * that many offers compete for (Kata Potter's five titles in 26 sets), whose LP over patterns is a
 * few rows by a few dozen columns and settles it in a few nodes, where the layered search would
 * carry every live set's open application. A large one, briefly ({@link PATTERNS_EARLY}): on meal
 * deals its LP settles most re-prices in a few hundred steps, where the bound's rounds and the
 * brief exact search spent 5,000 to 20,000 before the patterns were tried (seed 6's 17th scan:
 * 26,144 steps to 318); longer where it has no warm start or patterns settled that (`longer`).
 * Settled, it keeps the LP's unit prices as its λ: the next scan's bound starts as tight as the LP.
 */
function patternsFirst(model: PricingModel, plan: ComponentPlan, keys: readonly string[], budget: SearchBudget, crowding: 'small' | 'large', longer: boolean): ComponentResult | undefined {
  const tries = crowding === 'small' ? PATTERNS_FIRST : longer ? PATTERNS_EARLY_AGAIN : PATTERNS_EARLY;
  const solved = solveByPatterns(model, plan, budget, [], tries);
  if (typeof solved !== 'object') return undefined;
  const lambda = new Map<string, number>();
  for (let i = 0; i < plan.n; i++) lambda.set(keys[i]!, solved.unitPrices.get(plan.classAt[i]!)!);
  return { saving: solved.saving, choices: solved.choices, proven: true, keys, lambda, byPatterns: crowding === 'large' };
}

/**
 * A crowded component: many offers competing for the same units. The exact search first, briefly:
 * it settles most such components of a random store in a few thousand steps. Then the LP over
 * patterns, which sees the competition that the per-class bound cannot (see
 * `items/pattern-search.ts`). Then the exact search with whatever budget is left. Where the same
 * component one unit ago was settled by patterns (`settledByPatterns`), they go first: they likely
 * settle it again, sooner than the brief exact search finds out that it cannot.
 */
function searchCrowded(
  model: PricingModel,
  plan: ComponentPlan,
  budget: SearchBudget,
  settledByPatterns: boolean,
  exactSearch: () => ReturnType<typeof search>,
): PatternSolution | ReturnType<typeof search> {
  if (settledByPatterns) {
    const first = solveByPatterns(model, plan, budget, [], PATTERNS_AGAIN);
    if (typeof first === 'object') return first;
    if (budget.exhausted) return 'exhausted';
  }
  const brief = budget.within(EXACT_BEFORE_PATTERNS, exactSearch);
  const byPatterns = brief.capped ? solveByPatterns(model, plan, budget) : undefined;
  if (typeof byPatterns === 'object') return byPatterns;
  return brief.capped ? exactSearch() : brief.result;
}

/**
 * Replays a related problem's choices here (each class's units take that class's choices in
 * order; a unit left over takes its best stateless option) and returns the solution, or undefined
 * when they do not fit (a limit, or an application left open). Fixed-price savings do not depend
 * on which application a unit joins, and a cheapest-free offer's units still come in descending
 * price order, so the saving is at least the related problem's.
 */
function replay(plan: ComponentPlan, keys: readonly string[], standalone: Float64Array, warm: WarmStart): { value: number; choice: Int32Array } | undefined {
  const taken = new Map<string, number>();
  const state = new Int32Array(plan.width);
  const choice = new Int32Array(plan.n);
  const ending = endingAt(plan);
  let value = 0;
  for (let i = 0; i < plan.n; i++) {
    const key = keys[i]!;
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    const c = warm.choices.get(key)?.[k];
    let option = -1;
    if (c !== undefined && c.kind === 'offer') option = plan.options[i]!.findIndex((o) => plan.stateful[o.stateful]!.offer === c.offer && o.slot === c.slot);
    if (option < 0) {
      value += standalone[i]!;
    } else {
      const o = plan.options[i]![option]!;
      const gain = applyOption(plan.stateful[o.stateful]!, state, o, plan.price[i]!);
      if (gain !== gain) return undefined;
      value += gain;
      choice[i] = option + 1;
    }
    for (const e of ending[i]!) if (!isClosed(plan.stateful[e]!, state)) return undefined;
  }
  return { value, choice };
}

/** Buffers reused by every pass over one component. */
class Workspace {
  readonly a = new Frontier();
  readonly b = new Frontier();
}

/** A beam pass: finds a solution (the beam keeps a closed state) unless the budget runs out. */
function beamSearch(plan: ComponentPlan, bound: SuffixBound, standalone: Float64Array, work: Workspace, budget: SearchBudget): { value: number; choice: Int32Array } | undefined {
  const found = search(plan, bound, standalone, BEAM_WIDTH, Number.NEGATIVE_INFINITY, budget, work);
  return found === 'exhausted' ? undefined : found;
}

/**
 * One forward pass over the plan's units. `width` keeps only the best states per layer by
 * value + bound (and always the best closed one, so a complete answer survives); Infinity for the
 * exact search. States whose value + bound cannot beat `floor` + 1 are dropped. Returns undefined
 * when nothing beats `floor`, 'exhausted' when the budget ran out.
 */
function search(
  plan: ComponentPlan,
  bound: SuffixBound,
  standalone: Float64Array,
  width: number,
  floor: number,
  budget: SearchBudget | undefined,
  work: Workspace,
): { value: number; choice: Int32Array } | undefined | 'exhausted' {
  const { n, stateful, options, liveFields, liveOffers } = plan;
  const ending = endingAt(plan);
  const state = new Int32Array(plan.width);
  const offerBound = new Float64Array(stateful.length);
  // Bounds of −∞ mark states that cannot close; the beam (floor −∞) must still drop those.
  const cut = Math.max(floor + 1 - EPS, -Number.MAX_VALUE);
  const history = new History();
  let layer = work.a;
  let next = work.b;
  layer.reset(0);
  layer.offer(state, liveFields[0]!, 0, 0, bound.constant(0), -1, 0);
  history.push(layer);
  const saved = new Int32Array(Math.max(1, ...stateful.map((sf) => sf.fieldCount)));

  for (let i = 0; i < n; i++) {
    const fieldsHere = liveFields[i]!;
    const fieldsNext = liveFields[i + 1]!;
    const liveNext = liveOffers[i + 1]!;
    const multipliers = plan.liveMultipliers[i + 1]!;
    const price = plan.price[i]!;
    const opts = options[i]!;
    const ends = ending[i]!;
    next.reset(fieldsNext.length);
    const constant = bound.constant(i + 1);
    // One step per option tried, and per live offer whose bound each state reads.
    const perState = 1 + opts.length + liveNext.length;
    const stride = layer.stride;
    const step: Layer = { plan, bound, i, price, opts, state, saved, offerBound, fieldsNext, multipliers, cut, next };

    for (let e = 0; e < layer.count; e++) {
      // Spent a block of states at a time, not a whole layer up front: a wide layer of a big
      // component takes milliseconds, and the guard reads the clock only when steps are spent.
      if (budget !== undefined && e % SPEND_BLOCK === 0 && !budget.spend(Math.min(SPEND_BLOCK, layer.count - e) * perState)) return 'exhausted';
      for (let t = 0; t < stride; t++) state[fieldsHere[t]!] = layer.vec[e * stride + t]!;
      const value = layer.value[e]!;
      // The bound of the unchanged state at the next layer: finite part, and how many offers cannot close.
      let base = constant;
      let stuck = 0;
      for (let q = 0; q < liveNext.length; q++) {
        const k = liveNext[q]!;
        const b = bound.offer(k, i + 1, state);
        offerBound[k] = b;
        if (b === NEG) stuck++;
        else base += b;
      }
      let hash = 0;
      for (let t = 0; t < fieldsNext.length; t++) hash = (hash + Math.imul(state[fieldsNext[t]!]!, multipliers[t]!)) | 0;
      // An offer whose last eligible unit is this one must be closed by it.
      let openEnding = -1;
      for (let q = 0; q < ends.length; q++) if (!isClosed(stateful[ends[q]!]!, state)) openEnding = openEnding === -1 ? ends[q]! : -2;

      if (openEnding === -1 && stuck === 0) {
        const v = value + standalone[i]!;
        const ub = v + base;
        if (ub >= cut) next.offer(state, fieldsNext, hash, v, ub, e, 0);
      }
      if (openEnding !== -2) joinOffers(step, e, value, base, stuck, hash, openEnding);
      for (let t = 0; t < stride; t++) state[fieldsHere[t]!] = 0;
    }
    if (next.count > width) narrow(plan, next, width, i + 1, state);
    if (next.count === 0) return undefined;
    history.push(next);
    const swap = layer;
    layer = next;
    next = swap;
  }

  // The last layer has no live fields: at most one state.
  if (layer.count === 0 || layer.value[0]! <= floor) return undefined;
  return { value: layer.value[0]!, choice: history.path(0) };
}

/** What one layer of {@link search} shares across its states. */
interface Layer {
  readonly plan: ComponentPlan;
  readonly bound: SuffixBound;
  readonly i: number;
  readonly price: number;
  readonly opts: readonly UnitOption[];
  readonly state: Int32Array;
  readonly saved: Int32Array;
  /** Per stateful offer live at the next layer: its bound in the unchanged state. */
  readonly offerBound: Float64Array;
  readonly fieldsNext: Int32Array;
  readonly multipliers: Int32Array;
  readonly cut: number;
  readonly next: Frontier;
}

/**
 * Offers state `e` (value `value`, in `step.state`) moved by each stateful option of the layer's
 * unit to the next layer: `base` is the unchanged state's bound there, `stuck` how many of its
 * offers cannot close, `hash` its hash, `openEnding` the one offer ending here left open (−1 none).
 */
function joinOffers(step: Layer, e: number, value: number, base: number, stuck: number, hash: number, openEnding: number): void {
  const { plan, bound, i, price, opts, state, saved, offerBound, fieldsNext, multipliers, cut, next } = step;
  const { stateful } = plan;
  for (let o = 0; o < opts.length; o++) {
    const option = opts[o]!;
    const k = option.stateful;
    if (openEnding >= 0 && k !== openEnding) continue;
    const sf = stateful[k]!;
    const live = sf.last > i;
    const own = live ? offerBound[k]! : 0;
    if (stuck - (own === NEG ? 1 : 0) > 0) continue;
    const first = sf.field;
    const count = sf.fieldCount;
    for (let f = 0; f < count; f++) saved[f] = state[first + f]!;
    const gain = applyOption(sf, state, option, price);
    if (gain === gain && (live || isClosed(sf, state))) {
      let ub = value + gain + base;
      let h = hash;
      if (live) {
        const b = bound.offer(k, i + 1, state);
        ub += b - (own === NEG ? 0 : own);
        for (let t = 0; t < fieldsNext.length; t++) {
          const field = fieldsNext[t]!;
          if (field >= first && field < first + count) h = (h + Math.imul(state[field]! - saved[field - first]!, multipliers[t]!)) | 0;
        }
      }
      if (ub >= cut) next.offer(state, fieldsNext, h, value + gain, ub, e, o + 1);
    }
    for (let f = 0; f < count; f++) state[first + f] = saved[f]!;
  }
}

/** Keeps the `width` best states by value + bound (ties to the earlier), and the best closed state. */
function narrow(plan: ComponentPlan, next: Frontier, width: number, at: number, state: Int32Array): void {
  const kept: number[] = [];
  let closed = -1;
  const fields = plan.liveFields[at]!;
  const live = plan.liveOffers[at]!;
  for (let e = 0; e < next.count; e++) {
    const ub = next.ub[e]!;
    if (kept.length < width || ub > next.ub[kept[kept.length - 1]!]!) {
      // Insertion into the few kept, by descending bound.
      let k = kept.length < width ? kept.length : width - 1;
      while (k > 0 && next.ub[kept[k - 1]!]! < ub) k--;
      kept.splice(k, 0, e);
      if (kept.length > width) kept.pop();
    }
    if (closed < 0 || ub > next.ub[closed]!) {
      for (let t = 0; t < fields.length; t++) state[fields[t]!] = next.vec[e * next.stride + t]!;
      let ok = true;
      for (let q = 0; q < live.length && ok; q++) ok = isClosed(plan.stateful[live[q]!]!, state);
      for (let t = 0; t < fields.length; t++) state[fields[t]!] = 0;
      if (ok) closed = e;
    }
  }
  if (closed >= 0 && !kept.includes(closed)) kept.push(closed);
  next.compact(kept.sort((a, b) => a - b));
}

/** Turns option indices per position into choices. */
function decode(plan: ComponentPlan, choice: Int32Array): Choice[] {
  const out: Choice[] = [];
  for (let i = 0; i < plan.n; i++) {
    const c = choice[i]!;
    if (c === 0) {
      const best = plan.bestStateless[i]!;
      out.push(best.offer === FULL_PRICE ? { kind: 'none' } : best.offer === REDUCED ? { kind: 'reduced' } : { kind: 'offer', offer: best.offer, slot: 0 });
    } else {
      const option = plan.options[i]![c - 1]!;
      out.push({ kind: 'offer', offer: plan.stateful[option.stateful]!.offer, slot: option.slot });
    }
  }
  return out;
}
