import { allocate } from './money';
import type { PricingModel } from './model';

/** A saving shared across units: the unit ids in scan order, and each one's share. */
export interface Shares {
  readonly ids: readonly number[];
  readonly shares: readonly number[];
}

/**
 * Shares a saving across units in proportion to their full prices, largest remainder, ties to
 * the unit scanned first (unit ids follow scan order). Two arrays, not a pair per unit: this runs
 * for every application of every scan's receipt and of every solution a threshold measures.
 */
export function shareSaving(model: PricingModel, unitIds: readonly number[], saving: number): Shares {
  const ids = unitIds.slice();
  // An application's units are few and nearly in scan order already: an insertion sort.
  for (let a = 1; a < ids.length; a++) {
    const id = ids[a]!;
    let b = a;
    while (b > 0 && ids[b - 1]! > id) {
      ids[b] = ids[b - 1]!;
      b--;
    }
    ids[b] = id;
  }
  const prices = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i++) prices[i] = model.units[ids[i]!]!.price;
  return { ids, shares: allocate(saving, prices) };
}
