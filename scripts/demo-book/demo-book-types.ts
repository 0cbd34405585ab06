// The demo book's shapes: the book as the format writes it, and the catalogue's rows before their barcodes.
import type { BookOffer, BookProduct } from '../book-types';

/** A demo product: every one carries its category's picture; zero-rated ones leave `tax` out. */
export interface DemoProduct extends BookProduct {
  /** The category's picture, shipped in `public/images/` (the format's optional `image`). */
  readonly image: string;
  /** VAT code: `S` or `R`; zero-rated products leave it out and take the book's `defaultTax`, `Z`. */
  readonly tax?: 'S' | 'R';
}

/** An offer as the demo book writes it. */
export type DemoOffer = BookOffer;

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
