/**
 * The price book and basket as plain JSON, typed straight from `docs/price-book-format.md`.
 *
 * Test support keeps its own types rather than importing the engine's so that the generator and
 * the oracle stay independent of the code they check. Fields are `readonly` and optional fields
 * also accept `undefined`, so a book the engine's schema has already parsed (whose optional
 * fields are `T | undefined`, whose money is branded) can be passed where these are expected.
 */

/** How a product is sold: by the unit, or by weight with `price` per kilogram. */
export type ProductUnit = 'each' | 'kg';

/** One product of the catalogue. */
export interface JsonProduct {
  readonly sku: string;
  readonly name: string;
  /** Unit price in minor units; for `unit: 'kg'` the price per kilogram. */
  readonly price: number;
  /** `'each'` when absent. */
  readonly unit?: ProductUnit | undefined;
  readonly barcodes?: readonly string[] | undefined;
  readonly category?: string | undefined;
}

/** Which units an offer (or a bundle slot, or a threshold) looks at: a unit matches when either list names it. */
export interface JsonTargets {
  readonly products?: readonly string[] | undefined;
  readonly categories?: readonly string[] | undefined;
}

/** Fields every offer kind shares. */
export interface JsonOfferCommon extends JsonTargets {
  readonly id: string;
  readonly label?: string | undefined;
  /** Lower first; used by first-come and to break ties. */
  readonly priority?: number | undefined;
  /** ISO date `YYYY-MM-DD`, inclusive. */
  readonly validFrom?: string | undefined;
  /** ISO date `YYYY-MM-DD`, inclusive. */
  readonly validUntil?: string | undefined;
  /** Most applications per basket. */
  readonly limit?: number | undefined;
}

/** Any `quantity` eligible units for `price` (minor units). */
export interface JsonMultiBuyOffer extends JsonOfferCommon {
  readonly kind: 'multi-buy';
  readonly quantity: number;
  readonly price: number;
}

/** One slot of a bundle: `quantity` (default 1) distinct units matching its targets. */
export interface JsonBundleSlot extends JsonTargets {
  readonly quantity?: number | undefined;
}

/** One filling of every slot for `price` (minor units). */
export interface JsonBundleOffer extends JsonOfferCommon {
  readonly kind: 'bundle';
  readonly slots: readonly JsonBundleSlot[];
  readonly price: number;
}

/** Among `buy` eligible units, the `free` cheapest cost nothing. */
export interface JsonCheapestFreeOffer extends JsonOfferCommon {
  readonly kind: 'cheapest-free';
  readonly buy: number;
  readonly free: number;
}

/** One eligible unit or weighed line reduced by `percent` (1-100). */
export interface JsonPercentOffOffer extends JsonOfferCommon {
  readonly kind: 'percent-off';
  readonly percent: number;
}

/** One eligible unit or weighed line reduced by `amount` (minor units), never below zero. */
export interface JsonAmountOffOffer extends JsonOfferCommon {
  readonly kind: 'amount-off';
  readonly amount: number;
}

/** Which spend of the eligible units a threshold measures. */
export type ThresholdBasis = 'before-offers' | 'after-offers' | 'full-price-only';

/** Money off the basket once, when the eligible spend reaches `threshold` (minor units). */
export interface JsonSpendThresholdOffer extends JsonOfferCommon {
  readonly kind: 'spend-threshold';
  readonly threshold: number;
  /** Minor units off; exactly one of `amount` and `percent` is given. */
  readonly amount?: number | undefined;
  /** Percent of the measured spend, rounded half up. */
  readonly percent?: number | undefined;
  readonly basis: ThresholdBasis;
  /** When it applies, it is the only offer on the basket. */
  readonly exclusive?: boolean | undefined;
}

/** An offer on items: every kind but `spend-threshold`. */
export type JsonItemOffer =
  | JsonMultiBuyOffer
  | JsonBundleOffer
  | JsonCheapestFreeOffer
  | JsonPercentOffOffer
  | JsonAmountOffOffer;

/** Any offer of the format. */
export type JsonOffer = JsonItemOffer | JsonSpendThresholdOffer;

/** Every offer kind, in the format's order. */
export const OFFER_KINDS = [
  'multi-buy',
  'bundle',
  'cheapest-free',
  'percent-off',
  'amount-off',
  'spend-threshold',
] as const satisfies readonly JsonOffer['kind'][];

/** A whole price book as JSON. */
export interface JsonPriceBook {
  /** ISO 4217 code. */
  readonly currency: string;
  readonly products: readonly JsonProduct[];
  readonly offers: readonly JsonOffer[];
}

/**
 * One basket line in scan order, as the till's basket store holds it. Its optional fields are
 * plain `?:` (no explicit `undefined`) so a generated basket can be handed to the engine as is.
 */
export interface BasketLine {
  readonly sku: string;
  /** Units of an `each` product (default 1). */
  readonly quantity?: number;
  /** Net weight in grams of a weighed (`kg`) line; a weighed line is one unit. */
  readonly grams?: number;
  /** Reduced-to-clear price of one unit (or of the weighed line), in minor units. */
  readonly reducedPrice?: number;
  /**
   * Full price of one unit (or of the weighed line) read from a price-embedded label, replacing
   * the book's price. A project extension the engine accepts; the generator never writes it.
   */
  readonly price?: number;
}
