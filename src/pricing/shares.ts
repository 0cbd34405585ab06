import { allocate } from './money';
import type { PricingModel } from './model';
import type { ItemSolution } from './solution';

/**
 * Shares a saving across units in proportion to their full prices, largest remainder, ties to
 * the unit scanned first (unit ids follow scan order). Returns [unit id, share] pairs in scan order.
 */
export function shareSaving(model: PricingModel, unitIds: readonly number[], saving: number): Array<[number, number]> {
  const ids = [...unitIds].sort((a, b) => a - b);
  const parts = allocate(saving, ids.map((id) => model.units[id]!.price));
  return ids.map((id, i) => [id, parts[i]!]);
}

/**
 * What each unit pays after item offers: full price less its share of its application's saving,
 * or its reduced price. This is what a unit "paid" for refunds and for spend measured after offers.
 */
export function paidAfterItems(model: PricingModel, solution: ItemSolution): { paid: Int32Array; inApplication: Uint8Array } {
  const paid = Int32Array.from(model.units, (u) => u.price);
  const inApplication = new Uint8Array(model.units.length);
  for (const app of solution.applications) {
    for (const [id, share] of shareSaving(model, app.units.flat(), app.saving)) {
      paid[id] = paid[id]! - share;
      inApplication[id] = 1;
    }
  }
  for (const id of solution.reduced) {
    paid[id] = model.units[id]!.reducedPrice!;
    inApplication[id] = 1;
  }
  return { paid, inApplication };
}
