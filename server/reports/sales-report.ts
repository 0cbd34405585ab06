import { sql, type Kysely } from 'kysely';
import type { HqDatabase } from '../db/schema';
import { num, scopeConditions, type ReportQuery } from './report-range';

/** One store's till's day. Money in minor units. */
export interface SalesDay {
  readonly store: string;
  readonly till: string;
  /** The local date in the report's time zone (YYYY-MM-DD). */
  readonly day: string;
  /** The currency the amounts are in (a store sells in one). */
  readonly currency: string;
  readonly sales: number;
  readonly refunds: number;
  /** Sales totals. */
  readonly gross: number;
  /** Refund totals (positive). */
  readonly refunded: number;
  /** gross − refunded. */
  readonly net: number;
  /** Discounts given on the day's sales. */
  readonly savings: number;
  /** Net takings per tender: cash kept (less change and cash refunds), card. */
  readonly tenders: { readonly cash: number; readonly card: number };
}

/** Sales, refunds, savings and tenders per store, till and day (VAT once entries carry it). */
export async function salesReport(db: Kysely<HqDatabase>, q: ReportQuery): Promise<SalesDay[]> {
  const rows = await sql<Record<string, unknown>>`
    select store_id, till_id, to_char(at at time zone ${q.tz}, 'YYYY-MM-DD') as day,
      count(*) filter (where kind = 'sale') as sales,
      count(*) filter (where kind = 'refund') as refunds,
      sum(total) filter (where kind = 'sale') as gross,
      -sum(total) filter (where kind = 'refund') as refunded,
      sum(total) as net, sum(savings) as savings, sum(cash) as cash, sum(card) as card, max(currency) as currency
    from journal_entries
    where ${scopeConditions(q)}
    group by 1, 2, 3
    order by 1, 2, 3`.execute(db);
  return rows.rows.map((r) => ({
    store: String(r.store_id),
    till: String(r.till_id),
    day: String(r.day),
    currency: String(r.currency),
    sales: num(r.sales),
    refunds: num(r.refunds),
    gross: num(r.gross),
    refunded: num(r.refunded),
    net: num(r.net),
    savings: num(r.savings),
    tenders: { cash: num(r.cash), card: num(r.card) },
  }));
}

/** Savings per offer across the chain (or one store): what each offer gave away, and where. */
export interface OfferSavings {
  readonly offerId: string;
  readonly label: string;
  /** The currency of the savings (the chain's stores sell in one). */
  readonly currency: string;
  /** Times it applied. */
  readonly applications: number;
  readonly saving: number;
  /** Stores where it applied. */
  readonly stores: number;
}

export async function offerReport(db: Kysely<HqDatabase>, q: ReportQuery): Promise<OfferSavings[]> {
  const rows = await sql<Record<string, unknown>>`
    select d->>'offerId' as offer_id, max(d->>'label') as label, count(*) as applications,
      sum((d->>'saving')::bigint) as saving, count(distinct store_id) as stores, max(currency) as currency
    from journal_entries cross join lateral jsonb_array_elements(body->'discounts') as d
    where kind = 'sale' and ${scopeConditions(q)}
    group by 1
    order by 4 desc, 1`.execute(db);
  return rows.rows.map((r) => ({ offerId: String(r.offer_id), label: String(r.label), currency: String(r.currency), applications: num(r.applications), saving: num(r.saving), stores: num(r.stores) }));
}
