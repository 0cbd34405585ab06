// The demo book's shapes: the book as the format writes it, and the catalogue's rows before their barcodes.

/** A product as the price book format writes it. Money is in pence. */
export interface DemoProduct {
  readonly sku: string;
  readonly name: string;
  /** Pence each, or pence per kilogram when `unit` is `kg`. */
  readonly price: number;
  readonly unit?: 'kg';
  readonly barcodes: readonly string[];
  readonly category: string;
  /** The category's picture, shipped in `public/images/` (the format's optional `image`). */
  readonly image: string;
  /** Minimum age in years to buy it (alcohol: 18). */
  readonly ageRestricted?: number;
  /** VAT code: `S` or `R`; zero-rated products leave it out and take the book's `defaultTax`, `Z`. */
  readonly tax?: 'S' | 'R';
}

interface Targets {
  readonly products?: readonly string[];
  readonly categories?: readonly string[];
}

interface OfferCommon extends Targets {
  readonly id: string;
  readonly label: string;
  readonly priority?: number;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly limit?: number;
}

/** An offer as the price book format writes it. Money is in pence. */
export type DemoOffer = OfferCommon &
  (
    | { readonly kind: 'multi-buy'; readonly quantity: number; readonly price: number }
    | { readonly kind: 'bundle'; readonly slots: readonly (Targets & { readonly quantity?: number })[]; readonly price: number }
    | { readonly kind: 'cheapest-free'; readonly buy: number; readonly free: number }
    | { readonly kind: 'percent-off'; readonly percent: number }
    | { readonly kind: 'amount-off'; readonly amount: number }
    | {
        readonly kind: 'spend-threshold';
        readonly threshold: number;
        readonly amount?: number;
        readonly percent?: number;
        readonly basis: 'before-offers' | 'after-offers' | 'full-price-only';
      }
  );

/** A VAT rate as the price book format writes it. */
export interface DemoTaxRate {
  readonly code: string;
  readonly percent: number;
  readonly label: string;
}

/** The whole demo book. */
export interface DemoBook {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly currency: string;
  readonly legal: { readonly name: string; readonly address: readonly string[]; readonly vatNumber: string };
  readonly taxRates: readonly DemoTaxRate[];
  readonly defaultTax: string;
  readonly products: readonly DemoProduct[];
  readonly offers: readonly DemoOffer[];
}

/** One product line of the catalogue (`catalogue.ts`), before its barcodes are worked out. */
export interface Row {
  readonly sku: string;
  readonly name: string;
  readonly price: number;
  /** Weighed: the scale's five-digit item reference; `price` is per kilogram. */
  readonly scale?: string;
  /** Sold by the unit and store-labelled: the five-digit item reference of its `20` base code. */
  readonly label?: string;
  /** A small pack that carries an EAN-8 instead (seven-digit body; the check digit is computed). */
  readonly ean8?: string;
}

/** A category of the catalogue: its products, its code in their EAN-13s, its VAT and age rules. */
export interface Category {
  readonly id: string;
  /** Two digits, part of each product's EAN-13. */
  readonly code: string;
  /** The VAT code of the whole category, when it is not zero rated. */
  readonly tax?: 'S';
  readonly rows: readonly Row[];
  /** Minimum age in years for every product of the category, except those listed in `ageExempt`. */
  readonly ageRestricted?: number;
  readonly ageExempt?: readonly string[];
}
