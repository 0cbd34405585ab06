import type { Component, PricingModel } from './model';
import type { SearchBudget } from './search-budget';

/** What a unit does in a component solution. */
export type Choice = { readonly kind: 'none' } | { readonly kind: 'reduced' } | { readonly kind: 'offer'; readonly offer: number; readonly slot: number };

/** The best item savings of one component, as per-unit choices in the component's sequence order. */
export interface ComponentResult {
  readonly saving: number;
  readonly choices: readonly Choice[];
  /** True when the search finished: the saving is the component's maximum. */
  readonly proven: boolean;
}

interface Entry {
  readonly state: Int32Array;
  readonly value: number;
  readonly prev: Entry | undefined;
  readonly choice: number;
}

const NONE = -1;
const REDUCED = -2;
const SLOT_BITS = 64;
/** States kept per unit by the beam search that finds the first incumbent. */
const BEAM_WIDTH = 24;

/**
 * Per offer, where its part of the state lives: one counter per slot (units in the open
 * application), then one counter of completed applications when the offer has a limit.
 */
interface Layout {
  readonly offer: number;
  readonly base: number;
  readonly sizes: readonly number[];
  readonly groupSize: number;
  readonly limited: boolean;
  /** Fixed price per unit of an application (fixed-price kinds), for the bound. */
  readonly pricePerUnit: number;
  /** Free units per application (cheapest-free), for the bound. */
  readonly free: number;
}

/** Everything about a component the searches share. */
interface Problem {
  readonly model: PricingModel;
  readonly component: Component;
  readonly layouts: readonly Layout[];
  readonly width: number;
  /** Per unit position: the offers and slots it may join. */
  readonly options: ReadonlyArray<ReadonlyArray<{ layout: Layout; slot: number }>>;
  /** For each offer and slot, units from position i onwards that could fill it. */
  readonly remaining: ReadonlyMap<number, readonly Int32Array[]>;
  /** optimistic[i]: most the units from position i onwards could add to the saving. */
  readonly optimistic: Float64Array;
  readonly key: (state: Int32Array) => number | string;
}

/**
 * Maximises the item savings of one component exactly, by dynamic programming over its units in
 * descending price order. The state is, per offer, how far its open application is filled (and
 * how many applications a limited offer has made); identical units reach identical states, so
 * the search is over counts, not permutations. A unit either pays full price (or its reduced
 * price, when it has one), or joins the open application of one eligible offer. Joining in
 * descending order makes each cheapest-free application's last positions its cheapest units,
 * which is the optimal grouping for any chosen set, so the accrued saving is exact.
 *
 * A narrow beam search first finds a good solution; the exact search then drops every state whose
 * optimistic bound cannot beat it (branch and bound), which keeps large components tractable.
 * When the step budget runs out, the beam's answer is returned unproven.
 */
export function solveComponent(model: PricingModel, component: Component, budget: SearchBudget): ComponentResult {
  const problem = describe(model, component);
  const beam = runDp(problem, undefined, BEAM_WIDTH, Number.NEGATIVE_INFINITY);
  if (beam === undefined || beam === 'exhausted') throw new Error('an unbudgeted beam always keeps the all-full-price solution');
  const exact = runDp(problem, budget, Number.POSITIVE_INFINITY, beam.saving);
  if (exact === 'exhausted') return { ...beam, proven: false };
  return { ...(exact ?? beam), proven: true };
}

function describe(model: PricingModel, component: Component): Problem {
  const layouts: Layout[] = [];
  let width = 0;
  const radices: number[] = [];
  const seq = component.sequence;
  for (const offer of component.offers) {
    const active = model.offers[offer]!;
    const limited = Number.isFinite(active.limit);
    const { offer: o } = active;
    layouts.push({
      offer,
      base: width,
      sizes: active.slotSizes,
      groupSize: active.groupSize,
      limited,
      pricePerUnit: o.kind === 'multi-buy' || o.kind === 'bundle' ? o.price / active.groupSize : 0,
      free: o.kind === 'cheapest-free' ? o.free : 0,
    });
    width += active.slotSizes.length + (limited ? 1 : 0);
    const eligible = (slot: number) => seq.filter((id) => active.slotsByClass.get(model.units[id]!.classId)?.includes(slot)).length;
    active.slotSizes.forEach((size, slot) => radices.push(active.slotSizes.length === 1 ? size : eligible(slot) + 1));
    if (limited) radices.push(Math.min(active.limit, Math.floor(seq.length / active.groupSize)) + 1);
  }
  const options = seq.map((id) => {
    const classId = model.units[id]!.classId;
    return layouts.flatMap((layout) => (model.offers[layout.offer]!.slotsByClass.get(classId) ?? []).map((slot) => ({ layout, slot })));
  });

  // Optimistic gain per unit: its best option with fixed prices spread evenly over an
  // application's units and a cheapest-free saving spread as free/buy of each unit's price
  // (the cheapest units never cost more than the average).
  const optimistic = new Float64Array(seq.length + 1);
  for (let i = seq.length - 1; i >= 0; i--) {
    const unit = model.units[seq[i]!]!;
    let best = unit.reducedPrice !== undefined ? unit.price - unit.reducedPrice : 0;
    for (const { layout } of options[i]!) {
      const active = model.offers[layout.offer]!;
      const gain =
        layout.pricePerUnit > 0
          ? unit.price - layout.pricePerUnit
          : layout.free > 0
            ? (unit.price * layout.free) / layout.groupSize
            : active.rule.unitGain(active.offer as never, unit.price, 0);
      best = Math.max(best, gain);
    }
    optimistic[i] = optimistic[i + 1]! + best;
  }

  const product = radices.reduce((a, r) => a * r, 1);
  const multipliers = radices.map((_, k) => radices.slice(0, k).reduce((a, r) => a * r, 1));
  const key =
    product < Number.MAX_SAFE_INTEGER
      ? (state: Int32Array) => {
          let k = 0;
          for (let j = 0; j < state.length; j++) k += state[j]! * multipliers[j]!;
          return k;
        }
      : (state: Int32Array) => state.join(',');
  return { model, component, layouts, width, options, remaining: suffixEligibility(model, component, layouts), optimistic, key };
}

/**
 * One forward pass over the component's units. `beamWidth` keeps only the best states per unit
 * (Infinity for the exact search); states whose optimistic bound cannot beat `incumbent` are
 * dropped. Returns undefined when nothing beats the incumbent, 'exhausted' when the budget ran out.
 */
function runDp(
  problem: Problem,
  budget: SearchBudget | undefined,
  beamWidth: number,
  incumbent: number,
): Omit<ComponentResult, 'proven'> | undefined | 'exhausted' {
  const { model, component, layouts, width, options, remaining, optimistic, key } = problem;
  const seq = component.sequence;
  const start = new Int32Array(width);
  let layer = new Map<number | string, Entry>([[key(start), { state: start, value: 0, prev: undefined, choice: NONE }]]);

  for (let i = 0; i < seq.length; i++) {
    const unit = model.units[seq[i]!]!;
    const next = new Map<number | string, Entry>();
    const offerOptions = options[i]!;
    if (budget !== undefined && !budget.spend(layer.size * (1 + offerOptions.length))) return 'exhausted';
    const openCorrection = (state: Int32Array): number => {
      let c = 0;
      for (const l of layouts) {
        if (l.pricePerUnit > 0) {
          for (let s = 0; s < l.sizes.length; s++) c -= state[l.base + s]! * l.pricePerUnit;
        } else if (l.free > 0 && state[l.base]! > 0) {
          // The open application's free places go to units no dearer than the next one.
          c += l.free * unit.price;
        }
      }
      return c;
    };
    const consider = (state: Int32Array, value: number, prev: Entry, choice: number) => {
      if (value + openCorrection(state) + optimistic[i + 1]! <= incumbent + 1e-9) return;
      const k = key(state);
      const existing = next.get(k);
      if (existing === undefined || existing.value < value) next.set(k, { state, value, prev, choice });
    };
    for (const entry of layer.values()) {
      // Full price, or the reduced price for a labelled unit (which may not simply pay full price).
      if (unit.reducedPrice !== undefined) consider(entry.state, entry.value + unit.price - unit.reducedPrice, entry, REDUCED);
      else consider(entry.state, entry.value, entry, NONE);
      for (const { layout, slot } of offerOptions) {
        const active = model.offers[layout.offer]!;
        const filled = entry.state[layout.base + slot]!;
        const done = layout.limited ? entry.state[layout.base + layout.sizes.length]! : 0;
        let open = false;
        for (let s = 0; s < layout.sizes.length; s++) if (entry.state[layout.base + s]! > 0) open = true;
        if (!open && done >= active.limit) continue;
        // A bundle slot may run ahead of the others, but never by more applications than remain allowed.
        if (filled + 1 > layout.sizes[slot]! * Math.min(active.limit - done, seq.length)) continue;
        let gain = active.rule.unitGain(active.offer as never, unit.price, filled);
        if (layout.groupSize === 1 && gain <= 0) continue;
        const state = entry.state.slice();
        state[layout.base + slot] = filled + 1;
        let complete = true;
        for (let s = 0; s < layout.sizes.length; s++) if (state[layout.base + s]! < layout.sizes[s]!) complete = false;
        if (complete) {
          for (let s = 0; s < layout.sizes.length; s++) state[layout.base + s] = state[layout.base + s]! - layout.sizes[s]!;
          if (layout.limited) state[layout.base + layout.sizes.length] = done + 1;
          gain += active.rule.completionGain(active.offer as never);
        }
        if (!canClose(state, layout, remaining, i + 1)) continue;
        consider(state, entry.value + gain, entry, layout.offer * SLOT_BITS + slot);
      }
    }
    layer = beamWidth < next.size ? prune(next, beamWidth, layouts) : next;
  }

  let best: Entry | undefined;
  for (const entry of layer.values()) {
    if (!isClosed(entry.state, layouts) || entry.value <= incumbent) continue;
    if (best === undefined || entry.value > best.value) best = entry;
  }
  if (best === undefined) return undefined;
  const choices: Choice[] = new Array<Choice>(seq.length);
  let e: Entry | undefined = best;
  for (let i = seq.length - 1; i >= 0; i--, e = e?.prev) {
    const c = e!.choice;
    choices[i] = c === NONE ? { kind: 'none' } : c === REDUCED ? { kind: 'reduced' } : { kind: 'offer', offer: Math.floor(c / SLOT_BITS), slot: c % SLOT_BITS };
  }
  return { saving: best.value, choices };
}

function isClosed(state: Int32Array, layouts: readonly Layout[]): boolean {
  return layouts.every((l) => l.sizes.every((_, s) => state[l.base + s] === 0));
}

/**
 * For each offer and slot, how many units from sequence position i onwards could still fill it.
 * An open application that cannot be completed from what remains is a dead end.
 */
function suffixEligibility(model: PricingModel, component: Component, layouts: readonly Layout[]): Map<number, Int32Array[]> {
  const seq = component.sequence;
  const out = new Map<number, Int32Array[]>();
  for (const l of layouts) {
    const active = model.offers[l.offer]!;
    const perSlot = l.sizes.map(() => new Int32Array(seq.length + 1));
    for (let i = seq.length - 1; i >= 0; i--) {
      const slots = active.slotsByClass.get(model.units[seq[i]!]!.classId) ?? [];
      perSlot.forEach((arr, s) => (arr[i] = arr[i + 1]! + (slots.includes(s) ? 1 : 0)));
    }
    out.set(l.offer, perSlot);
  }
  return out;
}

function canClose(state: Int32Array, layout: Layout, remaining: ReadonlyMap<number, readonly Int32Array[]>, from: number): boolean {
  const perSlot = remaining.get(layout.offer)!;
  let apps = 0;
  for (let s = 0; s < layout.sizes.length; s++) apps = Math.max(apps, Math.ceil(state[layout.base + s]! / layout.sizes[s]!));
  if (apps === 0) return true;
  for (let s = 0; s < layout.sizes.length; s++) {
    if (apps * layout.sizes[s]! - state[layout.base + s]! > perSlot[s]![from]!) return false;
  }
  return true;
}

/** Keeps the best `width` states, and always the best closed one so a complete answer survives. */
function prune(next: Map<number | string, Entry>, width: number, layouts: readonly Layout[]): Map<number | string, Entry> {
  const all = [...next.entries()].sort((a, b) => b[1].value - a[1].value);
  const kept = new Map(all.slice(0, width));
  const closed = all.find(([, e]) => isClosed(e.state, layouts));
  if (closed) kept.set(closed[0], closed[1]);
  return kept;
}
