import { BUNDLE, ONE_SLOT, planComponent, type ComponentPlan, type StatefulOffer } from '../items/plan';
import type { ActiveOffer, Component, PricingModel } from '../model';
import { allocate } from '../money';
import { SuffixBound } from '../items/bound';
import type { SearchBudget } from '../search-budget';
import type { Choice, ComponentResult } from '../items/search';
import { alwaysSaves } from '../items/order';
import { float64sOf, int32sOf, int8sOf, times, uint8sOf } from '../arrays';
import type { Measure } from './measures';
import { Objective } from './objective';
import { BOUND_ITERATIONS, hasEligible, coupledBound } from './multipliers';

/** How an offer's saving reaches an eligible-saving measure. */
const OUTSIDE = 0;
export const INSIDE = 1;
export const STRADDLE = 2;

/** Per component: its plan, bound and the extra state the threshold search needs. */
export interface Part {
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
export interface Extra {
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
 * A part of the search for one component. `basis`, the same component's part in the same set's
 * exact search, lends what does not depend on `relaxed`: the plan, the bounds (built for the
 * multipliers already chosen) and which units each measure counts.
 */
export function buildPart(model: PricingModel, component: Component, objective: Objective, item: ComponentResult, budget: SearchBudget, relaxed: boolean, basis?: Part): Part {
  const { measures } = objective;
  const plan = basis?.plan ?? planComponent(model, component);
  const bound = basis?.bound ?? itemBound(plan, item, budget);
  const eligible =
    basis?.eligible ??
    measures.map((m) => {
      const th = model.thresholds[m.threshold]!;
      return uint8sOf(plan.classAt, (c) => (th.eligible.has(c) ? 1 : 0));
    });
  const coupled = basis !== undefined ? basis.coupled : objective.coupled ? firstCoupledBound(plan, eligible, objective, item, bound, budget) : undefined;
  const { classLocal, classUnits } = classLayout(model, plan);
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
  const extra = plan.stateful.map((sf, k): Extra => {
    const x = offerExtra(model, plan, sf, mode[k]!, measures, width, lessMayBeBetter, relaxed);
    width += x.count;
    return x;
  });
  const minFrom = plan.stateful.map((sf, k) => (extra[k]!.window >= 0 ? slotMinimaFrom(plan, sf) : undefined));
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
  const endsAt = times<number[]>(plan.n, () => []);
  plan.stateful.forEach((sf, k) => endsAt[sf.last]!.push(k));
  const { saving: itemSaving, choices: itemChoices } = item;
  return { plan, bound, coupled, itemSaving, itemChoices, extra, width, liveFields, mode, eligible, minFrom, classLocal, classUnits, usedMeasures, dearestFrom, drop, endsAt: endsAt.map((e) => new Int32Array(e)) };
}

/** The bound on the saving a part's units can add, tightened against the component's item optimum. */
function itemBound(plan: ComponentPlan, item: ComponentResult, budget: SearchBudget): SuffixBound {
  const bound = new SuffixBound(plan, float64sOf(plan.bestStateless, (o) => o.gain), undefined);
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
  bound.prepare(item.saving, seeded ? 0 : BOUND_ITERATIONS, budget);
  return bound;
}

/** A part's first coupled bound (see {@link Part.coupled}), in an exact search whose objective is coupled. */
function firstCoupledBound(plan: ComponentPlan, eligible: readonly Uint8Array[], objective: Objective, item: ComponentResult, bound: SuffixBound, budget: SearchBudget): SuffixBound {
  // A part a multiplier's search will rebuild needs only a starting λ: no steps spent here.
  const rebuilt = objective.limitedUse.some((k) => hasEligible(eligible, k));
  // Where no unit is eligible for a rated measure, nor for one a multiplier may charge, using a
  // unit costs nothing: the coupled bound would be built and tightened exactly as the bound was.
  const costed = rebuilt || objective.measures.some((_, k) => objective.rate[k]! > 0 && hasEligible(eligible, k));
  return costed ? coupledBound(plan, eligible, objective, item.saving, item.choices, budget, rebuilt ? 0 : BOUND_ITERATIONS) : bound;
}

/** Per position, its class's local index; per local class, its unit ids (for sharing savings). */
function classLayout(model: PricingModel, plan: ComponentPlan): { classLocal: Int32Array; classUnits: number[][] } {
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
  return { classLocal, classUnits };
}

/**
 * The extra state an offer keeps in the threshold search (see {@link Extra}), its fields from
 * `width` on. `mode` is how its saving reaches each measure.
 */
function offerExtra(model: PricingModel, plan: ComponentPlan, sf: StatefulOffer, mode: Int8Array, measures: readonly Measure[], width: number, lessMayBeBetter: boolean, relaxed: boolean): Extra {
  const active = model.offers[sf.offer]!;
  const { strategy } = active;
  const straddles = mode.some((x) => x === STRADDLE);
  let minPrice = Number.POSITIVE_INFINITY;
  for (const i of sf.positions) minPrice = Math.min(minPrice, plan.price[i]!);
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
  } else if (interleaves(plan, sf, lessMayBeBetter)) {
    x.levels = width;
    x.count = sf.sizes[0]! - sf.freeFrom > 1 ? 2 : 1;
  } else if (sf.shape === ONE_SLOT && strategy.fixedPrice !== undefined && minPrice * sf.sizes[0]! <= -sf.completion) {
    if (checksSaving(x, relaxed, regroupingMatters(plan, sf))) {
      x.sum = width;
      x.count = 1;
    }
  } else if (sf.shape === ONE_SLOT && sf.positional && minPrice === 0) {
    x.free = width;
    x.count = 1;
  } else if (sf.shape === BUNDLE) {
    bundleExtra(model, plan, sf, mode, measures, width, relaxed, straddles, x);
  }
  // A cheapest-free offer's saving depends on how its units are grouped: one that straddles a
  // measure's eligible units keeps the consecutive grouping (its shares are tracked), and that is
  // not every grouping.
  if (sf.positional && x.levels < 0 && lessMayBeBetter && regroupingMatters(plan, sf)) x.approximate = true;
  x.start = x.count > 0 ? width : -1;
  return x;
}

/** A bundle's extra state: a window when its cheapest filling might not save money, and how it shares onto measures it straddles. */
function bundleExtra(model: PricingModel, plan: ComponentPlan, sf: StatefulOffer, mode: Int8Array, measures: readonly Measure[], width: number, relaxed: boolean, straddles: boolean, x: Mutable<Extra>): void {
  const active = model.offers[sf.offer]!;
  const classes = [...new Set(times(sf.positions.length, (j) => plan.classAt[sf.positions[j]!]!))];
  if (!alwaysSaves(model.classes, active, classes) && checksSaving(x, relaxed, regroupingMatters(plan, sf))) {
    x.window = width;
    x.count = sf.sizes.reduce((a, b) => a + b, 0);
  }
  if (!straddles) return;
  // Exact only when each slot has one class: every application then takes the same classes
  // and shares its saving the same way.
  const slotClasses = sf.sizes.map((_, slot) => [...new Set(Array.from(sf.positions).filter((_, j) => (sf.slotMask[j]! >> slot) & 1).map((i) => plan.classAt[i]!))]);
  if (slotClasses.every((list) => list.length === 1)) {
    const filling = slotClasses.flatMap((list, slot) => Array<number>(sf.sizes[slot]!).fill(list[0]!));
    const shared = applicationShare(model, active, filling, measures, mode);
    x.perApplication = shared.share;
    x.approximate = !shared.exact;
  } else {
    x.unitRate = bundleRate(model, active, slotClasses);
    x.approximate = true;
  }
}

/** A bundle checked by its last application: per slot, the least price of its eligible units from local index k on. */
function slotMinimaFrom(plan: ComponentPlan, sf: StatefulOffer): Float64Array[] {
  return sf.sizes.map((_, slot) => {
    const m = new Float64Array(sf.positions.length + 1).fill(Number.POSITIVE_INFINITY);
    for (let j = sf.positions.length - 1; j >= 0; j--) m[j] = Math.min(m[j + 1]!, (sf.slotMask[j]! >> slot) & 1 ? plan.price[sf.positions[j]!]! : Number.POSITIVE_INFINITY);
    return m;
  });
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
function interleaves(plan: ComponentPlan, sf: StatefulOffer, lessMayBeBetter: boolean): boolean {
  return sf.positional && sf.shape === ONE_SLOT && lessMayBeBetter && regroupingMatters(plan, sf);
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
  const saving = active.strategy.saving([prices]);
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
  return dearest > 0 ? Math.max(0, 1 - active.strategy.fixedPrice! / dearest) : 0;
}
