// A price book's products and offers as the format (`docs/price-book-format.md`) writes them: what the
// scripts that make books (the demo book, the big catalogue) write. Money is in pence.

/** A product as the price book format writes it. Money is in pence. */
export interface BookProduct {
  readonly sku: string;
  readonly name: string;
  /** Pence each, or pence per kilogram when `unit` is `kg`. */
  readonly price: number;
  readonly unit?: 'kg';
  readonly barcodes: readonly string[];
  readonly category: string;
  /** A picture on the same site (the format's optional `image`). */
  readonly image?: string;
  /** Minimum age in years to buy it (alcohol: 18). */
  readonly ageRestricted?: number;
  /** VAT code, one of the book's `taxRates`. */
  readonly tax?: string;
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
export type BookOffer = OfferCommon &
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

