import { sql, type Kysely } from 'kysely';
import type { HqDatabase } from '../db/schema';
import { num, scopeConditions, type ReportQuery } from './report-range';

/** VAT at one rate on one store's till's day. Money in minor units; refunds count against it. */
export interface VatDay {
  readonly store: string;
  readonly till: string;
  /** The local date in the report's time zone (YYYY-MM-DD). */
  readonly day: string;
  readonly currency: string;
  readonly code: string;
  readonly percent: number;
  /** What that rate's lines paid, less what refunds gave back at it. */
  readonly gross: number;
  readonly tax: number;
  readonly net: number;
}

/**
 * VAT per store, till, local day and rate, from the `taxes` each sale and refund recorded (the
 * engine's own split, never worked out again here): sales add, refunds take away. Entries from
 * books without VAT rates carry no `taxes` and add nothing.
 */
export async function vatReport(db: Kysely<HqDatabase>, q: ReportQuery): Promise<VatDay[]> {
  const rows = await sql<Record<string, unknown>>`
    select store_id, till_id, to_char(at at time zone ${q.tz}, 'YYYY-MM-DD') as day,
      t->>'code' as code, (t->>'percent')::numeric as percent, max(currency) as currency,
      sum(case when kind = 'refund' then -1 else 1 end * (t->>'gross')::bigint) as gross,
      sum(case when kind = 'refund' then -1 else 1 end * (t->>'tax')::bigint) as tax,
      sum(case when kind = 'refund' then -1 else 1 end * (t->>'net')::bigint) as net
    from journal_entries cross join lateral jsonb_array_elements(coalesce(body->'taxes', '[]'::jsonb)) as t
    where ${scopeConditions(q)}
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5`.execute(db);
  return rows.rows.map((r) => ({
    store: String(r.store_id),
    till: String(r.till_id),
    day: String(r.day),
    currency: String(r.currency),
    code: String(r.code),
    percent: num(r.percent),
    gross: num(r.gross),
    tax: num(r.tax),
    net: num(r.net),
  }));
}
