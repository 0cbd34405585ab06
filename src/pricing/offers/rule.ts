import type { ItemOffer } from '../schema';

/** Which products one slot of an offer takes (an offer's own targets, or a bundle slot's). */
export interface Targeting {
  readonly products?: readonly string[] | undefined;
  readonly categories?: readonly string[] | undefined;
}

/**
 * What the solvers need to know about one kind of item offer. An application takes a fixed
 * number of units per slot (single-slot kinds have one slot); its saving depends only on the
 * full prices of those units. Everything a solver asks about a kind is here: the solvers never
 * test an offer's kind (see {@link OfferStrategy}, a rule bound to its offer).
 */
export interface OfferRule<O extends ItemOffer = ItemOffer> {
  /** Whether only `each` units count (multi-buy, bundle, cheapest-free). */
  readonly countBased: boolean;
  /** Units one application takes, per slot. */
  slotSizes(offer: O): readonly number[];
  /** What each slot targets, in slot order. */
  slotTargets(offer: O): readonly Targeting[];
  /**
   * Whether its slots are filled separately (a bundle): a near miss may then be a product for a
   * slot the basket has nothing for yet.
   */
  readonly slotted: boolean;
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
  /**
   * The position within an application from which units are free (cheapest-free: buy − free);
   * 0 where a unit's gain does not depend on its position.
   */
  freeFrom(offer: O): number;
  /**
   * Whether a unit's gain depends on its position in its application (the cheapest of each
   * application are free): its units must join in descending price order, and regrouping the
   * same units changes what they save.
   */
  readonly positional: boolean;
  /** The fixed price one application sells its units for (multi-buy, bundle); undefined for other kinds. */
  fixedPrice(offer: O): number | undefined;
  /**
   * Whether every application saves money when the cheapest filling of its slots costs
   * `cheapestFilling` (a bundle: only above its price; every other kind always, or never
   * applies where it would not).
   */
  alwaysSaves(offer: O, cheapestFilling: number): boolean;
  /**
   * The most an application can save per minor unit of a unit's price, when its dearest filling
   * costs `dearestFilling` (read only by fixed-price kinds).
   */
  savingRate(offer: O, dearestFilling: () => number): number;
  /** The receipt text when the offer has no label. */
  defaultLabel(offer: O, formatMoney: (amount: number) => string): string;
}

/**
 * An item offer's rule bound to the offer: what an active offer carries, so a solver asks it
 * directly (`strategy.saving(prices)`) with no switch on the offer's kind and no cast.
 */
export interface OfferStrategy {
  readonly countBased: boolean;
  readonly slotted: boolean;
  readonly positional: boolean;
  readonly slotSizes: readonly number[];
  readonly slotTargets: readonly Targeting[];
  readonly completionGain: number;
  readonly freeFrom: number;
  readonly fixedPrice: number | undefined;
  saving(pricesBySlot: readonly (readonly number[])[]): number;
  unitGain(price: number, position: number): number;
  alwaysSaves(cheapestFilling: number): boolean;
  savingRate(dearestFilling: () => number): number;
  defaultLabel(formatMoney: (amount: number) => string): string;
}

/** Binds a rule to its offer. */
export function bind<O extends ItemOffer>(rule: OfferRule<O>, offer: O): OfferStrategy {
  return {
    countBased: rule.countBased,
    slotted: rule.slotted,
    positional: rule.positional,
    slotSizes: rule.slotSizes(offer),
    slotTargets: rule.slotTargets(offer),
    completionGain: rule.completionGain(offer),
    freeFrom: rule.freeFrom(offer),
    fixedPrice: rule.fixedPrice(offer),
    saving: (pricesBySlot) => rule.saving(offer, pricesBySlot),
    unitGain: (price, position) => rule.unitGain(offer, price, position),
    alwaysSaves: (cheapestFilling) => rule.alwaysSaves(offer, cheapestFilling),
    savingRate: (dearestFilling) => rule.savingRate(offer, dearestFilling),
    defaultLabel: (format) => rule.defaultLabel(offer, format),
  };
}

/** A fixed price's saving per minor unit of its units' price, at most: 1 − price / dearest filling. */
export function fixedPriceRate(price: number, dearestFilling: number): number {
  return dearestFilling > 0 ? Math.max(0, 1 - price / dearestFilling) : 0;
}
