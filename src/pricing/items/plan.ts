import type { ActiveOffer, Component, PricingModel } from '../model';
import { fieldMultiplier } from '../state-table';

/**
 * How an offer keeps state in the solvers: `LIMITED_SINGLE`, one unit per application with a limit
 * that can bind (a counter of applications made); `ONE_SLOT`, one slot of two or more units
 * (multi-buy, cheapest-free: the open application's fill); `BUNDLE`, two or more slots (how far
 * each slot has run ahead of completed applications).
 */
export type OfferShape = 0 | 1 | 2;
export const LIMITED_SINGLE = 0;
export const ONE_SLOT = 1;
export const BUNDLE = 2;

/**
 * An offer that needs state in the solvers. Its fields sit in the solver's state vector at
 * `field` onwards: one fill per slot (for one-slot offers, `0 .. size-1`; for bundles, how far each
 * slot has run ahead of completed applications), then the count of applications made when the
 * offer's limit can bind.
 */
export interface StatefulOffer {
  /** Index into {@link PricingModel.offers}. */
  readonly offer: number;
  readonly shape: OfferShape;
  readonly sizes: readonly number[];
  readonly groupSize: number;
  /** Most applications (Infinity when the limit cannot bind on this component). */
  readonly limit: number;
  readonly limited: boolean;
  /** What completing an application adds: minus the fixed price, or 0 (cheapest-free). */
  readonly completion: number;
  /** Cheapest-free: units at this position of an application or later are free (buy − free); 0 otherwise. */
  readonly freeFrom: number;
  /** Whether unit gains depend on position (cheapest-free). */
  readonly positional: boolean;
  readonly field: number;
  readonly fieldCount: number;
  /** Positions (in the plan's order) of eligible units, ascending. */
  readonly positions: Int32Array;
  /** slotMask[k]: bit s set when the unit at positions[k] can fill slot s. */
  readonly slotMask: Int32Array;
  /** localAt[i]: the local index of the first eligible position at or after i. */
  readonly localAt: Int32Array;
  readonly first: number;
  readonly last: number;
}

/** A stateful option of a unit: join an offer's open application in a slot, or take a limited single-unit offer. */
export interface UnitOption {
  readonly stateful: number;
  readonly slot: number;
  /** Saving of a single-unit application (`LIMITED_SINGLE`); unused otherwise. */
  readonly gain: number;
}

/** A stateless option of a unit: full price, its reduced price, or an unlimited single-unit offer. */
export interface StatelessOption {
  /** -1: full price; -2: reduced price; otherwise an index into {@link PricingModel.offers}. */
  readonly offer: number;
  readonly gain: number;
}

/** Everything the solvers need about one component, in processing order. */
export interface ComponentPlan {
  readonly component: Component;
  readonly n: number;
  /** Unit id per position (the component's sequence). */
  readonly units: Int32Array;
  readonly price: Float64Array;
  readonly classAt: Int32Array;
  /** Every stateless option of the unit at each position (full price only when it has no reduced price). */
  readonly stateless: ReadonlyArray<readonly StatelessOption[]>;
  /** The best stateless option at each position (the item solver needs no other). */
  readonly bestStateless: readonly StatelessOption[];
  readonly options: ReadonlyArray<readonly UnitOption[]>;
  readonly stateful: readonly StatefulOffer[];
  readonly width: number;
  /** Fields live at layer i (the state before position i): offers with an eligible unit before i and one at i or later. */
  readonly liveFields: readonly Int32Array[];
  /** Stateful offers live at layer i. */
  readonly liveOffers: readonly Int32Array[];
  /** Per layer, each live field's hash multiplier (`fieldMultiplier` of {@link liveFields}). */
  readonly liveMultipliers: readonly Int32Array[];
  /** Per position: the stateful offers whose last eligible unit is there (they must be closed after it). */
  readonly endings: readonly Int32Array[];
}

export const FULL_PRICE = -1;
export const REDUCED = -2;

/**
 * The plan's units in runs of one class (a class's units sit together in the sequence): what a unit
 * can do depends only on its class, so it is worked out once per run, and every unit of a run
 * shares its option lists.
 */
interface ClassRuns {
  /** Model class id per run. */
  readonly classes: number[];
  /** First position of each run, then n. */
  readonly starts: number[];
}

/**
 * Typed arrays handed out as views of one buffer: V8 allocates a typed array of more than 64 bytes
 * outside its heap, at about ten times the cost of a view, and a plan needs three per stateful offer
 * (Kata Potter: 26 offers; they were a tenth of a fresh pricing).
 */
class Int32Arena {
  private readonly buffer: Int32Array;
  private used = 0;
  constructor(size: number) {
    this.buffer = new Int32Array(size);
  }

  /** A zeroed view of `length` elements. */
  take(length: number): Int32Array {
    const view = this.buffer.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }
}

/** Builds a component's plan: its units in solver order, their options, and the offers' state layout. */
export function planComponent(model: PricingModel, component: Component): ComponentPlan {
  const seq = component.sequence;
  const n = seq.length;
  const base = new Int32Arena(2 * n);
  const units = base.take(n);
  const classAt = base.take(n);
  const price = new Float64Array(n);
  const runs: ClassRuns = { classes: [], starts: [] };
  const runStateless: StatelessOption[][] = [];
  for (let i = 0; i < n; i++) {
    const u = model.units[seq[i]!]!;
    units[i] = u.id;
    classAt[i] = u.classId;
    price[i] = u.price;
    if (i > 0 && u.classId === classAt[i - 1]) continue;
    runs.classes.push(u.classId);
    runs.starts.push(i);
    runStateless.push(u.reducedPrice === undefined ? [{ offer: FULL_PRICE, gain: 0 }] : [{ offer: REDUCED, gain: u.price - u.reducedPrice }]);
  }
  runs.starts.push(n);

  const layouts: OfferLayout[] = [];
  for (const o of component.offers) {
    const layout = layoutOf(model.offers[o]!, o, runs, price, runStateless);
    if (layout !== undefined) layouts.push(layout);
  }
  let size = 0;
  for (const l of layouts) size += 2 * l.eligible + n + 1;
  const arena = new Int32Arena(size);
  const runOptions: UnitOption[][] = runs.classes.map(() => []);
  const stateful: StatefulOffer[] = [];
  let width = 0;
  for (const layout of layouts) {
    const index = stateful.length;
    const sf = planOffer(layout, runs, n, width, arena);
    stateful.push(sf);
    width += sf.fieldCount;
    addOptions(layout, index, runs, price, runOptions);
  }
  const stateless: StatelessOption[][] = [];
  const bestStateless: StatelessOption[] = [];
  const options: UnitOption[][] = [];
  for (let r = 0; r < runs.classes.length; r++) {
    const list = runStateless[r]!;
    let best = list[0]!;
    for (const opt of list) if (opt.gain > best.gain) best = opt;
    for (let i = runs.starts[r]!; i < runs.starts[r + 1]!; i++) {
      stateless.push(list);
      bestStateless.push(best);
      options.push(runOptions[r]!);
    }
  }
  const { liveFields, liveOffers, liveMultipliers, endings } = liveLayout(stateful, n);
  return { component, n, units, price, classAt, stateless, bestStateless, options, stateful, width, liveFields, liveOffers, liveMultipliers, endings };
}

/** An offer of a component that keeps state: its runs of eligible units, before its arrays are laid out. */
interface OfferLayout {
  readonly active: ActiveOffer;
  /** Index into the model's offers. */
  readonly o: number;
  readonly shape: OfferShape;
  readonly limited: boolean;
  readonly limit: number;
  /** Eligible units. */
  readonly eligible: number;
  /** The runs (see {@link ClassRuns}) of eligible units, ascending. */
  readonly runs: readonly number[];
}

/**
 * One offer of a component (`o` in the model's offers): its eligible runs, or undefined when no
 * unit is eligible or when it is stateless (a single-unit offer that can apply to every eligible
 * unit: added to each eligible run's stateless options).
 */
function layoutOf(active: ActiveOffer, o: number, runs: ClassRuns, price: Float64Array, runStateless: StatelessOption[][]): OfferLayout | undefined {
  const eligibleRuns: number[] = [];
  let eligible = 0;
  for (let r = 0; r < runs.classes.length; r++) {
    if (!active.slotsByClass.has(runs.classes[r]!)) continue;
    eligibleRuns.push(r);
    eligible += runs.starts[r + 1]! - runs.starts[r]!;
  }
  if (eligible === 0) return undefined;
  const maxApps = Math.floor(eligible / active.groupSize);
  const limited = active.limit < maxApps;
  if (active.groupSize === 1 && !limited) {
    for (const r of eligibleRuns) {
      const gain = active.strategy.saving([[price[runs.starts[r]!]!]]);
      if (gain > 0) runStateless[r]!.push({ offer: o, gain });
    }
    return undefined;
  }
  const shape: OfferShape = active.groupSize === 1 ? LIMITED_SINGLE : active.slotSizes.length === 1 ? ONE_SLOT : BUNDLE;
  return { active, o, shape, limited, limit: limited ? active.limit : Number.POSITIVE_INFINITY, eligible, runs: eligibleRuns };
}

/** A stateful offer's layout, with its fields from `field` on and its arrays from `arena`. */
function planOffer(layout: OfferLayout, runs: ClassRuns, n: number, field: number, arena: Int32Arena): StatefulOffer {
  const { active, shape, limited } = layout;
  const positions = arena.take(layout.eligible);
  const slotMask = arena.take(layout.eligible);
  let k = 0;
  for (const r of layout.runs) {
    let mask = 0;
    for (const s of active.slotsByClass.get(runs.classes[r]!)!) mask |= 1 << s;
    for (let i = runs.starts[r]!; i < runs.starts[r + 1]!; i++) {
      positions[k] = i;
      slotMask[k++] = mask;
    }
  }
  const localAt = arena.take(n + 1);
  for (let i = n, j = positions.length; i >= 0; i--) {
    while (j > 0 && positions[j - 1]! >= i) j--;
    localAt[i] = j;
  }
  const { strategy } = active;
  const sizes = active.slotSizes;
  return {
    offer: layout.o,
    shape,
    sizes,
    groupSize: active.groupSize,
    limit: layout.limit,
    limited,
    completion: strategy.completionGain,
    freeFrom: strategy.freeFrom,
    positional: strategy.positional,
    field,
    fieldCount: (shape === LIMITED_SINGLE ? 0 : sizes.length) + (limited ? 1 : 0),
    positions,
    slotMask,
    localAt,
    first: positions[0]!,
    last: positions[positions.length - 1]!,
  };
}

/**
 * Each eligible run's stateful options for stateful offer `index`: a limited single-unit offer's
 * saving, or a slot to join (one option object per slot, shared by every run).
 */
function addOptions(layout: OfferLayout, index: number, runs: ClassRuns, price: Float64Array, runOptions: UnitOption[][]): void {
  const { active } = layout;
  if (layout.shape === LIMITED_SINGLE) {
    for (const r of layout.runs) {
      const gain = active.strategy.saving([[price[runs.starts[r]!]!]]);
      if (gain > 0) runOptions[r]!.push({ stateful: index, slot: 0, gain });
    }
    return;
  }
  const bySlot: UnitOption[] = [];
  for (let s = 0; s < active.slotSizes.length; s++) bySlot.push({ stateful: index, slot: s, gain: 0 });
  for (const r of layout.runs) {
    let mask = 0;
    for (const s of active.slotsByClass.get(runs.classes[r]!)!) mask |= 1 << s;
    for (let s = 0; s < bySlot.length; s++) if ((mask >> s) & 1) runOptions[r]!.push(bySlot[s]!);
  }
}

/** No offer ends at a position: every such position shares this (it is only read). */
const NONE = new Int32Array(0);

/**
 * Per layer 0..n: the fields of the offers live there (eligible units both before and after),
 * those offers, and the fields' hash multipliers; per position, the offers ending there. The live
 * set changes only just after an offer's first or last unit: a layer where none does shares the
 * layer before's arrays (they are only read).
 */
function liveLayout(stateful: readonly StatefulOffer[], n: number): Pick<ComponentPlan, 'liveFields' | 'liveOffers' | 'liveMultipliers' | 'endings'> {
  const changes = new Uint8Array(n + 1);
  changes[0] = 1;
  for (const sf of stateful) {
    changes[sf.first + 1] = 1;
    if (sf.last + 1 <= n) changes[sf.last + 1] = 1;
  }
  const live = (sf: StatefulOffer, i: number) => sf.first < i && i <= sf.last;
  let size = 0;
  for (let i = 0; i <= n; i++) {
    if (!changes[i]) continue;
    for (const sf of stateful) if (live(sf, i)) size += 1 + 2 * sf.fieldCount;
  }
  const arena = new Int32Arena(size + stateful.length);
  const liveFields: Int32Array[] = [];
  const liveOffers: Int32Array[] = [];
  const liveMultipliers: Int32Array[] = [];
  for (let i = 0; i <= n; i++) {
    if (!changes[i]) {
      liveFields.push(liveFields[i - 1]!);
      liveOffers.push(liveOffers[i - 1]!);
      liveMultipliers.push(liveMultipliers[i - 1]!);
      continue;
    }
    let offerCount = 0;
    let fieldCount = 0;
    for (const sf of stateful) {
      if (!live(sf, i)) continue;
      offerCount++;
      fieldCount += sf.fieldCount;
    }
    const offersLive = arena.take(offerCount);
    const fields = arena.take(fieldCount);
    const multipliers = arena.take(fieldCount);
    offerCount = 0;
    fieldCount = 0;
    for (let k = 0; k < stateful.length; k++) {
      const sf = stateful[k]!;
      if (!live(sf, i)) continue;
      offersLive[offerCount++] = k;
      for (let f = 0; f < sf.fieldCount; f++) {
        multipliers[fieldCount] = fieldMultiplier(sf.field + f);
        fields[fieldCount++] = sf.field + f;
      }
    }
    liveFields.push(fields);
    liveOffers.push(offersLive);
    liveMultipliers.push(multipliers);
  }
  return { liveFields, liveOffers, liveMultipliers, endings: endingsOf(stateful, n, arena) };
}

/** Per position: the stateful offers whose last eligible unit is there, in offer order. */
function endingsOf(stateful: readonly StatefulOffer[], n: number, arena: Int32Arena): Int32Array[] {
  const counts = new Int32Array(n);
  for (const sf of stateful) counts[sf.last]!++;
  const endings: Int32Array[] = [];
  for (let i = 0; i < n; i++) endings.push(counts[i] === 0 ? NONE : arena.take(counts[i]!));
  counts.fill(0);
  stateful.forEach((sf, k) => (endings[sf.last]![counts[sf.last]!++] = k));
  return endings;
}
