import { evaluate, evaluateExclusive, type Evaluation } from './evaluate';
import type { PricingModel } from './model';
import { applicationSaving, type Application } from './solution';

/**
 * Prices as other tills do: reduced labels first (those units join no offer), then each item offer
 * in priority order (ties by id), applied as many times as it fits on units not yet used, taking
 * eligible units in scan order; then the thresholds that are reached. An exclusive threshold
 * applies only to a basket no other offer touched. Kept for comparison with the optimal strategy.
 */
export function solveFirstCome(model: PricingModel): Evaluation {
  const used = new Uint8Array(model.units.length);
  const reduced = model.units.filter((u) => u.reducedPrice !== undefined).map((u) => u.id);
  for (const id of reduced) used[id] = 1;
  const applications: Application[] = [];

  model.offers.forEach((active, offer) => {
    let made = 0;
    const skipped = new Set<number>();
    while (made < active.limit) {
      const taken = new Set<number>();
      const units = active.slotSizes.map((size, slot) => {
        const picked: number[] = [];
        for (const unit of model.units) {
          if (picked.length === size) break;
          if (used[unit.id] || taken.has(unit.id) || skipped.has(unit.id)) continue;
          if (!active.slotsByClass.get(unit.classId)?.includes(slot)) continue;
          picked.push(unit.id);
          taken.add(unit.id);
        }
        return picked;
      });
      if (units.some((slot, s) => slot.length < active.slotSizes[s]!)) break;
      const saving = applicationSaving(model, offer, units);
      if (saving <= 0) {
        // This group would not save money: leave its first unit out and try the next group.
        skipped.add(units.flat()[0]!);
        continue;
      }
      units.flat().forEach((id) => (used[id] = 1));
      applications.push({ offer, units, saving });
      made++;
    }
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
