import type { ActiveOffer, Component, PricingModel } from '../model';
import { float64sOf, int32sOf } from '../arrays';

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
}

export const FULL_PRICE = -1;
export const REDUCED = -2;

/** Builds a component's plan: its units in solver order, their options, and the offers' state layout. */
export function planComponent(model: PricingModel, component: Component): ComponentPlan {
  const seq = component.sequence;
  const n = seq.length;
  const units = new Int32Array(seq);
  const price = float64sOf(seq, (id) => model.units[id]!.price);
  const classAt = int32sOf(seq, (id) => model.units[id]!.classId);

  const stateless: StatelessOption[][] = [];
  const options: UnitOption[][] = [];
  for (let i = 0; i < n; i++) {
    const u = model.units[seq[i]!]!;
    const list: StatelessOption[] = u.reducedPrice === undefined ? [{ offer: FULL_PRICE, gain: 0 }] : [{ offer: REDUCED, gain: u.price - u.reducedPrice }];
    stateless.push(list);
    options.push([]);
  }

  const stateful: StatefulOffer[] = [];
  let width = 0;
  for (const o of component.offers) {
    const active = model.offers[o]!;
    const sf = planOffer(active, o, classAt, price, width, stateless);
    if (sf === undefined) continue;
    const index = stateful.length;
    stateful.push(sf);
    width += sf.fieldCount;
    for (let k = 0; k < sf.positions.length; k++) {
      const i = sf.positions[k]!;
      if (sf.shape === LIMITED_SINGLE) {
        const gain = active.strategy.saving([[price[i]!]]);
        if (gain > 0) options[i]!.push({ stateful: index, slot: 0, gain });
      } else {
        for (let s = 0; s < sf.sizes.length; s++) if ((sf.slotMask[k]! >> s) & 1) options[i]!.push({ stateful: index, slot: s, gain: 0 });
      }
    }
  }
  const bestStateless: StatelessOption[] = [];
  for (let i = 0; i < n; i++) {
    let best = stateless[i]![0]!;
    for (const opt of stateless[i]!) if (opt.gain > best.gain) best = opt;
    bestStateless.push(best);
  }
  const { liveFields, liveOffers } = liveLayout(stateful, n);
  return { component, n, units, price, classAt, stateless, bestStateless, options, stateful, width, liveFields, liveOffers };
}

/**
 * One offer of a component (`o` in the model's offers), with its fields from `field` on: its
 * stateful layout, or undefined when no unit is eligible or when it is stateless (a single-unit
 * offer that can apply to every eligible unit: added to `stateless` at each of them).
 */
function planOffer(active: ActiveOffer, o: number, classAt: Int32Array, price: Float64Array, field: number, stateless: StatelessOption[][]): StatefulOffer | undefined {
  const n = classAt.length;
  const eligibleAt: number[] = [];
  for (let i = 0; i < n; i++) if (active.slotsByClass.has(classAt[i]!)) eligibleAt.push(i);
  if (eligibleAt.length === 0) return undefined;
  const maxApps = Math.floor(eligibleAt.length / active.groupSize);
  const limited = active.limit < maxApps;
  const limit = limited ? active.limit : Number.POSITIVE_INFINITY;
  const { strategy } = active;
  if (active.groupSize === 1 && !limited) {
    for (const i of eligibleAt) {
      const gain = strategy.saving([[price[i]!]]);
      if (gain > 0) stateless[i]!.push({ offer: o, gain });
    }
    return undefined;
  }
  const shape: OfferShape = active.groupSize === 1 ? LIMITED_SINGLE : active.slotSizes.length === 1 ? ONE_SLOT : BUNDLE;
  const sizes = active.slotSizes;
  const positions = new Int32Array(eligibleAt);
  // A class's units sit together in the plan: its mask is worked out once per run of them.
  const slotMask = new Int32Array(eligibleAt.length);
  let maskClass = -1;
  let mask = 0;
  for (let k = 0; k < eligibleAt.length; k++) {
    const c = classAt[eligibleAt[k]!]!;
    if (c !== maskClass) {
      maskClass = c;
      mask = 0;
      for (const s of active.slotsByClass.get(c)!) mask |= 1 << s;
    }
    slotMask[k] = mask;
  }
  const localAt = new Int32Array(n + 1);
  for (let i = n, k = positions.length; i >= 0; i--) {
    while (k > 0 && positions[k - 1]! >= i) k--;
    localAt[i] = k;
  }
  return {
    offer: o,
    shape,
    sizes,
    groupSize: active.groupSize,
    limit,
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
 * Per layer 0..n: the fields of the offers live there (eligible units both before and after), and
 * those offers. The live set changes only just after an offer's first or last unit: a layer where
 * none does shares the layer before's arrays (they are only read).
 */
function liveLayout(stateful: readonly StatefulOffer[], n: number): { liveFields: Int32Array[]; liveOffers: Int32Array[] } {
  const changes = new Uint8Array(n + 1);
  changes[0] = 1;
  for (const sf of stateful) {
    changes[sf.first + 1] = 1;
    if (sf.last + 1 <= n) changes[sf.last + 1] = 1;
  }
  const liveFields: Int32Array[] = [];
  const liveOffers: Int32Array[] = [];
  for (let i = 0; i <= n; i++) {
    if (!changes[i]) {
      liveFields.push(liveFields[i - 1]!);
      liveOffers.push(liveOffers[i - 1]!);
      continue;
    }
    let offerCount = 0;
    let fieldCount = 0;
    for (const sf of stateful) {
      if (sf.first < i && i <= sf.last) {
        offerCount++;
        fieldCount += sf.fieldCount;
      }
    }
    const offersLive = new Int32Array(offerCount);
    const fields = new Int32Array(fieldCount);
    offerCount = 0;
    fieldCount = 0;
    for (let k = 0; k < stateful.length; k++) {
      const sf = stateful[k]!;
      if (!(sf.first < i && i <= sf.last)) continue;
      offersLive[offerCount++] = k;
      for (let f = 0; f < sf.fieldCount; f++) fields[fieldCount++] = sf.field + f;
    }
    liveFields.push(fields);
    liveOffers.push(offersLive);
  }
  return { liveFields, liveOffers };
}
