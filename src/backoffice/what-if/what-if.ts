import { priceBasket, pricingContext, type BasketItem, type Offer, type PriceBook, type SearchLimits } from '../../pricing';

/**
 * A completed sale as the sales journal records it: the shape the what-if needs, defined here so
 * the back office does not reach into the journal's internals. The app passes a loader.
 */
export interface RecordedSale {
  readonly id: string;
  readonly receiptNumber: number | string;
  /** When the sale was completed (ISO 8601). */
  readonly completedAt: string;
  /** The basket exactly as the till priced it. */
  readonly items: readonly BasketItem[];
  readonly bookId?: string | undefined;
  readonly bookVersion?: string | number | undefined;
  /** What was charged, in minor units. */
  readonly total: number;
  readonly savings: number;
  readonly discounts: readonly { readonly offerId: string; readonly label: string; readonly saving: number }[];
}

/** Recorded sales completed between two times (ISO 8601, both inclusive). */
export type LoadSales = (from: string, to: string) => Promise<readonly RecordedSale[]>;

/** What one offer saved customers, as charged and under the draft. */
export interface OfferSavings {
  readonly offerId: string;
  readonly label: string;
  readonly charged: number;
  readonly whatIf: number;
}

/** A sale whose total the draft would change. */
export interface ChangedSale {
  readonly sale: RecordedSale;
  readonly whatIfTotal: number;
  /** What-if total less the charged total: negative when the customer would have paid less. */
  readonly difference: number;
}

/** The draft offers set against what was charged, over a set of recorded sales. */
export interface WhatIfReport {
  /** Sales re-priced. */
  readonly sales: number;
  readonly charged: { readonly total: number; readonly savings: number };
  readonly whatIf: { readonly total: number; readonly savings: number };
  /** Per offer (or reduced-to-clear label), the dearest difference first. */
  readonly offers: readonly OfferSavings[];
  /** Sales whose totals change, biggest change first. */
  readonly changed: readonly ChangedSale[];
  /** Sales the current book cannot price (a product since removed), with why. */
  readonly unpriced: readonly { readonly sale: RecordedSale; readonly reason: string }[];
}

export interface WhatIfOptions {
  /** The pricing date of a sale (its local date, YYYY-MM-DD), as the till priced it. */
  readonly dateOf: (completedAt: string) => string;
  /** The engine's wall-clock guard, exactly as the till passes it. */
  readonly limits?: Partial<SearchLimits>;
}

/**
 * Re-prices recorded sales with the book's products and a draft set of offers, exactly as the till
 * prices (the optimal strategy, one pricing context for the book, no near misses, the sale's own
 * date for validity), and sets the result beside what was charged.
 */
export function compareSales(book: PriceBook, draftOffers: readonly Offer[], sales: readonly RecordedSale[], options: WhatIfOptions): WhatIfReport {
  const draft: PriceBook = { ...book, offers: [...draftOffers] };
  const context = pricingContext(draft);
  const perOffer = new Map<string, { label: string; charged: number; whatIf: number }>();
  const tally = (offerId: string, label: string, key: 'charged' | 'whatIf', saving: number) => {
    const entry = perOffer.get(offerId) ?? { label, charged: 0, whatIf: 0 };
    entry[key] += saving;
    perOffer.set(offerId, entry);
  };
  const charged = { total: 0, savings: 0 };
  const whatIf = { total: 0, savings: 0 };
  const changed: ChangedSale[] = [];
  const unpriced: { sale: RecordedSale; reason: string }[] = [];

  for (const sale of sales) {
    const result = priceBasket(draft, sale.items, { date: options.dateOf(sale.completedAt), context, limits: options.limits ?? {}, nearMisses: false });
    if (!result.ok) {
      unpriced.push({ sale, reason: result.problems.map((p) => p.message).join('; ') });
      continue;
    }
    const receipt = result.receipt;
    charged.total += sale.total;
    charged.savings += sale.savings;
    whatIf.total += receipt.total;
    whatIf.savings += receipt.savings;
    for (const d of sale.discounts) tally(d.offerId, d.label, 'charged', d.saving);
    for (const d of receipt.discounts) tally(d.offerId, d.label, 'whatIf', d.saving);
    if (receipt.total !== sale.total) changed.push({ sale, whatIfTotal: receipt.total, difference: receipt.total - sale.total });
  }

  const offers = [...perOffer]
    .map(([offerId, e]) => ({ offerId, label: e.label, charged: e.charged, whatIf: e.whatIf }))
    .sort((a, b) => Math.abs(b.whatIf - b.charged) - Math.abs(a.whatIf - a.charged) || a.offerId.localeCompare(b.offerId));
  changed.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.sale.completedAt.localeCompare(b.sale.completedAt));
  return { sales: sales.length - unpriced.length, charged, whatIf, offers, changed, unpriced };
}
