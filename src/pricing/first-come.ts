import { evaluate, evaluateExclusive, type Evaluation } from './evaluate';
import type { ActiveOffer, PricingModel } from './model';
import { applicationSaving, type Application } from './solution';

/**
 * Scratch arrays reused by every call (pricing is synchronous and first-come never re-enters):
 * a typed array per call costs more than the rest of first-come on a small basket.
 */
let scratchUsed = new Uint8Array(64);
let scratchTaken = new Int32Array(64);

/**
 * Prices as other tills do: reduced labels first (those units join no offer), then each item offer
 * in priority order (ties by id), applied as many times as it fits on units not yet used, taking
 * eligible units in scan order; then the thresholds that are reached. An exclusive threshold
 * applies only to a basket no other offer touched. Kept for comparison with the optimal strategy.
 */
export function solveFirstCome(model: PricingModel): Evaluation {
  const n = model.units.length;
  if (scratchUsed.length < n) {
    scratchUsed = new Uint8Array(2 * n);
    scratchTaken = new Int32Array(2 * n);
  }
  const used = scratchUsed;
  used.fill(0, 0, n);
  const reduced: number[] = [];
  for (const u of model.units) {
    if (u.reducedPrice === undefined) continue;
    reduced.push(u.id);
    used[u.id] = 1;
  }
  const applications: Application[] = [];
  // Which attempt last took a unit: a unit taken by one slot is not offered to the next slot of
  // the same attempt, and is free again if the attempt saves nothing.
  const takenBy = scratchTaken;
  takenBy.fill(0, 0, n);
  let attempt = 0;

  model.offers.forEach((active, offer) => {
    // Each slot's eligible units in scan order, read from a cursor that only moves past units
    // gone for good (used, or skipped as the first unit of a group that saves nothing), so an
    // offer costs about its eligible units, not the basket's units per application.
    const eligible = eligibleBySlot(model, active);
    const cursor = active.slotSizes.map(() => 0);
    let made = 0;
    while (made < active.limit) {
      attempt++;
      const units: number[][] = [];
      let complete = true;
      for (let slot = 0; slot < active.slotSizes.length && complete; slot++) {
        const size = active.slotSizes[slot]!;
        const ids = eligible[slot]!;
        let at = cursor[slot]!;
        while (at < ids.length && used[ids[at]!]) at++;
        cursor[slot] = at;
        const picked: number[] = [];
        for (; at < ids.length && picked.length < size; at++) {
          const id = ids[at]!;
          if (used[id] || takenBy[id] === attempt) continue;
          picked.push(id);
          takenBy[id] = attempt;
        }
        complete = picked.length === size;
        units.push(picked);
      }
      if (!complete) break;
      const saving = applicationSaving(model, offer, units);
      if (saving <= 0) {
        // This group would not save money: leave its first unit out (for this offer) and try the next group.
        used[units[0]![0]!] = 2;
        continue;
      }
      for (const slot of units) for (const id of slot) used[id] = 1;
      applications.push({ offer, units, saving });
      made++;
    }
    // Units skipped for this offer are free again for the next one.
    for (const ids of eligible) for (const id of ids) if (used[id] === 2) used[id] = 0;
  });

  const result = evaluate(model, { applications, reduced });
  if (applications.length > 0 || result.thresholds.length > 0) return result;
  for (let t = 0; t < model.thresholds.length; t++) {
    if (!model.thresholds[t]!.offer.exclusive) continue;
    const exclusive = evaluateExclusive(model, t);
    if (exclusive !== undefined) return exclusive;
  }
  return result;
}

/** Each slot's eligible units, in scan order. */
function eligibleBySlot(model: PricingModel, active: ActiveOffer): ReadonlyArray<readonly number[]> {
  return active.slotSizes.map((_, slot) => {
    let only: readonly number[] | undefined;
    let ids: number[] | undefined;
    for (const [classId, slots] of active.slotsByClass) {
      if (!slots.includes(slot)) continue;
      const units = model.classes[classId]!.units;
      if (only === undefined && ids === undefined) only = units;
      else {
        ids ??= [...only!];
        ids.push(...units);
        only = undefined;
      }
    }
    // One class (the usual case) is already in scan order; several are merged.
    return ids === undefined ? (only ?? []) : ids.sort((a, b) => a - b);
  });
}
