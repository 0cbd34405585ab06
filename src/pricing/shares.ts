import { allocate } from './money';
import type { PricingModel } from './model';

/**
 * Shares a saving across units in proportion to their full prices, largest remainder, ties to
 * the unit scanned first (unit ids follow scan order). Returns [unit id, share] pairs in scan order.
 */
export function shareSaving(model: PricingModel, unitIds: readonly number[], saving: number): Array<[number, number]> {
  const ids = [...unitIds].sort((a, b) => a - b);
  const parts = allocate(saving, ids.map((id) => model.units[id]!.price));
  return ids.map((id, i) => [id, parts[i]!]);
}
