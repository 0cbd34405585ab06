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

/**
 * Per offer, where its part of the state lives: one counter per slot (units in the open
 * application), then one counter of completed applications when the offer has a limit.
 */
interface Layout {
  readonly offer: number;
  readonly base: number;
  readonly sizes: readonly number[];
  readonly limited: boolean;
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
 * When the budget runs out, the same recursion is rerun as a beam search (the best `beamWidth`
 * states per unit) and its answer is returned unproven.
 */
export function solveComponent(model: PricingModel, component: Component, budget: SearchBudget, beamWidth = 48): ComponentResult {
  const exact = runDp(model, component, budget, Number.POSITIVE_INFINITY);
  if (exact !== undefined) return { ...exact, proven: true };
  const beam = runDp(model, component, undefined, beamWidth);
  if (beam === undefined) throw new Error('beam search always finds the all-full-price solution');
  return { ...beam, proven: false };
}

function runDp(model: PricingModel, component: Component, budget: SearchBudget | undefined, beamWidth: number): Omit<ComponentResult, 'proven'> | undefined {
  const layouts: Layout[] = [];
  let width = 0;
  for (const offer of component.offers) {
    const active = model.offers[offer]!;
    const limited = Number.isFinite(active.limit);
    layouts.push({ offer, base: width, sizes: active.slotSizes, limited });
    width += active.slotSizes.length + (limited ? 1 : 0);
  }
  const layoutByOffer = new Map(layouts.map((l) => [l.offer, l]));
  const seq = component.sequence;
  const remaining = suffixEligibility(model, component, layouts);

  let layer = new Map<string, Entry>([[key(new Int32Array(width)), { state: new Int32Array(width), value: 0, prev: undefined, choice: NONE }]]);
  for (let i = 0; i < seq.length; i++) {
    const unit = model.units[seq[i]!]!;
    const cls = model.classes[unit.classId]!;
    const next = new Map<string, Entry>();
    const offerOptions: Array<{ layout: Layout; slot: number }> = [];
    for (const l of layouts) {
      const slots = model.offers[l.offer]!.slotsByClass.get(cls.id);
      if (slots) for (const slot of slots) offerOptions.push({ layout: l, slot });
    }
    if (budget !== undefined && !budget.spend(layer.size * (1 + offerOptions.length))) return undefined;
    const consider = (state: Int32Array, value: number, prev: Entry, choice: number) => {
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
        const state = entry.state.slice();
        const filled = state[layout.base + slot]!;
        const done = layout.limited ? state[layout.base + layout.sizes.length]! : 0;
        const open = layout.sizes.some((_, s) => state[layout.base + s]! > 0);
        if (!open && done >= active.limit) continue;
        // A bundle slot may run ahead of the others, but never by more applications than remain allowed.
        if (filled + 1 > layout.sizes[slot]! * Math.min(active.limit - done, seq.length)) continue;
        let gain = active.rule.unitGain(active.offer as never, unit.price, filled);
        if (layout.sizes.length === 1 && layout.sizes[0] === 1 && gain <= 0) continue;
        state[layout.base + slot] = filled + 1;
        if (layout.sizes.every((size, s) => state[layout.base + s]! >= size)) {
          layout.sizes.forEach((size, s) => (state[layout.base + s] = state[layout.base + s]! - size));
          if (layout.limited) state[layout.base + layout.sizes.length] = done + 1;
          gain += active.rule.completionGain(active.offer as never);
        }
        if (!canClose(state, layout, remaining, i + 1)) continue;
        consider(state, entry.value + gain, entry, layout.offer * SLOT_BITS + slot);
      }
    }
    layer = beamWidth < next.size ? prune(next, beamWidth, layoutByOffer) : next;
  }

  let best: Entry | undefined;
  for (const entry of layer.values()) {
    if (!isClosed(entry.state, layouts)) continue;
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

const key = (state: Int32Array): string => state.join(',');

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

function canClose(state: Int32Array, layout: Layout, remaining: Map<number, Int32Array[]>, from: number): boolean {
  const perSlot = remaining.get(layout.offer)!;
  let apps = 0;
  layout.sizes.forEach((size, s) => (apps = Math.max(apps, Math.ceil(state[layout.base + s]! / size))));
  if (apps === 0) return true;
  for (let s = 0; s < layout.sizes.length; s++) {
    if (apps * layout.sizes[s]! - state[layout.base + s]! > perSlot[s]![from]!) return false;
  }
  return true;
}

/** Keeps the best `width` states, and always the best closed one so a complete answer survives. */
function prune(next: Map<string, Entry>, width: number, layouts: ReadonlyMap<number, Layout>): Map<string, Entry> {
  const all = [...next.entries()].sort((a, b) => b[1].value - a[1].value);
  const kept = new Map(all.slice(0, width));
  const closed = all.find(([, e]) => isClosed(e.state, [...layouts.values()]));
  if (closed) kept.set(closed[0], closed[1]);
  return kept;
}
