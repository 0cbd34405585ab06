import { evaluate, type Evaluation } from './evaluate';
import type { PricingModel } from './model';
import { applicationSaving, type Application } from './solution';

/**
 * A fallback for an answer the search could not prove: item offers by saving per unit. Each round
 * builds, for every offer still under its limit, its best application on the units left (each
 * slot takes its dearest eligible units, which is what saves most for every kind: a fixed price
 * leaves more off dearer units, a cheapest-free offer frees the cheapest of the dearest), and
 * applies the one that saves most per unit (ties to the first in first-come order); a reduced
 * unit's own saving competes as a one-unit application. It stops when nothing left saves money;
 * reduced units in no application sell at their reduced price, and the thresholds reached apply.
 *
 * Kata Potter's 2, 2, 2, 1, 1 copies: the set of five saves 2.00 a book against a set of four's
 * 1.60, so the greedy takes five then three (51.60); the optimum is two fours (51.20). Linear
 * in offers × units per round, so a thousand-unit basket's fallback costs milliseconds at most.
 */
export function solveGreedy(model: PricingModel): Evaluation {
  const n = model.units.length;
  const used = new Uint8Array(n);
  // Per offer, per slot: eligible unit ids, dearest first (ties in scan order), and a cursor past used ones.
  const eligible = model.offers.map((active) =>
    active.slotSizes.map((_, slot) => {
      const ids: number[] = [];
      for (const [classId, slots] of active.slotsByClass) if (slots.includes(slot)) ids.push(...model.classes[classId]!.units);
      return ids.sort((a, b) => model.units[b]!.price - model.units[a]!.price || a - b);
    }),
  );
  const cursors = eligible.map((slots) => new Int32Array(slots.length));
  const made = new Int32Array(model.offers.length);
  const applications: Application[] = [];
  const taken = new Int32Array(n);
  let attempt = 0;
  for (;;) {
    let best: Application | undefined;
    let bestRate = 0;
    for (let offer = 0; offer < model.offers.length; offer++) {
      if (made[offer]! >= model.offers[offer]!.limit) continue;
      attempt++;
      const units = dearestFilling(model.offers[offer]!.slotSizes, eligible[offer]!, cursors[offer]!, used, taken, attempt);
      if (units === undefined) continue;
      const saving = applicationSaving(model, offer, units);
      const rate = saving / model.offers[offer]!.groupSize;
      if (saving > 0 && rate > bestRate) {
        best = { offer, units, saving };
        bestRate = rate;
      }
    }
    const reducedRate = bestReduced(model, used);
    if (best === undefined || reducedRate.rate >= bestRate) {
      if (reducedRate.id < 0) break;
      // The reduced unit sells at its reduced price: no offer may take it.
      used[reducedRate.id] = 2;
      continue;
    }
    for (const slot of best.units) for (const id of slot) used[id] = 1;
    made[best.offer]!++;
    applications.push(best);
  }
  const reduced: number[] = [];
  for (let id = 0; id < n; id++) if (used[id] !== 1 && model.units[id]!.reducedPrice !== undefined) reduced.push(id);
  return evaluate(model, { applications, reduced });
}

/**
 * Each slot's dearest units not yet used (nor taken by an earlier slot of this filling), or
 * undefined when a slot cannot be filled. A unit once used stays used, so each slot's cursor
 * moves past used units for good: an offer costs about its eligible units over all rounds.
 */
function dearestFilling(
  sizes: readonly number[],
  slots: readonly (readonly number[])[],
  cursors: Int32Array,
  used: Uint8Array,
  taken: Int32Array,
  attempt: number,
): number[][] | undefined {
  const units: number[][] = [];
  for (let slot = 0; slot < slots.length; slot++) {
    const size = sizes[slot]!;
    const ids = slots[slot]!;
    let at = cursors[slot]!;
    while (at < ids.length && used[ids[at]!] !== 0) at++;
    cursors[slot] = at;
    const picked: number[] = [];
    for (; at < ids.length && picked.length < size; at++) {
      const id = ids[at]!;
      if (used[id] !== 0 || taken[id] === attempt) continue;
      picked.push(id);
      taken[id] = attempt;
    }
    if (picked.length < size) return undefined;
    units.push(picked);
  }
  return units;
}

/** The reduced unit not yet decided that saves most by its reduced price, and that saving; id −1 when none. */
function bestReduced(model: PricingModel, used: Uint8Array): { id: number; rate: number } {
  let id = -1;
  let rate = 0;
  for (const u of model.units) {
    if (used[u.id] !== 0 || u.reducedPrice === undefined) continue;
    const saving = u.price - u.reducedPrice;
    if (saving > rate) {
      rate = saving;
      id = u.id;
    }
  }
  return { id, rate };
}
