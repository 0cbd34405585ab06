import { sql, type Kysely } from 'kysely';
import type { ParsedZReport } from '../../src/sales/entry-schema';
import type { HqDatabase } from '../db/schema';
import { num } from './report-range';

/** The figures a Z report and head office can both give for a period. Minor units. */
export interface PeriodFigures {
  readonly sales: number;
  readonly refunds: number;
  readonly salesTotal: number;
  readonly refundsTotal: number;
  readonly net: number;
  readonly takings: { readonly cash: number; readonly card: number };
}

/** A till's Z report set beside what head office holds for the same receipt numbers. */
export interface ZCheck {
  readonly store: string;
  readonly till: string;
  readonly zNumber: number;
  readonly closedAt: string;
  readonly fromReceipt: number;
  readonly toReceipt: number;
  readonly atTill: PeriodFigures;
  readonly atHq: PeriodFigures;
  /** Receipt numbers of the period head office has not received (yet). */
  readonly missing: number;
  /** True when head office holds every entry of the period and the figures agree. */
  readonly matches: boolean;
}

/**
 * Every Z report (of one store, or the chain) checked against the entries head office holds for
 * its till and receipt numbers: the chain's figures agree with the tills' own close of day, or
 * the difference shows which entries are still to come.
 */
export async function zCheck(db: Kysely<HqDatabase>, store: string | undefined): Promise<ZCheck[]> {
  const rows = await sql<Record<string, unknown>>`
    select z.store_id, z.till_id, z.z_number, z.from_receipt, z.to_receipt, z.body,
      count(distinct e.receipt_number) as received,
      count(e.entry_id) filter (where e.kind = 'sale') as sales,
      count(e.entry_id) filter (where e.kind = 'refund') as refunds,
      sum(e.total) filter (where e.kind = 'sale') as sales_total,
      -sum(e.total) filter (where e.kind = 'refund') as refunds_total,
      sum(e.cash) as cash, sum(e.card) as card
    from z_reports z
    left join journal_entries e
      on e.store_id = z.store_id and e.till_id = z.till_id and e.receipt_number between z.from_receipt and z.to_receipt
    where ${store === undefined ? sql`true` : sql`z.store_id = ${store}`}
    group by z.store_id, z.z_id, z.till_id, z.z_number, z.from_receipt, z.to_receipt, z.body
    order by z.store_id, z.till_id, z.z_number`.execute(db);
  return rows.rows.map((r) => {
    const z = (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as ParsedZReport;
    const t = z.totals;
    const atTill: PeriodFigures = { sales: t.sales, refunds: t.refunds, salesTotal: t.salesTotal, refundsTotal: t.refundsTotal, net: t.net, takings: { cash: t.takings.cash, card: t.takings.card } };
    const salesTotal = num(r.sales_total);
    const refundsTotal = num(r.refunds_total);
    const atHq: PeriodFigures = { sales: num(r.sales), refunds: num(r.refunds), salesTotal, refundsTotal, net: salesTotal - refundsTotal, takings: { cash: num(r.cash), card: num(r.card) } };
    const missing = z.toReceipt - z.fromReceipt + 1 - num(r.received);
    return {
      store: String(r.store_id),
      till: String(r.till_id),
      zNumber: z.zNumber,
      closedAt: z.closedAt,
      fromReceipt: z.fromReceipt,
      toReceipt: z.toReceipt,
      atTill,
      atHq,
      missing,
      matches: missing === 0 && JSON.stringify(atTill) === JSON.stringify(atHq),
    };
  });
}
