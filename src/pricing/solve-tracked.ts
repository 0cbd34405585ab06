import { BUNDLE, FULL_PRICE, LIMITED_SINGLE, ONE_SLOT, REDUCED, planComponent, type ComponentPlan, type StatefulOffer, type UnitOption } from './items/plan';
import { applyOption, fieldMultiplier, isClosed } from './items/layers';
import type { ActiveOffer, ActiveThreshold, Component, PricingModel } from './model';
import { allocate } from './money';
import { maxThresholdSaving } from './offers/spend-threshold';
import { percentOf } from './money';
import { SuffixBound } from './items/bound';
import type { SearchBudget } from './search-budget';
import { shareSaving } from './shares';
import type { Choice, ComponentResult } from './items/search';
import { alwaysSaves } from './items/order';
import { float64sOf, int32sOf, int8sOf, times, uint8sOf } from './arrays';
import { hasBit, highestAtMost, orShifted } from './bitset';

/** A quantity a threshold set needs tracked through the search. */
export interface Measure {
  readonly threshold: number;
  /** 'eligible-saving': item saving shared onto eligible units; 'used': full price of eligible units in applications or sold reduced. */
  readonly kind: 'eligible-saving' | 'used';
}

/** A joint search of item offers with a set of thresholds assumed reached. */
export interface TrackedProblem {
  /** The set of thresholds assumed reached. */
  readonly objective: Objective;
  /** Components whose choices are searched; the others keep their item optimum. */
  readonly components: readonly Component[];
  /** Item saving of the other components, and their contribution to each tracked measure. */
  readonly fixedSaving: number;
  readonly fixedMeasures: readonly number[];
}

/** What a joint search found, and whether finding it (or nothing) proves anything. */
export interface TrackedResult {
  /**
   * The best choices per searched component (each in its sequence order) and the total they give,
   * when some beat the incumbent; undefined when none did.
   */
  readonly best: { readonly choices: ReadonlyArray<readonly Choice[]>; readonly total: number } | undefined;
  /**
   * False when the search approximated how a bundle's saving is shared (see {@link solveTracked}):
   * then what it found is correct for itself, but finding nothing better proves nothing.
   */
  readonly exact: boolean;
  /** Not exact only because a fixed-price offer's one grouping may refuse units: a relaxed search can still prove the set. */
  readonly validityOnly: boolean;
}

/**
 * The measures a set of thresholds needs tracked. A whole-basket threshold's eligible saving is
 * the saving itself; a targeted threshold's eligible saving is tracked when it is measured after
 * offers or when its cap (what eligible units still pay) could bind.
 */
function trackedMeasures(model: PricingModel, thresholds: readonly number[]): Measure[] {
  const out: Measure[] = [];
  for (const t of thresholds) {
    const th = model.thresholds[t]!;
    if (!th.wholeBasket && (th.offer.basis === 'after-offers' || capMayBind(model, th))) out.push({ threshold: t, kind: 'eligible-saving' });
    if (th.offer.basis === 'full-price-only') out.push({ threshold: t, kind: 'used' });
  }
  return out;
}

/** Whether a threshold's reward could exceed what its eligible units pay after the deepest item offers. */
export function capMayBind(model: PricingModel, th: ActiveThreshold): boolean {
  return maxThresholdSaving(th.offer, th.full) > minimumEligiblePaid(model, th);
}

/**
 * A floor on what a threshold's eligible units pay after item offers. A unit's share of an
 * application's saving is in proportion to its price, so it is at most its price times the
 * application's saving rate (free/buy for a cheapest-free, 1 − price/dearest filling for a fixed
 * price), plus one minor unit of rounding.
 */
export function minimumEligiblePaid(model: PricingModel, th: ActiveThreshold): number {
  let known = floors.get(model);
  if (known === undefined) {
    known = new Map();
    floors.set(model, known);
  }
  let paid = known.get(th);
  if (paid === undefined) {
    paid = eligiblePaidFloor(model, th);
    known.set(th, paid);
  }
  return paid;
}

/** {@link minimumEligiblePaid} per model and threshold: every threshold set of a pricing asks again. */
const floors = new WeakMap<PricingModel, Map<ActiveThreshold, number>>();

function eligiblePaidFloor(model: PricingModel, th: ActiveThreshold): number {
  const rate = model.offers.map((o) => {
    const { offer } = o;
    if (o.groupSize === 1) return 1;
    if (offer.kind === 'cheapest-free') return offer.free / offer.buy;
    if (offer.kind !== 'multi-buy' && offer.kind !== 'bundle') return 1;
    let dearest = 0;
    o.slotSizes.forEach((size, slot) => {
      let max = 0;
      for (const [c, slots] of o.slotsByClass) if (slots.includes(slot)) max = Math.max(max, model.classes[c]!.price);
      dearest += max * size;
    });
    return dearest > 0 ? Math.max(0, 1 - offer.price / dearest) : 0;
  });
  let paid = 0;
  for (const u of model.units) {
    if (!th.eligible.has(u.classId)) continue;
    let save = u.reducedPrice !== undefined ? u.price - u.reducedPrice : 0;
    model.offers.forEach((o, k) => {
      if (!o.slotsByClass.has(u.classId)) return;
      save = Math.max(save, o.groupSize === 1 ? o.rule.saving(o.offer as never, [[u.price]]) : Math.min(u.price, Math.floor(u.price * rate[k]!) + 1));
    });
    paid += u.price - save;
  }
  return paid;
}

/** A threshold's basis, as {@link Objective} keeps it. */
const BEFORE = 0;
const AFTER = 1;
const FULL_PRICE_ONLY = 2;

/** How an offer's saving reaches an eligible-saving measure. */
const OUTSIDE = 0;
const INSIDE = 1;
const STRADDLE = 2;

/** Per component: its plan, bound and the extra state the threshold search needs. */
interface Part {
  readonly plan: ComponentPlan;
  /** Bound on the saving the rest of the part can add. */
  readonly bound: SuffixBound;
  /** Bound on saving less rated reward lost (see {@link Objective.coupledValue}), when any measure is rated or limited. */
  coupled: SuffixBound | undefined;
  /** The part's item optimum, which the coupled bound is tightened against. */
  readonly itemSaving: number;
  readonly itemChoices: readonly Choice[];
  /** Per position: stateful offers whose last eligible unit is there. */
  readonly endsAt: readonly Int32Array[];
  /** Per stateful offer: extra fields (see {@link Extra}). */
  readonly extra: readonly Extra[];
  readonly width: number;
  readonly liveFields: readonly Int32Array[];
  /** Per stateful offer and eligible-saving measure: OUTSIDE, INSIDE or STRADDLE. */
  readonly mode: ReadonlyArray<Int8Array>;
  /** Per measure, per position: whether the unit is eligible. */
  readonly eligible: ReadonlyArray<Uint8Array>;
  /** Bundles checked by their last application: per slot, min price of eligible units from local index k on. */
  readonly minFrom: ReadonlyArray<readonly Float64Array[] | undefined>;
  /** Class-local index per position, and a representative unit id per class (for sharing savings). */
  readonly classLocal: Int32Array;
  readonly classUnits: readonly (readonly number[])[];
  /** Per measure: 1 when it counts used full-price spend, 0 for eligible saving. */
  readonly usedMeasures: Uint8Array;
  /** Interleaved offers (see {@link Extra.levels}): per local index, the dearest eligible unit from there on. */
  readonly dearestFrom: ReadonlyArray<Float64Array | undefined>;
  /**
   * Per position: the most the saving (and a measure counting it) can still fall from there on,
   * through applications of relaxed offers that save nothing or less (0 in an exact search).
   */
  readonly drop: Float64Array;
}

/**
 * Extra state of an offer in the threshold search, after the item fields:
 * - `sum`: a one-slot fixed-price offer whose application might not save money: the open
 *   application's price sum, capped at price + 1 (above the price it saves money whatever comes);
 * - `classes`: a one-slot offer straddling a tracked threshold's eligible units: the classes of the
 *   open application's units, so its saving is shared exactly (and its price sum known);
 * - `free`: a cheapest-free offer with free units priced zero: whether the open application's
 *   free units so far cost anything;
 * - `window`: a bundle whose cheapest filling would not save money: per slot, the prices of the last
 *   size units taken (+1; 0 when none; all −1 once its last application must save money). Its
 *   slots are in descending price order, so its last application is its cheapest and is checked
 *   when the bundle's last unit has passed.
 * - `levels`: a cheapest-free offer whose applications may interleave (see {@link interleaves}):
 *   each unit it takes is paid or free, and the state is what decides which labels can still
 *   be grouped (see {@link joinInterleaved}): the paid units not yet matched to free ones, and
 *   (when an application frees two units or more) how many of the current application's free
 *   places are taken. Its item fill field stays 0; with a binding limit, the item's count field
 *   counts applications whose free units have begun.
 */
interface Extra {
  readonly sum: number;
  readonly levels: number;
  readonly classes: number;
  readonly free: number;
  readonly window: number;
  /** First extra field (−1 when none), and how many. */
  readonly start: number;
  readonly count: number;
  /**
   * A bundle straddling an eligible-saving measure whose every application takes the same classes
   * (one class per slot): per measure, the eligible share of one application's saving, added when
   * an application completes.
   */
  readonly perApplication: Float64Array | undefined;
  /**
   * A bundle straddling a measure with two or more classes in a slot: what an eligible unit joining
   * it adds to the measure, per minor unit of its price (the most any filling could share onto it:
   * an estimate that never flatters a threshold). NaN for other offers.
   */
  readonly unitRate: number;
  readonly approximate: boolean;
  /**
   * A fixed-price offer whose cheapest filling saves nothing, with room to regroup (see
   * {@link regroupingMatters}): its one consecutive grouping may refuse units another grouping
   * would take. In a relaxed search ({@link solveTracked}) it is `relaxed` instead: no application
   * has to save money.
   */
  readonly validity: boolean;
  readonly relaxed: boolean;
}

/**
 * The largest gain sum the stateless tail's bitsets hold ({@link TrackedSearch.finishStateless}):
 * a bitset row per unit, so about 8 KB per unit at most.
 */
const STATELESS_TAIL_MAX_SUM = 1 << 16;

/** Subgradient steps tightening each part's saving bound against its known item optimum. */
const BOUND_ITERATIONS = 16;

interface Entry {
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
 * Optimises item offers *together with* a set of thresholds assumed reached, when item savings and
 * threshold rewards pull against each other (a 3-for-2 that drops the basket under "5 off 20").
 *
 * A layered search over the units of the components the thresholds touch, one component after
 * another, in each component's sequence. The state is the item solver's (each live offer's open
 * application fill, per slot for bundles, and applications made under a binding limit) plus what
 * keeps every application saving money (see {@link Extra}: an open application's price sum, or
 * for a bundle that might not save money its slots' last units, its slots being in descending
 * price order so its last application is its cheapest); for each state it keeps the Pareto set of
 * (item saving, each tracked measure): more saving is better, less eligible saving and less used
 * full-price spend are better. Where a whole-basket threshold is measured after offers, more
 * saving is better only for entries that cannot overshoot its cap (saving ≤ subtotal − threshold)
 * whatever comes; other entries are kept by exact saving.
 *
 * Fixed prices are charged when an application starts, so saving and eligible saving never fall
 * below their current value by the end (every application made saves money): an entry over a
 * threshold's cap or limit is dropped at once. An entry is also dropped when a floor on the total
 * it can end with ({@link Objective.optimistic}) cannot beat the incumbent. Two floors: the most
 * saving the rest could add (the item bound) with the rewards at the entry's current measures;
 * and, where rewards are a percent of full-price-only spend or that spend is limited, a coupled
 * bound in which using an eligible unit costs its share of the reward, plus a Lagrange multiplier
 * on the spend limit chosen at the root to make the floor highest.
 *
 * Applications group an offer's units consecutively in the component's sequence, as the item
 * solver's do. That grouping saves the most, but here less saving can be worth more. A
 * cheapest-free offer where that can matter interleaves its applications ({@link interleaves}).
 * A fixed-price offer that might not save money, with room for two applications over units of
 * different prices ({@link regroupingMatters}), can be refused units another grouping would
 * take: the result is then `validityOnly`, and with `relaxed` the same search runs with no
 * application bound to save money, a relaxation of every grouping whose saving can fall (see
 * {@link Part.drop}). The result is marked inexact (what it finds is correct, finding nothing
 * proves nothing) for a cheapest-free offer straddling a measure's eligible units, and for a
 * bundle straddling them with two or more classes in a slot (its share is then estimated) or with
 * a rounding tie between eligible and other units.
 */
export function solveTracked(
  model: PricingModel,
  problem: TrackedProblem,
  budget: SearchBudget,
  incumbent: number,
  item: readonly ComponentResult[],
  relaxed = false,
): TrackedResult {
  const { objective } = problem;
  const start = { s: problem.fixedSaving, m: new Float64Array(problem.fixedMeasures) };
  // The fixed components' measures are exact, and measures only grow: the set is out of reach.
  if (!objective.feasible(start.s, start.m)) return { best: undefined, exact: true, validityOnly: false };
  // A relaxed search follows the same set's exact search: its parts lend theirs what does not
  // depend on the relaxation, and the multipliers stay as that search chose them.
  const exactParts = relaxed ? searched.get(problem) : undefined;
  const parts = problem.components.map((c, k) => buildPart(model, c, objective, item[k]!, budget, relaxed, exactParts?.[k]));
  if (!relaxed) searched.set(problem, parts);
  const shared = parts.every((p) => p.extra.every((x) => !x.approximate));
  const exact = shared && parts.every((p) => p.extra.every((x) => !x.validity));
  const validityOnly = shared && !exact;
  const most = start.s + parts.reduce((a, p) => a + p.bound.root, 0);
  // A relaxed search's saving (and eligible saving) can end below where it starts.
  const fall = parts.reduce((a, p) => a + p.drop[0]!, 0);
  const sLow = start.s - fall;
  const mLow = start.m.map((v, k) => (objective.measures[k]!.kind === 'used' ? v : v - fall));
  const rootFloor = () => objective.optimistic(sLow, most, objective.coupledValue(start.s, start.m) + parts.reduce((a, p) => a + (p.coupled?.root ?? 0), 0), mLow);
  if (exactParts === undefined) for (const k of objective.limitedUse) if (chooseMultiplier(objective, k, parts, rootFloor, incumbent, budget)) break;
  // The bounds hold whatever the measures: a floor at the incumbent settles the set.
  if (rootFloor() >= incumbent) return { best: undefined, exact: true, validityOnly: false };
  // Parts with more offers that keep state go first: a part's work is its states per layer times
  // the entries coming in, and entries multiply with every part searched (the frontier is
  // smallest at the start).
  const order = parts.map((_, k) => k).sort((a, b) => parts[b]!.plan.stateful.length - parts[a]!.plan.stateful.length || a - b);
  const search = new TrackedSearch(model, objective, order.map((k) => parts[k]!), budget, incumbent);
  const frontier = search.run(start.s, start.m);
  if (frontier === undefined) return { best: undefined, exact: false, validityOnly: false };

  let best: Entry | undefined;
  let bestTotal = incumbent;
  const measures = new Float64Array(objective.measures.length);
  for (const e of frontier) {
    const total = objective.total(e.s, search.measures.read(e.m, measures));
    if (total < bestTotal) {
      best = e;
      bestTotal = total;
    }
  }
  if (best === undefined) return { best: undefined, exact, validityOnly };
  const choices = parts.map((part) => new Array<Choice>(part.plan.n));
  for (let e: Entry | undefined = best; e !== undefined && e.part >= 0; e = e.parent) {
    const k = order[e.part]!;
    choices[k]![e.position] = decodeChoice(parts[k]!, e.position, e.choice);
  }
  parts.forEach((part, k) => groupLabels(part, choices[k]!));
  return { best: { choices, total: bestTotal }, exact, validityOnly };
}

/** Each problem's parts in its exact search, for a relaxed search of the same problem. */
const searched = new WeakMap<TrackedProblem, Part[]>();

/**
 * What a set of thresholds assumed reached makes of an item saving and measures: the basket
 * total, whether every threshold is reached, and optimistic totals for pruning. Built once per
 * set and pricing: the floors, the quick candidate and the joint search all ask it.
 */
export class Objective {
  readonly measures: Measure[];
  /** Saving may not exceed this (whole-basket thresholds measured after offers). */
  readonly cap: number;
  /** The most each measure may reach (so every threshold is reached). */
  readonly limit: Float64Array;
  /**
   * Per measure: the reward rate (percent / 100) of eligible full-price spend, for full-price-only
   * thresholds with a percent reward; 0 otherwise. Using an eligible unit costs that share of its
   * price in reward, which the coupled bound charges up front.
   */
  readonly rate: Float64Array;
  /**
   * Per measure: a Lagrange multiplier on its limit (used full-price spend must stay within what
   * keeps its threshold reached): using an eligible unit costs a further mu × its price, and
   * mu × the limit is credited back. Any mu ≥ 0 keeps the bound valid; the search picks the one
   * that gives the highest floor at the root.
   */
  readonly mu: Float64Array;
  /** Whether some measure is rated or limited: the coupled bound applies. */
  readonly coupled: boolean;
  /** Indices of used-spend measures with a limit (candidates for a multiplier). */
  readonly limitedUse: number[];
  private readonly full: number[];
  private readonly eIndex: number[];
  private readonly uIndex: number[];
  /**
   * Per threshold of the set, read from its offer once: the totals and floors run for every entry
   * the joint search makes, and offers of different kinds and targets have different shapes.
   */
  private readonly basis: Int8Array;
  private readonly whole: Uint8Array;
  private readonly threshold: Float64Array;
  /** The reward's amount, NaN for a percent. */
  private readonly amount: Float64Array;
  private readonly percent: Float64Array;
  /** Σ over rated thresholds of (rate × eligible full spend + ½ for rounding). */
  private readonly ratedCeiling: number;
  /** Each measure at its least (see {@link lowestTotal}), once asked. */
  private least: Float64Array | undefined;

  constructor(
    private readonly model: PricingModel,
    thresholds: readonly number[],
  ) {
    this.measures = trackedMeasures(model, thresholds);
    const ths = thresholds.map((t) => model.thresholds[t]!);
    this.full = ths.map((th) => th.full);
    this.eIndex = thresholds.map((t) => this.measures.findIndex((m) => m.threshold === t && m.kind === 'eligible-saving'));
    this.uIndex = thresholds.map((t) => this.measures.findIndex((m) => m.threshold === t && m.kind === 'used'));
    this.basis = int8sOf(ths, (th) => (th.offer.basis === 'before-offers' ? BEFORE : th.offer.basis === 'after-offers' ? AFTER : FULL_PRICE_ONLY));
    this.whole = uint8sOf(ths, (th) => (th.wholeBasket ? 1 : 0));
    this.threshold = float64sOf(ths, (th) => th.offer.threshold);
    this.amount = float64sOf(ths, (th) => th.offer.amount ?? Number.NaN);
    this.percent = float64sOf(ths, (th) => th.offer.percent ?? 0);
    let cap = Number.POSITIVE_INFINITY;
    this.limit = new Float64Array(this.measures.length).fill(Number.POSITIVE_INFINITY);
    this.rate = new Float64Array(this.measures.length);
    let ceiling = 0;
    ths.forEach((th, k) => {
      if (th.offer.basis === 'after-offers') {
        if (th.wholeBasket) cap = Math.min(cap, model.subtotal - th.offer.threshold);
        else this.limit[this.eIndex[k]!] = this.full[k]! - th.offer.threshold;
      } else if (th.offer.basis === 'full-price-only') {
        this.limit[this.uIndex[k]!] = this.full[k]! - th.offer.threshold;
        if (th.offer.percent !== undefined) {
          this.rate[this.uIndex[k]!] = th.offer.percent / 100;
          ceiling += (th.offer.percent * this.full[k]!) / 100 + 0.5;
        }
      }
    });
    this.cap = cap;
    this.ratedCeiling = ceiling;
    this.mu = new Float64Array(this.measures.length);
    this.limitedUse = this.measures.flatMap((m, k) => (m.kind === 'used' && Number.isFinite(this.limit[k]!) ? [k] : []));
    this.coupled = ceiling > 0 || this.limitedUse.length > 0;
  }

  /** The total for saving s and measures m, or Infinity when an assumed threshold is not reached. */
  total(s: number, m: Float64Array | readonly number[]): number {
    let give = 0;
    for (let k = 0; k < this.basis.length; k++) {
      const e = this.eIndex[k]!;
      const paid = this.whole[k] === 1 ? this.full[k]! - s : e >= 0 ? this.full[k]! - m[e]! : Number.POSITIVE_INFINITY;
      const basis = this.basis[k];
      const measured = basis === BEFORE ? this.full[k]! : basis === AFTER ? paid : this.full[k]! - m[this.uIndex[k]!]!;
      if (measured < this.threshold[k]!) return Number.POSITIVE_INFINITY;
      give += Math.min(this.reward(k, measured), paid);
    }
    return Math.max(0, this.model.subtotal - s - give);
  }

  /** Threshold k's reward on a measured spend, as {@link maxThresholdSaving} gives it. */
  private reward(k: number, measured: number): number {
    const amount = this.amount[k]!;
    return amount === amount ? amount : percentOf(measured, this.percent[k]!);
  }

  /**
   * A floor on the total of any solution reaching every threshold of the set, given the most item
   * saving there is: the total falls as saving rises (up to the cap) and as measures fall, so take
   * the most saving the cap allows and every measure at its least (eligible saving 0; used spend at
   * least the eligible reduced units, which are always in an application or sold reduced).
   * Infinity when the set cannot be reached at all.
   */
  lowestTotal(maxSaving: number): number {
    if (this.least === undefined) {
      const least = new Float64Array(this.measures.length);
      this.measures.forEach((m, k) => {
        if (m.kind === 'eligible-saving') return;
        const { eligible } = this.model.thresholds[m.threshold]!;
        for (const u of this.model.units) if (u.reducedPrice !== undefined && eligible.has(u.classId)) least[k] = least[k]! + u.price;
      });
      this.least = least;
    }
    return this.total(Math.max(0, Math.min(this.cap, maxSaving)), this.least);
  }

  /** Whether an entry can still reach every threshold (saving and measures only grow from here). */
  feasible(s: number, m: Float64Array): boolean {
    if (s > this.cap) return false;
    for (let k = 0; k < m.length; k++) if (m[k]! > this.limit[k]!) return false;
    return true;
  }

  /** What using a unit eligible for measure k costs per minor unit of its price in the coupled bound. */
  unitRate(k: number): number {
    return this.rate[k]! + this.mu[k]!;
  }

  /**
   * Saving less the reward its rated measures have cost, less the multipliers' charge on used
   * spend plus their credit on the limits: at least saving less rated cost for any solution within
   * the limits. What the coupled bound bounds.
   */
  coupledValue(s: number, m: Float64Array | readonly number[]): number {
    let z = s;
    for (let k = 0; k < m.length; k++) {
      z -= this.unitRate(k) * m[k]!;
      if (this.mu[k]! > 0) z += this.mu[k]! * this.limit[k]!;
    }
    return z;
  }

  /**
   * A floor on the total an entry can end with, given its saving `s` now (it only grows), the most
   * saving `most` it could end with, the most coupled value `zMost` (NaN when not coupled) and its
   * measures now (they only grow, which never lowers the total).
   */
  optimistic(s: number, most: number, zMost: number, m: Float64Array): number {
    // The total falls as saving rises and as measures fall.
    let floor = this.total(Math.min(this.cap, most), m);
    if (this.coupled && floor !== Number.POSITIVE_INFINITY) {
      // Rated rewards are at most rate × (full − used) + ½ each: saving less rate × used is what
      // the coupled bound (and the cap) limit; every other reward at most its largest.
      let z = zMost;
      if (this.cap !== Number.POSITIVE_INFINITY) {
        let capped = this.cap;
        for (let k = 0; k < m.length; k++) capped -= this.rate[k]! * m[k]!;
        z = Math.min(z, capped);
      }
      let others = 0;
      for (let k = 0; k < this.basis.length; k++) {
        const basis = this.basis[k];
        if (basis === FULL_PRICE_ONLY && this.amount[k] !== this.amount[k]) continue;
        const measured =
          basis === BEFORE
            ? this.full[k]!
            : basis === AFTER
              ? this.whole[k] === 1
                ? this.model.subtotal - s
                : this.full[k]! - m[this.eIndex[k]!]!
              : this.full[k]! - m[this.uIndex[k]!]!;
        others += this.reward(k, measured);
      }
      floor = Math.max(floor, this.model.subtotal - z - this.ratedCeiling - others);
    }
    return floor;
  }
}

/**
 * A choice from its index at position i: stateless options first, then each stateful option (for
 * an interleaved offer, once paid and once free: `join` 0 or 1 until {@link groupLabels}).
 */
function decodeChoice(part: Part, i: number, c: number): Choice {
  const { plan } = part;
  const stateless = plan.stateless[i]!;
  if (c < stateless.length) {
    const o = stateless[c]!.offer;
    return o === FULL_PRICE ? { kind: 'none' } : o === REDUCED ? { kind: 'reduced' } : { kind: 'offer', offer: o, slot: 0 };
  }
  const options = plan.options[i]!;
  const option = options[(c - stateless.length) % options.length]!;
  const offer = plan.stateful[option.stateful]!.offer;
  if (part.extra[option.stateful]!.levels < 0) return { kind: 'offer', offer, slot: option.slot };
  return { kind: 'offer', offer, slot: option.slot, join: Math.floor((c - stateless.length) / options.length) };
}

/**
 * Picks the multiplier on measure k's limit that gives the highest floor at the root (the floor is
 * concave in it: a golden-section search over [0, 1]; beyond 1 every eligible unit costs more than
 * it could save). Leaves the parts' coupled bounds built for the multiplier chosen. Stops at the
 * first multiplier whose floor reaches the incumbent, and says so: that floor settles the set.
 */
function chooseMultiplier(objective: Objective, k: number, parts: readonly Part[], floorAt: () => number, incumbent: number, budget: SearchBudget): boolean {
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
function hasEligible(eligible: readonly Uint8Array[], k: number): boolean {
  return eligible[k]!.includes(1);
}

/** Subgradient steps per probe of a multiplier in {@link chooseMultiplier}. */
const PROBE_ITERATIONS = 6;

/**
 * The coupled bound of a part for the objective's current rates and multipliers: using an eligible
 * unit costs (rate + mu) × its price. Tightened against the part's item optimum priced the same way,
 * starting from `warm`'s λ when given (the same part's bound for nearby multipliers).
 */
function coupledBound(
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

/**
 * A part of the search for one component. `basis`, the same component's part in the same set's
 * exact search, lends what does not depend on `relaxed`: the plan, the bounds (built for the
 * multipliers already chosen) and which units each measure counts.
 */
function buildPart(model: PricingModel, component: Component, objective: Objective, item: ComponentResult, budget: SearchBudget, relaxed: boolean, basis?: Part): Part {
  const { measures } = objective;
  const { saving: itemSaving, choices: itemChoices } = item;
  const plan = basis?.plan ?? planComponent(model, component);
  let bound = basis?.bound;
  if (bound === undefined) {
    bound = new SuffixBound(plan, float64sOf(plan.bestStateless, (o) => o.gain), undefined);
    // The item solver's λ (this pricing's, or the cached one of the same problem) is where its
    // own tightening of this very bound stopped: start there.
    const seeded = item.keys !== undefined && item.lambda !== undefined;
    if (seeded) {
      for (let i = 0; i < plan.n; i++) {
        const lambda = item.lambda!.get(item.keys![i]!);
        if (lambda !== undefined) bound.seedLambda(bound.classAt(i), lambda);
      }
    }
    // The component's item optimum is known: a few steps bring the bound close to it (none from
    // the item solver's λ, where its own steps stopped).
    bound.prepare(itemSaving, seeded ? 0 : BOUND_ITERATIONS, budget);
  }
  const eligible =
    basis?.eligible ??
    measures.map((m) => {
      const th = model.thresholds[m.threshold]!;
      return uint8sOf(plan.classAt, (c) => (th.eligible.has(c) ? 1 : 0));
    });
  let coupled = basis?.coupled;
  if (basis === undefined && objective.coupled) {
    // A part a multiplier's search will rebuild needs only a starting λ: no steps spent here.
    const rebuilt = objective.limitedUse.some((k) => hasEligible(eligible, k));
    // Where no unit is eligible for a rated measure, nor for one a multiplier may charge, using a
    // unit costs nothing: the coupled bound would be built and tightened exactly as the bound was.
    const costed = rebuilt || measures.some((_, k) => objective.rate[k]! > 0 && hasEligible(eligible, k));
    coupled = costed ? coupledBound(plan, eligible, objective, itemSaving, itemChoices, budget, rebuilt ? 0 : BOUND_ITERATIONS) : bound;
  }
  const classIndex = new Map<number, number>();
  const classUnits: number[][] = [];
  const classLocal = int32sOf(plan.units, (id) => {
    const c = model.units[id]!.classId;
    let k = classIndex.get(c);
    if (k === undefined) {
      k = classIndex.size;
      classIndex.set(c, k);
      classUnits.push([]);
    }
    classUnits[k]!.push(id);
    return k;
  });
  const mode = plan.stateful.map((sf) =>
    int8sOf(measures, (m, mi) => {
      if (m.kind !== 'eligible-saving') return OUTSIDE;
      let inside = 0;
      for (const i of sf.positions) inside += eligible[mi]![i]!;
      return inside === 0 ? OUTSIDE : inside === sf.positions.length ? INSIDE : STRADDLE;
    }),
  );
  let width = plan.width;
  const lessMayBeBetter = objective.cap !== Number.POSITIVE_INFINITY || measures.some((m) => m.kind === 'eligible-saving');
  const minFrom: Array<Float64Array[] | undefined> = [];
  const extra = plan.stateful.map((sf, k): Extra => {
    const active = model.offers[sf.offer]!;
    const kind = active.offer.kind;
    const straddles = mode[k]!.some((x) => x === STRADDLE);
    let minPrice = Number.POSITIVE_INFINITY;
    for (const i of sf.positions) minPrice = Math.min(minPrice, plan.price[i]!);
    const fixedPrice = kind === 'multi-buy' || kind === 'bundle';
    const x: Mutable<Extra> = {
      sum: -1,
      levels: -1,
      classes: -1,
      free: -1,
      window: -1,
      start: -1,
      count: 0,
      perApplication: undefined,
      unitRate: Number.NaN,
      approximate: false,
      validity: false,
      relaxed: false,
    };
    if (sf.shape === ONE_SLOT && straddles) {
      x.classes = width;
      x.count = sf.sizes[0]! - 1;
    } else if (interleaves(plan, sf, kind, lessMayBeBetter)) {
      x.levels = width;
      x.count = sf.sizes[0]! - sf.freeFrom > 1 ? 2 : 1;
    } else if (sf.shape === ONE_SLOT && fixedPrice && minPrice * sf.sizes[0]! <= -sf.completion) {
      if (checksSaving(x, relaxed, regroupingMatters(plan, sf))) {
        x.sum = width;
        x.count = 1;
      }
    } else if (sf.shape === ONE_SLOT && kind === 'cheapest-free' && minPrice === 0) {
      x.free = width;
      x.count = 1;
    } else if (sf.shape === BUNDLE) {
      const classes = [...new Set(times(sf.positions.length, (j) => plan.classAt[sf.positions[j]!]!))];
      if (!alwaysSaves(model.classes, active, classes) && checksSaving(x, relaxed, regroupingMatters(plan, sf))) {
        x.window = width;
        x.count = sf.sizes.reduce((a, b) => a + b, 0);
      }
      if (straddles) {
        // Exact only when each slot has one class: every application then takes the same classes
        // and shares its saving the same way.
        const slotClasses = sf.sizes.map((_, slot) => [...new Set(Array.from(sf.positions).filter((_, j) => (sf.slotMask[j]! >> slot) & 1).map((i) => plan.classAt[i]!))]);
        if (slotClasses.every((list) => list.length === 1)) {
          const filling = slotClasses.flatMap((list, slot) => Array<number>(sf.sizes[slot]!).fill(list[0]!));
          const shared = applicationShare(model, active, filling, measures, mode[k]!);
          x.perApplication = shared.share;
          x.approximate = !shared.exact;
        } else {
          x.unitRate = bundleRate(model, active, slotClasses);
          x.approximate = true;
        }
      }
    }
    // A cheapest-free offer's saving depends on how its units are grouped: one that straddles a
    // measure's eligible units keeps the consecutive grouping (its shares are tracked), and that is
    // not every grouping.
    if (kind === 'cheapest-free' && x.levels < 0 && lessMayBeBetter && regroupingMatters(plan, sf)) x.approximate = true;
    x.start = x.count > 0 ? width : -1;
    width += x.count;
    if (x.window >= 0) {
      minFrom.push(
        sf.sizes.map((_, slot) => {
          const m = new Float64Array(sf.positions.length + 1).fill(Number.POSITIVE_INFINITY);
          for (let j = sf.positions.length - 1; j >= 0; j--) m[j] = Math.min(m[j + 1]!, (sf.slotMask[j]! >> slot) & 1 ? plan.price[sf.positions[j]!]! : Number.POSITIVE_INFINITY);
          return m;
        }),
      );
    } else {
      minFrom.push(undefined);
    }
    return x;
  });
  const liveFields = plan.liveFields.map((fields, i) => {
    const out = [...fields];
    for (const k of plan.liveOffers[i]!) {
      const x = extra[k]!;
      for (let f = 0; f < x.count; f++) out.push(x.start + f);
    }
    return new Int32Array(out);
  });
  const usedMeasures = uint8sOf(measures, (m) => (m.kind === 'used' ? 1 : 0));
  const dearestFrom = plan.stateful.map((sf, k) => {
    if (extra[k]!.levels < 0) return undefined;
    const most = new Float64Array(sf.positions.length + 1);
    for (let j = sf.positions.length - 1; j >= 0; j--) most[j] = Math.max(most[j + 1]!, plan.price[sf.positions[j]!]!);
    return most;
  });
  const drop = new Float64Array(plan.n + 1);
  plan.stateful.forEach((sf, k) => {
    if (extra[k]!.relaxed) addDrop(plan, sf, drop);
  });
  const ending = plan.stateful.map((_, k) => k);
  const endsAt = times<number[]>(plan.n, () => []);
  for (const k of ending) endsAt[plan.stateful[k]!.last]!.push(k);
  return { plan, bound, coupled, itemSaving, itemChoices, extra, width, liveFields, mode, eligible, minFrom, classLocal, classUnits, usedMeasures, dearestFrom, drop, endsAt: endsAt.map((e) => new Int32Array(e)) };
}

/**
 * Whether a cheapest-free offer's applications may interleave in the search: where less saving
 * can be worth more, regrouping the same units (which saves less than the consecutive grouping)
 * can land where no consecutive grouping of any units does (2 for 1 over A 5.01, A, C 2.91, C:
 * A A + C C saves 7.92, A C + A C 5.82). Each unit it takes is then paid or free, every labelling
 * some grouping allows is searched ({@link joinInterleaved}), and the choice is turned into a
 * grouping at the end ({@link groupLabels}). Not for an offer straddling a measure's eligible
 * units, whose shares need the units of its one open application.
 */
function interleaves(plan: ComponentPlan, sf: StatefulOffer, kind: string, lessMayBeBetter: boolean): boolean {
  return kind === 'cheapest-free' && sf.shape === ONE_SLOT && lessMayBeBetter && regroupingMatters(plan, sf);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A fixed-price offer that might not save money: whether the search checks that each of its
 * applications saves money. Where another grouping could take units the check refuses
 * (`regroup`), the check makes the result `validity`-bound, and a relaxed search drops it.
 */
function checksSaving(x: Mutable<Extra>, relaxed: boolean, regroup: boolean): boolean {
  x.relaxed = relaxed && regroup;
  x.validity = !relaxed && regroup;
  return !x.relaxed;
}

/**
 * Adds to `drop[i]` the most a relaxed fixed-price offer's applications started at position i or
 * later can lose: as many applications as its units there could fill, each filled with the
 * cheapest of them per slot (a unit may count in two slots: the loss only grows). An application
 * already open has been charged its price, and its units only add.
 */
function addDrop(plan: ComponentPlan, sf: StatefulOffer, drop: Float64Array): void {
  const m = sf.positions.length;
  const slots = sf.sizes.length;
  // Per slot, the cheapest prices (as many as the slot takes) of its units at the position or later, ascending.
  const cheapest: number[][] = sf.sizes.map(() => []);
  const counts = new Array<number>(slots).fill(0);
  let at = m;
  for (let i = plan.n; i >= 0; i--) {
    while (at > 0 && sf.positions[at - 1]! >= i) {
      at--;
      const p = plan.price[sf.positions[at]!]!;
      for (let s = 0; s < slots; s++) {
        if (!((sf.slotMask[at]! >> s) & 1)) continue;
        counts[s]!++;
        const list = cheapest[s]!;
        let b = list.length;
        list.push(p);
        while (b > 0 && list[b - 1]! > p) {
          list[b] = list[b - 1]!;
          b--;
        }
        list[b] = p;
        if (list.length > sf.sizes[s]!) list.pop();
      }
    }
    let apps = Number.POSITIVE_INFINITY;
    let fill = 0;
    for (let s = 0; s < slots; s++) {
      apps = Math.min(apps, Math.floor(counts[s]! / sf.sizes[s]!));
      for (const p of cheapest[s]!) fill += p;
    }
    if (apps > 0 && apps !== Number.POSITIVE_INFINITY) drop[i] = drop[i]! + apps * Math.max(0, -sf.completion - fill);
  }
}

/**
 * Whether the search's grouping can wrongly rule out an offer's units. For a fixed price, what the
 * chosen units save together does not depend on how they are grouped, but whether every
 * application saves money does: the search groups them consecutively in descending price order,
 * which makes its last application the cheapest, and drops the choice when that one saves nothing
 * (3 for 6.27 over A 4.12 and B 1.47: A A A + B B B is dropped, A A B + A B B saves the same and
 * is allowed). That can only happen with two applications or more over units of different prices
 * in a slot; then a set the search finds nothing better for is not proven.
 */
function regroupingMatters(plan: ComponentPlan, sf: StatefulOffer): boolean {
  if (sf.limit < 2) return false;
  let apps = Number.POSITIVE_INFINITY;
  let mixed = false;
  sf.sizes.forEach((size, slot) => {
    let units = 0;
    let price = Number.NaN;
    for (let j = 0; j < sf.positions.length; j++) {
      if (!((sf.slotMask[j]! >> slot) & 1)) continue;
      const p = plan.price[sf.positions[j]!]!;
      if (units > 0 && p !== price) mixed = true;
      price = p;
      units++;
    }
    apps = Math.min(apps, Math.floor(units / size));
  });
  return mixed && apps >= 2;
}

/**
 * Per measure, the eligible share of the saving of a bundle application taking `filling` (a class
 * per unit), for the measures the bundle straddles. Shares follow {@link shareSaving}: in
 * proportion to price, largest remainder, ties to the unit scanned first. Scan order differs from
 * one application to the next, so where a tie between an eligible and an ineligible unit could
 * move a minor unit across, the share is not exact (the larger is taken: it never flatters a
 * threshold measured after offers).
 */
function applicationShare(
  model: PricingModel,
  active: ActiveOffer,
  filling: readonly number[],
  measures: readonly Measure[],
  mode: Int8Array,
): { share: Float64Array; exact: boolean } {
  const prices = filling.map((c) => model.classes[c]!.price);
  const saving = active.rule.saving(active.offer as never, [prices]);
  const share = new Float64Array(measures.length);
  let exact = true;
  if (saving <= 0) return { share, exact };
  measures.forEach((m, mi) => {
    if (mode[mi] !== STRADDLE) return;
    const eligible = model.thresholds[m.threshold]!.eligible;
    // The same units in two orders: eligible ones first, then last.
    const first = [...filling].sort((a, b) => Number(eligible.has(b)) - Number(eligible.has(a)));
    const sum = (order: readonly number[]) => {
      const parts = allocate(saving, order.map((c) => model.classes[c]!.price));
      return order.reduce((a, c, j) => a + (eligible.has(c) ? parts[j]! : 0), 0);
    };
    const early = sum(first);
    const late = sum([...first].reverse());
    share[mi] = Math.max(early, late);
    if (early !== late) exact = false;
  });
  return { share, exact };
}

/** The most saving per minor unit of price any filling of a bundle's slots shares onto a unit. */
function bundleRate(model: PricingModel, active: ActiveOffer, slotClasses: readonly (readonly number[])[]): number {
  let dearest = 0;
  slotClasses.forEach((list, slot) => {
    let max = 0;
    for (const c of list) max = Math.max(max, model.classes[c]!.price);
    dearest += max * active.slotSizes[slot]!;
  });
  return dearest > 0 ? Math.max(0, 1 - (active.offer as { price: number }).price / dearest) : 0;
}

/** A table of distinct states, each with its Pareto set of entries. */
class States {
  count = 0;
  vec: Int32Array;
  entries: Entry[][] = [];
  private hashes: Int32Array;
  private table: Int32Array;
  private mask: number;

  constructor(readonly stride: number) {
    this.vec = new Int32Array(16 * Math.max(1, stride));
    this.hashes = new Int32Array(16);
    this.table = new Int32Array(32);
    this.mask = 31;
  }

  find(state: Int32Array, fields: Int32Array, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const at = this.table[slot]!;
      if (at === 0) break;
      const e = at - 1;
      if (this.hashes[e] === hash && this.same(e, state, fields)) return e;
      slot = (slot + 1) & this.mask;
    }
    if (this.count === this.hashes.length) {
      this.grow();
      return this.find(state, fields, hash);
    }
    const e = this.count++;
    for (let t = 0; t < this.stride; t++) this.vec[e * this.stride + t] = state[fields[t]!]!;
    this.hashes[e] = hash;
    this.entries.push([]);
    this.table[slot] = e + 1;
    return e;
  }

  private same(e: number, state: Int32Array, fields: Int32Array): boolean {
    for (let t = 0; t < this.stride; t++) if (this.vec[e * this.stride + t] !== state[fields[t]!]) return false;
    return true;
  }

  private grow(): void {
    const capacity = this.hashes.length * 2;
    const vec = new Int32Array(capacity * Math.max(1, this.stride));
    vec.set(this.vec);
    this.vec = vec;
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = this.hashes[e]! & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = e + 1;
    }
  }
}

/** Open applications of a fixed-price offer (they have been charged their price already). */
function openApplications(sf: StatefulOffer, state: Int32Array): number {
  if (sf.shape === LIMITED_SINGLE) return 0;
  let open = 0;
  for (let s = 0; s < sf.sizes.length; s++) open = Math.max(open, Math.ceil(state[sf.field + s]! / sf.sizes[s]!));
  return open;
}

/**
 * The layered search over the parts, one after another: each part starts from the frontier of
 * entries the previous one ended with (all at the closed, empty state).
 */
class TrackedSearch {
  /** Most saving (and coupled value) the parts after part p could add. */
  private readonly later: Float64Array;
  private readonly laterCoupled: Float64Array;
  /** The most the saving can fall in the parts after part p (relaxed searches only). */
  private readonly laterDrop: Float64Array;
  private readonly scratch: Float64Array;
  private readonly low: Float64Array;
  /** Entries compared since steps were last spent. */
  private compared = 0;
  /** Every entry's measures. */
  readonly measures: MeasureStore;

  constructor(
    private readonly model: PricingModel,
    private readonly objective: Objective,
    private readonly parts: readonly Part[],
    private readonly budget: SearchBudget,
    private readonly incumbent: number,
  ) {
    this.later = new Float64Array(parts.length + 1);
    this.laterCoupled = new Float64Array(parts.length + 1);
    this.laterDrop = new Float64Array(parts.length + 1);
    for (let p = parts.length - 1; p >= 0; p--) {
      this.later[p] = this.later[p + 1]! + parts[p]!.bound.root;
      this.laterCoupled[p] = this.laterCoupled[p + 1]! + (parts[p]!.coupled?.root ?? 0);
      this.laterDrop[p] = this.laterDrop[p + 1]! + parts[p]!.drop[0]!;
    }
    this.scratch = new Float64Array(objective.measures.length);
    this.low = new Float64Array(objective.measures.length);
    this.measures = new MeasureStore(objective.measures.length);
  }

  /** The final frontier (or just its best entry), or undefined when the budget ran out. */
  run(s: number, m: Float64Array): Entry[] | undefined {
    let frontier: Entry[] = [{ s, m: this.measures.add(m), parent: undefined, choice: -1, part: -1, position: -1 }];
    const tail = this.statelessTail();
    for (let p = 0; p < this.parts.length; p++) {
      if (p === tail) {
        const best = this.finishStateless(p, frontier);
        if (best !== null) return best;
      }
      const next = this.searchPart(p, frontier);
      if (next === undefined || next.length === 0) return next;
      frontier = next;
    }
    return frontier;
  }

  /**
   * Where the parts from some index on have no offer that keeps state and no unit any measure
   * counts, under a cap: that index (else the number of parts). Each of their units then takes
   * one stateless option on its own, measures stay as they are, and the total only falls as
   * saving rises up to the cap: every entry's best end is its saving plus the largest sum of
   * their gains that keeps it within the cap. Entries of distinct savings are all kept (any could
   * be the one that lands nearest the cap), so searching them unit by unit would carry each one
   * through every unit.
   */
  private statelessTail(): number {
    if (this.objective.cap === Number.POSITIVE_INFINITY) return this.parts.length;
    let p = this.parts.length;
    while (p > 0) {
      const part = this.parts[p - 1]!;
      if (part.plan.stateful.length > 0 || part.eligible.some((flags) => flags.includes(1))) break;
      p--;
    }
    return p;
  }

  /**
   * The best end of the frontier through the stateless tail from part `from` on (see
   * {@link statelessTail}), as a chain of entries ending in it; [] when none beats the
   * incumbent; undefined when the budget ran out; null when the sums would not fit a bitset or
   * a gain is not whole minor units (the parts are then searched as usual). A subset-sum over
   * the tail's units, one bitset of reachable gain sums per unit to read the choice back.
   */
  private finishStateless(from: number, frontier: readonly Entry[]): Entry[] | undefined | null {
    const { cap } = this.objective;
    let low = cap;
    for (const e of frontier) low = Math.min(low, e.s);
    const top = cap - low;
    if (top > STATELESS_TAIL_MAX_SUM) return null;
    const words = (top >>> 5) + 1;
    const units: Array<{ part: number; position: number }> = [];
    for (let p = from; p < this.parts.length; p++) for (let i = 0; i < this.parts[p]!.plan.n; i++) units.push({ part: p, position: i });
    const gains = (u: { part: number; position: number }) => this.parts[u.part]!.plan.stateless[u.position]!;
    let work = frontier.length;
    for (const u of units) {
      for (const option of gains(u)) if (!Number.isInteger(option.gain) || option.gain < 0) return null;
      work += gains(u).length * words;
    }
    if (!this.budget.spend(work)) return undefined;
    // sums[j]: the gain sums the first j units of the tail can reach.
    const sums = new Uint32Array((units.length + 1) * words);
    sums[0] = 1;
    units.forEach((u, j) => {
      for (const option of gains(u)) if (option.gain <= top) orShifted(sums, j * words, sums, (j + 1) * words, words, option.gain);
    });
    const last = units.length * words;
    let best: Entry | undefined;
    let bestGain = 0;
    let bestTotal = this.incumbent;
    const m = this.scratch;
    for (const e of frontier) {
      if (e.s > cap) continue;
      const gain = highestAtMost(sums, last, cap - e.s);
      if (gain < 0) continue;
      const total = this.objective.total(e.s + gain, this.measures.read(e.m, m));
      if (total < bestTotal) {
        best = e;
        bestGain = gain;
        bestTotal = total;
      }
    }
    if (best === undefined) return [];
    // Read the options back, last unit first.
    const picks = new Int32Array(units.length);
    for (let j = units.length - 1, rest = bestGain; j >= 0; j--) {
      const options = gains(units[j]!);
      const o = options.findIndex((option) => option.gain <= rest && hasBit(sums, j * words, rest - option.gain));
      picks[j] = o;
      rest -= options[o]!.gain;
    }
    let entry = best;
    units.forEach((u, j) => {
      entry = { s: entry.s + gains(u)[picks[j]!]!.gain, m: best.m, parent: entry, choice: picks[j]!, part: u.part, position: u.position };
    });
    return [entry];
  }

  private searchPart(index: number, start: readonly Entry[]): Entry[] | undefined {
    const part = this.parts[index]!;
    const { plan, extra, liveFields } = part;
    const { n, stateful } = plan;
    const state = new Int32Array(part.width);
    const saved = new Int32Array(Math.max(1, ...stateful.map((sf, k) => sf.fieldCount + extra[k]!.count)));
    let layer = new States(0);
    layer.entries.push([...start]);
    layer.count = 1;

    for (let i = 0; i < n; i++) {
      const fieldsHere = liveFields[i]!;
      const fieldsNext = liveFields[i + 1]!;
      const multipliers = int32sOf(fieldsNext, fieldMultiplier);
      const next = new States(fieldsNext.length);
      const price = plan.price[i]!;
      const stateless = plan.stateless[i]!;
      const opts = plan.options[i]!;
      const ends = part.endsAt[i]!;
      const stride = layer.stride;
      const step: Step = { index, part, i, price, next, fieldsNext, multipliers, state };

      for (let e = 0; e < layer.count; e++) {
        const entries = layer.entries[e]!;
        if (entries.length === 0) continue;
        // Spent state by state, not a whole layer up front: the guard reads the clock only when
        // steps are spent, and a wide layer takes milliseconds.
        if (!this.budget.spend(entries.length * (stateless.length + opts.length))) return undefined;
        for (let t = 0; t < stride; t++) state[fieldsHere[t]!] = layer.vec[e * stride + t]!;
        // Offers whose last eligible unit is this one must be closed by it.
        let openEnding = -1;
        for (let q = 0; q < ends.length; q++) if (!isClosed(stateful[ends[q]!]!, state)) openEnding = openEnding === -1 ? ends[q]! : -2;
        if (openEnding !== -2) {
          if (openEnding === -1 && closeEnding(part, i, state, -1)) {
            for (let o = 0; o < stateless.length; o++) {
              const opt = stateless[o]!;
              this.admit(step, entries, o, opt.gain, opt.offer === FULL_PRICE ? 0 : 1, -1, undefined);
            }
          }
          for (let o = 0; o < opts.length; o++) {
            const option = opts[o]!;
            const k = option.stateful;
            if (openEnding >= 0 && k !== openEnding) continue;
            const sf = stateful[k]!;
            const x = extra[k]!;
            const base = sf.field;
            // An interleaved offer's unit is taken paid (0) or free (1).
            const labels = x.levels >= 0 ? 2 : 1;
            for (let label = 0; label < labels; label++) {
              for (let f = 0; f < sf.fieldCount; f++) saved[f] = state[base + f]!;
              for (let f = 0; f < x.count; f++) saved[sf.fieldCount + f] = state[x.start + f]!;
              const result = x.levels >= 0 ? joinInterleaved(sf, x, state, label, price, sf.positions.length - sf.localAt[i + 1]!) : applyTracked(this.model, part, k, sf, x, state, option, price, i);
              if (result !== undefined && closeEnding(part, i, state, k)) this.admit(step, entries, stateless.length + o + label * opts.length, result.s, 1, k, result.share);
              for (let f = 0; f < sf.fieldCount; f++) state[base + f] = saved[f]!;
              for (let f = 0; f < x.count; f++) state[x.start + f] = saved[sf.fieldCount + f]!;
            }
          }
        }
        for (let t = 0; t < stride; t++) state[fieldsHere[t]!] = 0;
      }
      layer = next;
    }

    const out: Entry[] = [];
    const future = this.later[index + 1]!;
    for (let e = 0; e < layer.count; e++) {
      for (const entry of layer.entries[e]!) {
        const at = this.place(out, entry.s, this.measures.read(entry.m, this.scratch), future);
        if (at >= 0) this.add(out, entry, at, future);
      }
    }
    this.budget.spend(this.compared);
    this.compared = 0;
    return out;
  }

  /**
   * Where a candidate with saving `s` and measures `m` goes in a state's entries, or −1 when one
   * there is at least as good: at least its saving and at most its measures, where more saving
   * counts only while it cannot overshoot the cap (saving + `future` ≤ cap; beyond, only equal
   * saving compares). Entries are a Pareto set sorted by saving, most first, so the entries that
   * can be as good are a range: those of its own saving when it could overshoot, else those from
   * the cap's reach down to its own saving.
   */
  private place(entries: readonly Entry[], s: number, m: Float64Array, future: number): number {
    const { cap } = this.objective;
    const end = firstBelow(entries, s);
    for (let q = firstBelow(entries, s + future > cap ? s : cap - future, true); q < end; q++) {
      this.compared++;
      if (this.measures.atMost(entries[q]!.m, m)) return -1;
    }
    return end;
  }

  /**
   * Adds an entry where {@link place} put it, dropping the entries it beats: those of its own
   * saving with measures at least its own, and when it cannot overshoot the cap, those below it too.
   */
  private add(entries: Entry[], entry: Entry, at: number, future: number): void {
    const start = firstBelow(entries, entry.s, true);
    const end = entry.s + future > this.objective.cap ? at : entries.length;
    let kept = start;
    let before = at;
    for (let q = start; q < end; q++) {
      this.compared++;
      const other = entries[q]!;
      if (this.measures.within(entry.m, other.m)) {
        if (q < at) before--;
        continue;
      }
      entries[kept++] = other;
    }
    if (kept < end) {
      entries.copyWithin(kept, end);
      entries.length -= end - kept;
    }
    // Inserted by hand: `splice` allocates the (empty) array of what it removes.
    entries.push(entry);
    for (let q = entries.length - 1; q > before; q--) entries[q] = entries[q - 1]!;
    entries[before] = entry;
  }

  /**
   * Adds the entries of the current state, moved by one option, to the next layer. `gain` is the
   * saving it adds, `uses` whether the unit counts as used (in an application or reduced),
   * `offer` the stateful offer changed (−1 for none), `share` the eligible saving a completed
   * application of a straddling offer adds per measure.
   */
  private admit(step: Step, entries: readonly Entry[], choice: number, gain: number, uses: number, offer: number, share: Float64Array | undefined): void {
    const { part, i, price, state, fieldsNext, multipliers, index } = step;
    const { plan } = part;
    const objective = this.objective;
    let hash = 0;
    for (let t = 0; t < fieldsNext.length; t++) hash = (hash + Math.imul(state[fieldsNext[t]!]!, multipliers[t]!)) | 0;
    // The most saving this state could still add: its offers' bound, plus the prices already
    // charged for open applications (the bound counts them on completion).
    let open = 0;
    const live = plan.liveOffers[i + 1]!;
    for (let q = 0; q < live.length; q++) {
      const k = live[q]!;
      const sf = plan.stateful[k]!;
      open -= sf.completion * openApplications(sf, state);
      // The bound sees an interleaved offer with nothing open: each free place left in its open
      // applications can add at most the dearest eligible unit still to come.
      const dearest = part.dearestFrom[k];
      if (dearest !== undefined) open += freePlacesOpen(sf, part.extra[k]!, state, i + 1) * dearest[sf.localAt[i + 1]!]!;
    }
    const local = part.bound.total(i + 1, state);
    if (local === Number.NEGATIVE_INFINITY) return;
    const future = local + open + this.later[index + 1]!;
    const drop = part.drop[i + 1]! + this.laterDrop[index + 1]!;
    const coupledFuture = part.coupled === undefined ? Number.NaN : part.coupled.total(i + 1, state) + open + this.laterCoupled[index + 1]!;
    let at = -1;
    const m = this.scratch;
    const measures = m.length;
    for (let q = 0; q < entries.length; q++) {
      const entry = entries[q]!;
      const s = entry.s + gain;
      this.measures.read(entry.m, m);
      for (let mi = 0; mi < measures; mi++) {
        const elig = part.eligible[mi]![i]!;
        if (part.usedMeasures[mi] === 1) {
          if (elig && uses) m[mi] = m[mi]! + price;
        } else if (offer < 0) {
          if (elig) m[mi] = m[mi]! + gain;
        } else {
          const how = part.mode[offer]![mi]!;
          if (how === INSIDE) m[mi] = m[mi]! + gain;
          // A straddling application adds its eligible share when it completes (tracked classes, or
          // a bundle whose applications all take the same classes); a single-unit offer, its
          // eligible units' gains; a bundle with mixed slots, an estimate per eligible unit.
          else if (how === STRADDLE) m[mi] = m[mi]! + (share !== undefined ? share[mi]! : straddleGain(part.extra[offer]!, elig, gain, price));
        }
      }
      // Saving and eligible saving only grow from here, except through a relaxed offer's
      // applications: the checks read what they could still fall to.
      let sLow = s;
      let mLow = m;
      if (drop > 0) {
        sLow = s - drop;
        mLow = this.low;
        for (let mi = 0; mi < measures; mi++) mLow[mi] = part.usedMeasures[mi] === 1 ? m[mi]! : m[mi]! - drop;
      }
      if (!objective.feasible(sLow, mLow)) continue;
      const zMost = objective.coupled ? objective.coupledValue(s, m) + coupledFuture : Number.NaN;
      if (objective.optimistic(sLow, s + future, zMost, mLow) >= this.incumbent) continue;
      if (at < 0) at = step.next.find(state, fieldsNext, hash);
      const there = step.next.entries[at]!;
      const place = this.place(there, s, m, future);
      if (place >= 0) this.add(there, { s, m: this.measures.add(m), parent: entry, choice, part: index, position: i }, place, future);
    }
    // Comparisons with the entries there are work too: spend them, so the budget bounds time.
    this.budget.spend(this.compared);
    this.compared = 0;
  }
}

/** What a unit adds to a measure an offer straddles, outside a completed application's share. */
function straddleGain(x: Extra, eligible: number, gain: number, price: number): number {
  if (x.classes >= 0 || x.perApplication !== undefined || !eligible) return 0;
  return x.unitRate === x.unitRate ? Math.ceil(price * x.unitRate) : gain;
}

/** What one layer of a part's search shares across its states and options. */
interface Step {
  readonly index: number;
  readonly part: Part;
  readonly i: number;
  readonly price: number;
  readonly next: States;
  readonly fieldsNext: Int32Array;
  readonly multipliers: Int32Array;
  readonly state: Int32Array;
}

/** Whether joining `option` completes an application of the offer. */
function completes(sf: StatefulOffer, state: Int32Array, option: UnitOption): boolean {
  if (sf.shape === LIMITED_SINGLE) return true;
  for (let s = 0; s < sf.sizes.length; s++) if (state[sf.field + s]! + (s === option.slot ? 1 : 0) < sf.sizes[s]!) return false;
  return true;
}

/**
 * After the unit at i: bundles whose last eligible unit it was must have a last application that
 * saves money; offers ending here other than `changed` must be closed (checked by the caller for
 * item fields).
 */
function closeEnding(part: Part, i: number, state: Int32Array, changed: number): boolean {
  const { stateful } = part.plan;
  for (let k = 0; k < stateful.length; k++) {
    const sf = stateful[k]!;
    if (sf.last !== i) continue;
    if (k === changed && !isClosed(sf, state)) return false;
    const x = part.extra[k]!;
    if (x.levels >= 0) for (let f = 0; f < x.count; f++) if (state[x.levels + f] !== 0) return false;
    if (x.window < 0) continue;
    if (state[x.window] === -1) continue;
    let sum = 0;
    let any = false;
    for (let f = 0; f < x.count; f++) {
      const v = state[x.window + f]!;
      if (v > 0) {
        any = true;
        sum += v - 1;
      }
    }
    if (any && sum <= -sf.completion) return false;
  }
  return true;
}

/**
 * A unit of an interleaved cheapest-free offer (b paid and f free units per application), taken
 * paid (`free` 0) or free (1), with `remaining` eligible units after it. Undefined when no grouping
 * allows it.
 *
 * Units come in descending price order, so a labelling of the units taken is some grouping's
 * exactly when every prefix has paid ≥ b × ⌈free / f⌉ (the k-th free unit's application needs its
 * b paid units before it) and the whole has paid = b × free / f: the i-th group of f free units then
 * takes the i-th group of b paid units, all dearer. So the state is the paid units not yet matched
 * (`slack`: paid − b × ⌈free / f⌉) and, when f > 1, free mod f; different groupings that reach
 * the same labels are one state, where counting open applications per fill kept them apart.
 * Applications count against a limit from their first paid unit: those whose free units have
 * begun (the item count field) and ⌈slack / b⌉ more.
 */
function joinInterleaved(sf: StatefulOffer, x: Extra, state: Int32Array, free: number, price: number, remaining: number): { s: number; share: undefined } | undefined {
  const paid = sf.freeFrom;
  const frees = sf.sizes[0]! - paid;
  let slack = state[x.levels]!;
  let taken = frees > 1 ? state[x.levels + 1]! : 0;
  let begun = sf.limited ? state[sf.field + 1]! : 0;
  if (free === 0) {
    slack++;
  } else {
    if (taken === 0) {
      // The first free unit of the next application: its paid units are matched now.
      if (slack < paid) return undefined;
      slack -= paid;
      begun++;
    }
    taken = (taken + 1) % frees;
  }
  const more = Math.ceil(slack / paid);
  if (sf.limited && begun + more > sf.limit) return undefined;
  // Closing every application takes the current one's free places and, for the slack, at least
  // ⌈slack / b⌉ more applications' units less the paid ones already there.
  if (remaining < ((frees - taken) % frees) + (frees + paid) * more - slack) return undefined;
  state[x.levels] = slack;
  if (frees > 1) state[x.levels + 1] = taken;
  if (sf.limited) state[sf.field + 1] = begun;
  return { s: free === 0 ? 0 : price + (taken === 0 ? sf.completion : 0), share: undefined };
}

/**
 * Free places the open applications of an interleaved offer still have at layer i, at most: the
 * current application's, and f for every application the unmatched paid units could be in (one
 * each at most), but no more than the eligible units still to come.
 */
function freePlacesOpen(sf: StatefulOffer, x: Extra, state: Int32Array, i: number): number {
  const frees = sf.sizes[0]! - sf.freeFrom;
  const taken = frees > 1 ? state[x.levels + 1]! : 0;
  const places = ((frees - taken) % frees) + frees * state[x.levels]!;
  return Math.min(places, sf.positions.length - sf.localAt[i]!);
}

/**
 * Turns an interleaved offer's labels (`join` 0 paid, 1 free, from {@link decodeChoice}) into the
 * fills each unit joins at, for {@link groupChoices}: the i-th b paid units open and fill the i-th
 * application, and its f free units follow (see {@link joinInterleaved}).
 */
function groupLabels(part: Part, choices: Choice[]): void {
  part.plan.stateful.forEach((sf, k) => {
    if (part.extra[k]!.levels < 0) return;
    const paid = sf.freeFrom;
    const frees = sf.sizes[0]! - paid;
    let paidSeen = 0;
    let freeSeen = 0;
    for (const i of sf.positions) {
      const c = choices[i];
      if (c?.kind !== 'offer' || c.offer !== sf.offer || c.join === undefined) continue;
      choices[i] = { ...c, join: c.join === 0 ? paidSeen++ % paid : paid + (freeSeen++ % frees) };
    }
  });
}

/**
 * Applies a stateful option in the threshold search: item fields as in the item solver, extra
 * fields, and the check that a completed application saves money. Returns the saving it adds
 * (fixed prices charged when an application starts) and, for an application of an offer
 * straddling an eligible-saving measure, the eligible share per measure; undefined when not allowed.
 */
function applyTracked(
  model: PricingModel,
  part: Part,
  k: number,
  sf: StatefulOffer,
  x: Extra,
  state: Int32Array,
  option: UnitOption,
  price: number,
  i: number,
): { s: number; share: Float64Array | undefined } | undefined {
  const openBefore = openApplications(sf, state);
  const fillBefore = sf.shape === ONE_SLOT ? state[sf.field]! : 0;
  const completed = completes(sf, state, option);
  const gain = applyOption(sf, state, option, price);
  if (gain !== gain) return undefined;
  if (sf.shape === LIMITED_SINGLE) return { s: gain, share: undefined };
  // Charge the fixed price when an application starts rather than when it completes: the gain
  // already holds it for a completion, so add it once per application opened, less once per closed.
  const s = gain + sf.completion * (openApplications(sf, state) - openBefore);
  let share: Float64Array | undefined;
  if (sf.shape === ONE_SLOT) {
    if (x.sum >= 0) {
      const sum = Math.min(state[x.sum]! + price, 1 - sf.completion);
      if (completed) {
        if (sum <= -sf.completion) return undefined;
        state[x.sum] = 0;
      } else {
        state[x.sum] = sum;
      }
    } else if (x.free >= 0) {
      const positive = state[x.free]! > 0 || (sf.positional && fillBefore >= sf.freeFrom && price > 0);
      if (completed) {
        if (!positive) return undefined;
        state[x.free] = 0;
      } else {
        state[x.free] = positive ? 1 : 0;
      }
    } else if (x.classes >= 0) {
      const local = part.classLocal[i]!;
      if (completed) {
        const units: number[] = [];
        const uses = new Map<number, number>();
        const take = (c: number) => {
          const used = uses.get(c) ?? 0;
          uses.set(c, used + 1);
          const list = part.classUnits[c]!;
          units.push(list[Math.min(used, list.length - 1)]!);
        };
        for (let f = 0; f < x.count; f++) take(state[x.classes + f]! - 1);
        take(local);
        const prices = units.map((id) => model.units[id]!.price).sort((a, b) => b - a);
        const saving = model.offers[sf.offer]!.rule.saving(model.offers[sf.offer]!.offer as never, [prices]);
        if (saving <= 0) return undefined;
        share = new Float64Array(part.eligible.length);
        const { ids, shares } = shareSaving(model, units, saving);
        for (let u = 0; u < ids.length; u++) {
          const pos = part.plan.units.indexOf(ids[u]!);
          for (let mi = 0; mi < share.length; mi++) if (pos >= 0 && part.eligible[mi]![pos]) share[mi] = share[mi]! + shares[u]!;
        }
        for (let f = 0; f < x.count; f++) state[x.classes + f] = 0;
      } else {
        state[x.classes + fillBefore] = local + 1;
      }
    }
    return { s, share };
  }
  // Bundle: keep the last units of each slot's window, then see whether the last application is settled.
  if (x.window >= 0 && state[x.window] !== -1) {
    let at = x.window;
    for (let slot = 0; slot < option.slot; slot++) at += sf.sizes[slot]!;
    const size = sf.sizes[option.slot]!;
    for (let f = 0; f + 1 < size; f++) state[at + f] = state[at + f + 1]!;
    state[at + size - 1] = price + 1;
    settleWindow(part, k, sf, x, state, i);
    if (state[x.window] !== -1 && windowDead(sf, x, state)) return undefined;
  }
  return { s, share: completed ? x.perApplication : undefined };
}

/** Marks a bundle's window safe once its last application must save money whatever comes. */
function settleWindow(part: Part, k: number, sf: StatefulOffer, x: Extra, state: Int32Array, i: number): void {
  const mins = part.minFrom[k]!;
  const from = sf.localAt[i + 1]!;
  let lowest = 0;
  let at = x.window;
  for (let s = 0; s < sf.sizes.length; s++) {
    const size = sf.sizes[s]!;
    let windowMin = Number.POSITIVE_INFINITY;
    let windowSum = 0;
    let filled = 0;
    for (let f = 0; f < size; f++) {
      const v = state[at + f]!;
      if (v > 0) {
        windowMin = Math.min(windowMin, v - 1);
        windowSum += v - 1;
        filled++;
      }
    }
    const remaining = mins[s]![from]!;
    if (remaining === Number.POSITIVE_INFINITY) lowest += filled === size ? windowSum : Number.POSITIVE_INFINITY;
    else lowest += size * Math.min(windowMin, remaining);
    at += size;
  }
  if (lowest > -sf.completion) for (let f = 0; f < x.count; f++) state[x.window + f] = -1;
}

/** Whether every slot's window is full and already sums to no more than the price (later units only lower it). */
function windowDead(sf: StatefulOffer, x: Extra, state: Int32Array): boolean {
  let sum = 0;
  for (let f = 0; f < x.count; f++) {
    const v = state[x.window + f]!;
    if (v <= 0) return false;
    sum += v - 1;
  }
  return sum <= -sf.completion;
}

/**
 * In entries sorted by saving, most first: the first whose saving is below `s`, or with
 * `orEqual`, the first at or below it.
 */
function firstBelow(entries: readonly Entry[], s: number, orEqual = false): number {
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
class MeasureStore {
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
