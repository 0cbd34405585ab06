import { LIMITED_SINGLE, type ComponentPlan } from './plan';
import type { ActiveOffer, PricingModel } from '../model';

/**
 * One way to fill an application of a stateful offer: how many units of each of the component's
 * classes go to each slot. Units of a class are interchangeable, so an application is described
 * by its pattern, and a solution by how many times it uses each pattern.
 */
export interface Pattern {
  /** Index into the plan's stateful offers; −1 for a unit's stateless option (with `optional`, see {@link enumeratePatterns}). */
  readonly stateful: number;
  /** The application's saving, in minor units. */
  readonly saving: number;
  /** Saving less what its units would gain on their best stateless options (what the pattern adds). */
  readonly value: number;
  /** Full price of its units, in minor units. */
  readonly full: number;
  /** (local class, slot, units) triples, flattened. */
  readonly fills: readonly number[];
}

/** The component's classes and patterns, as the pattern search reads them. */
export interface PatternSet {
  /** Model class id per local class, in order of first position in the plan. */
  readonly classes: readonly number[];
  /** Units per local class. */
  readonly counts: readonly number[];
  /** Positions in the plan of each local class's units, ascending. */
  readonly positions: ReadonlyArray<readonly number[]>;
  /** What a unit of each local class gains on its best stateless option outside every pattern (0 with `optional`). */
  readonly gains: readonly number[];
  /** Whether units may stay at full price, their stateless options being patterns of their own. */
  readonly optional: boolean;
  readonly patterns: readonly Pattern[];
}

/**
 * Every pattern worth using, or undefined when there would be more than `most` (a slot over many
 * classes: a category multi-buy of three over thirty products has 4,960; the layered search
 * handles those). With `optional` (for a component with no reduced unit, under a cap: more
 * saving is not always better there), a unit may also stay at full price, and its best stateless
 * option (an unlimited percent- or amount-off) is a one-unit pattern of its own. A pattern is kept only when its application saves money (the format's rule)
 * and saves more than its units' stateless options, and no pattern of the same offer uses the
 * same units (bundle slots sharing classes give the same saving whichever slot a unit fills).
 */
export function enumeratePatterns(model: PricingModel, plan: ComponentPlan, most: number, optional = false): PatternSet | undefined {
  const local = new Map<number, number>();
  const classes: number[] = [];
  const positions: number[][] = [];
  for (let i = 0; i < plan.n; i++) {
    const c = plan.classAt[i]!;
    let k = local.get(c);
    if (k === undefined) {
      k = classes.length;
      local.set(c, k);
      classes.push(c);
      positions.push([]);
    }
    positions[k]!.push(i);
  }
  const counts = positions.map((p) => p.length);
  const gains = positions.map((p) => (optional ? 0 : plan.bestStateless[p[0]!]!.gain));
  const prices = positions.map((p) => plan.price[p[0]!]!);
  const patterns: Pattern[] = [];
  if (optional) {
    positions.forEach((p, k) => {
      const gain = plan.bestStateless[p[0]!]!.gain;
      if (gain > 0) patterns.push({ stateful: -1, saving: gain, value: gain, full: prices[k]!, fills: [k, 0, 1] });
    });
  }
  for (let s = 0; s < plan.stateful.length; s++) {
    const sf = plan.stateful[s]!;
    const active = model.offers[sf.offer]!;
    // Local classes that can fill each slot.
    const bySlot = slotMembers(active, classes, sf.sizes.length);
    if (sf.shape === LIMITED_SINGLE) {
      for (const k of bySlot[0]!) {
        const saving = active.strategy.saving([[prices[k]!]]);
        if (saving > 0 && saving > gains[k]!) patterns.push({ stateful: s, saving, value: saving - gains[k]!, full: prices[k]!, fills: [k, 0, 1] });
      }
      continue;
    }
    let total = 1;
    for (let slot = 0; slot < sf.sizes.length; slot++) total *= multisets(bySlot[slot]!.length, sf.sizes[slot]!);
    if (patterns.length + total > most) return undefined;
    // Two slots sharing a class can give the same units in two fillings: only then are fillings
    // told apart by the units they use.
    let shared = false;
    for (const c of classes) if ((active.slotsByClass.get(c)?.length ?? 0) > 1) shared = true;
    const seen = shared ? new Set<string>() : undefined;
    // Reused by every filling (the strategy only reads them).
    const bySlotPrices: number[][] = sf.sizes.map(() => []);
    enumerateFillings(sf.sizes, bySlot, counts, (fills, use) => {
      if (seen !== undefined) {
        const key = use.join(',');
        if (seen.has(key)) return;
        seen.add(key);
      }
      for (const list of bySlotPrices) list.length = 0;
      let stateless = 0;
      let full = 0;
      for (let f = 0; f < fills.length; f += 3) {
        for (let u = 0; u < fills[f + 2]!; u++) bySlotPrices[fills[f + 1]!]!.push(prices[fills[f]!]!);
        stateless += gains[fills[f]!]! * fills[f + 2]!;
        full += prices[fills[f]!]! * fills[f + 2]!;
      }
      for (const list of bySlotPrices) list.sort((x, y) => y - x);
      const saving = active.strategy.saving(bySlotPrices);
      if (saving > 0 && saving > stateless) patterns.push({ stateful: s, saving, value: saving - stateless, full, fills: fills.slice() });
    });
  }
  return { classes, counts, positions, gains, optional, patterns };
}

/**
 * Per slot of an offer, the local classes (indices into `classes`) that can fill it: by loops, not
 * `flatMap`, which V8 runs through its generic path (it was a tenth of a fresh Kata Potter pricing).
 */
function slotMembers(active: ActiveOffer, classes: readonly number[], slots: number): number[][] {
  const bySlot: number[][] = [];
  for (let slot = 0; slot < slots; slot++) bySlot.push([]);
  for (let k = 0; k < classes.length; k++) {
    const eligible = active.slotsByClass.get(classes[k]!);
    if (eligible === undefined) continue;
    for (const slot of eligible) bySlot[slot]!.push(k);
  }
  return bySlot;
}

/** Multisets of size `size` from `n` kinds: C(n + size − 1, size). */
function multisets(n: number, size: number): number {
  let out = 1;
  for (let i = 1; i <= size; i++) out = (out * (n + i - 1)) / i;
  return Math.round(out);
}

/**
 * Calls `visit` with every filling of an application's slots: per slot in turn, each multiset of
 * `sizes[slot]` units over the slot's local classes (`bySlot`; classes ascending, each class's
 * units descending), as (local class, slot, units) triples, with the units each local class gives
 * (`use`); a filling that would take more units of a class than there are (`counts`) is cut as soon
 * as it does. Both arrays are reused: `visit` copies what it keeps.
 */
function enumerateFillings(sizes: readonly number[], bySlot: ReadonlyArray<readonly number[]>, counts: readonly number[], visit: (fills: readonly number[], use: readonly number[]) => void): void {
  const use: number[] = counts.map(() => 0);
  const fills: number[] = [];
  const walk = (slot: number, from: number, left: number): void => {
    if (left === 0) {
      if (slot + 1 === sizes.length) visit(fills, use);
      else walk(slot + 1, 0, sizes[slot + 1]!);
      return;
    }
    const kinds = bySlot[slot]!;
    for (let i = from; i < kinds.length; i++) {
      const k = kinds[i]!;
      for (let units = left; units >= 1; units--) {
        use[k] = use[k]! + units;
        if (use[k]! <= counts[k]!) {
          fills.push(k, slot, units);
          walk(slot, i + 1, left - units);
          fills.length -= 3;
        }
        use[k] = use[k]! - units;
      }
    }
  };
  walk(0, 0, sizes[0]!);
}
