import { FULL_PRICE, LIMITED_SINGLE, ONE_SLOT, REDUCED, type StatefulOffer, type UnitOption } from '../items/plan';
import { applyOption, isClosed } from '../items/layers';
import type { PricingModel } from '../model';
import { shareSaving } from '../shares';
import type { Choice } from '../items/search';
import type { Part, Extra } from './parts';

/**
 * A choice from its index at position i: stateless options first, then each stateful option (for
 * an interleaved offer, once paid and once free: `join` 0 or 1 until {@link groupLabels}).
 */
export function decodeChoice(part: Part, i: number, c: number): Choice {
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

/** Open applications of a fixed-price offer (they have been charged their price already). */
export function openApplications(sf: StatefulOffer, state: Int32Array): number {
  if (sf.shape === LIMITED_SINGLE) return 0;
  let open = 0;
  for (let s = 0; s < sf.sizes.length; s++) open = Math.max(open, Math.ceil(state[sf.field + s]! / sf.sizes[s]!));
  return open;
}

/** What a unit adds to a measure an offer straddles, outside a completed application's share. */
export function straddleGain(x: Extra, eligible: number, gain: number, price: number): number {
  if (x.classes >= 0 || x.perApplication !== undefined || !eligible) return 0;
  return x.unitRate === x.unitRate ? Math.ceil(price * x.unitRate) : gain;
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
export function closeEnding(part: Part, i: number, state: Int32Array, changed: number): boolean {
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
export function joinInterleaved(sf: StatefulOffer, x: Extra, state: Int32Array, free: number, price: number, remaining: number): { s: number; share: undefined } | undefined {
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
export function freePlacesOpen(sf: StatefulOffer, x: Extra, state: Int32Array, i: number): number {
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
export function groupLabels(part: Part, choices: Choice[]): void {
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
export function applyTracked(
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
        const saving = model.offers[sf.offer]!.strategy.saving([prices]);
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
