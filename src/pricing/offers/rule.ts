import type { ItemOffer } from '../schema';

/**
 * What the solvers need to know about one kind of item offer. An application takes a fixed
 * number of units per slot (single-slot kinds have one slot); its saving depends only on the
 * full prices of those units.
 */
export interface OfferRule<O extends ItemOffer = ItemOffer> {
  /** Whether only `each` units count (multi-buy, bundle, cheapest-free). */
  readonly countBased: boolean;
  /** Units one application takes, per slot. */
  slotSizes(offer: O): readonly number[];
  /**
   * Saving of one application, in minor units, given the full prices of its units per slot,
   * each slot's prices in descending order.
   */
  saving(offer: O, pricesBySlot: readonly (readonly number[])[]): number;
  /**
   * The saving as the solver accrues it unit by unit, when units join an offer's applications in
   * descending price order: what the unit at `position` (0-based within its application) adds.
   */
  unitGain(offer: O, price: number, position: number): number;
  /** What completing an application adds to the accrued saving (minus the fixed price for fixed-price kinds). */
  completionGain(offer: O): number;
  /** The receipt text when the offer has no label. */
  defaultLabel(offer: O, formatMoney: (amount: number) => string): string;
}
