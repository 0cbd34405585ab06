import { sql, type Kysely } from 'kysely';
import { compareSales, type RecordedSale, type WhatIfReport } from '../../src/backoffice/what-if/what-if';
import type { PriceBook } from '../../src/pricing';
import type { SaleEntry } from '../../src/sales/journal-entry';
import type { HqDatabase } from '../db/schema';

/** Most sales re-priced per store in one request: pricing is CPU work on the server's one thread. */
export const MAX_WHAT_IF_SALES = 5000;

/** Most changed sales listed per store (the biggest changes). */
const CHANGED_LISTED = 20;

/** One store's recorded sales re-priced with its draft book, beside what was charged. */
export interface StoreWhatIf {
  readonly store: string;
  readonly sales: number;
  /** True when the store had more sales in the range than were re-priced (the oldest are used). */
  readonly truncated: boolean;
  readonly charged: WhatIfReport['charged'];
  readonly whatIf: WhatIfReport['whatIf'];
  readonly offers: WhatIfReport['offers'];
  readonly changed: readonly { readonly id: string; readonly till: string; readonly receiptNumber: number | string; readonly total: number; readonly whatIfTotal: number; readonly difference: number }[];
  readonly unpriced: readonly { readonly id: string; readonly reason: string }[];
}

/** The local date (YYYY-MM-DD) of an instant in a time zone: the pricing date the till used. */
function dateIn(tz: string): (at: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => format.format(new Date(at));
}

/**
 * Re-prices a store's recorded sales between `from` and `to` with a draft book, exactly as the
 * back office's what-if does for one till (the same pure `compareSales`), at head office.
 */
export async function storeWhatIf(db: Kysely<HqDatabase>, store: string, draft: PriceBook, range: { from: string; to: string; tz: string }): Promise<StoreWhatIf> {
  const rows = await sql<{ till_id: string; body: SaleEntry | string }>`
    select till_id, body from journal_entries
    where store_id = ${store} and kind = 'sale' and at >= ${range.from}::timestamptz and at < ${range.to}::timestamptz
    order by at, till_id, receipt_number
    limit ${MAX_WHAT_IF_SALES + 1}`.execute(db);
  const tillOf = new Map<string, string>();
  const sales: RecordedSale[] = rows.rows.slice(0, MAX_WHAT_IF_SALES).map((r) => {
    const e = (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as SaleEntry;
    tillOf.set(e.id, r.till_id);
    return {
      id: e.id,
      receiptNumber: e.receiptNumber,
      completedAt: e.at,
      items: e.items,
      bookId: e.book.id,
      bookVersion: e.book.version,
      total: e.total,
      savings: e.savings,
      discounts: e.discounts.map((d) => ({ offerId: d.offerId, label: d.label, saving: d.saving })),
    };
  });
  const report = compareSales(draft, draft.offers, sales, { dateOf: dateIn(range.tz) });
  return {
    store,
    sales: report.sales,
    truncated: rows.rows.length > MAX_WHAT_IF_SALES,
    charged: report.charged,
    whatIf: report.whatIf,
    offers: report.offers,
    changed: report.changed.slice(0, CHANGED_LISTED).map((c) => ({
      id: c.sale.id,
      till: tillOf.get(c.sale.id) ?? '',
      receiptNumber: c.sale.receiptNumber,
      total: c.sale.total,
      whatIfTotal: c.whatIfTotal,
      difference: c.difference,
    })),
    unpriced: report.unpriced.map((u) => ({ id: u.sale.id, reason: u.reason })),
  };
}
