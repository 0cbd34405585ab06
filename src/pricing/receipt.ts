import type { Money } from './money';

/** A line of the receipt: one basket item at full price. */
export interface ReceiptLine {
  /** Position of the item in the basket (scan order). */
  readonly index: number;
  readonly sku: string;
  readonly name: string;
  readonly unit: 'each' | 'kg';
  /** Units; 1 for a weighed line. */
  readonly quantity: number;
  /** Net weight of a weighed line. */
  readonly grams?: number;
  /** Full price of one unit; for a weighed line, of the whole line (its weight at `pricePerKg`). */
  readonly unitPrice: Money;
  /** Price per kilogram of a weighed line priced by weight (absent when a price label set its price). */
  readonly pricePerKg?: Money;
  /** Full price of the line. */
  readonly price: Money;
  /** Reduced-to-clear price of one unit, when labelled. */
  readonly reducedPrice?: Money;
  /** The line's VAT code (the product's `tax`, else the book's `defaultTax`); only when the book has `taxRates`. */
  readonly tax?: string;
}

/**
 * One VAT rate's share of a receipt (prices include VAT). All money in minor units;
 * `tax + net = gross`, and the `gross` of every rate sum to the receipt's total.
 */
export interface TaxLine {
  /** The rate's code in the book's `taxRates`. */
  readonly code: string;
  /** The rate as the book gives it (20, 5.5): percent of the price before tax. */
  readonly percent: number;
  /** The rate's label in the book, when it has one. */
  readonly label?: string;
  /** What the rate's lines paid, VAT included (after item offers and threshold shares). */
  readonly gross: Money;
  /** The VAT within `gross`: gross × percent / (100 + percent), rounded half up once per rate. */
  readonly tax: Money;
  /** gross − tax. */
  readonly net: Money;
}

/** A unit a discount used, and its share of the saving (what it "paid" is its full price less this). */
export interface DiscountUnit {
  /** Receipt line index. */
  readonly line: number;
  readonly share: Money;
}

/** One application of an offer, a threshold reached, or a reduced-to-clear label. */
export interface DiscountLine {
  /** The offer's id, or `reduced-to-clear` for a reduced label. */
  readonly offerId: string;
  readonly kind: 'multi-buy' | 'bundle' | 'cheapest-free' | 'percent-off' | 'amount-off' | 'spend-threshold' | 'reduced-to-clear';
  readonly label: string;
  /** Amount saved, in minor units. */
  readonly saving: Money;
  /** Receipt lines the discount used, ascending (every line, for a whole-basket threshold). */
  readonly lines: readonly number[];
  /** The units it used with their shares of the saving (empty for thresholds). */
  readonly units: readonly DiscountUnit[];
}

/** An offer one more unit would bring into play, and what adding that unit would save. */
export interface NearMiss {
  readonly offerId: string;
  readonly label: string;
  /** The product to add one more of. */
  readonly sku: string;
  readonly name: string;
  /** How much less the customer pays for the extra unit than its full price, in minor units. */
  readonly saving: Money;
  /** Whether the product is already in the basket ("add one more") or would be new ("add one"). */
  readonly inBasket: boolean;
  /** Plain words for the cashier: "Add one more Apples: 3 for £1.30 saves £0.20". */
  readonly message: string;
}

/** A priced basket: what the screen, the CLI and the journal show. Discount savings sum to `savings`. */
export interface Receipt {
  readonly currency: string;
  readonly strategy: 'optimal' | 'first-come';
  readonly lines: readonly ReceiptLine[];
  readonly discounts: readonly DiscountLine[];
  /** Sum of full line prices. */
  readonly subtotal: Money;
  /** Sum of discount savings. */
  readonly savings: Money;
  /** subtotal − savings. */
  readonly total: Money;
  /** True when the total is proven the lowest possible (always false for first-come). */
  readonly optimal: boolean;
  readonly nearMisses: readonly NearMiss[];
  /** Search steps spent (deterministic for a given basket and book). */
  readonly steps: number;
  /**
   * VAT per rate, one entry per code that has lines, in the book's `taxRates` order. Only when the
   * book has `taxRates`; a book without them gives a receipt without VAT.
   */
  readonly taxes?: readonly TaxLine[];
}
