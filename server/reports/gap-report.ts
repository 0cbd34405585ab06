import { sql, type Kysely } from 'kysely';
import type { HqDatabase } from '../db/schema';
import { num } from './report-range';

/** Receipt numbers a till has given that head office has not received (yet). */
export interface TillGaps {
  readonly store: string;
  readonly till: string;
  readonly entries: number;
  /** Lowest and highest receipt numbers received. Numbers below `first` are not counted as missing. */
  readonly first: number;
  readonly last: number;
  /** Receipt numbers missing between `first` and `last`. */
  readonly missing: number;
  /** The missing runs, lowest first (at most 100 per till). */
  readonly gaps: readonly { readonly from: number; readonly to: number }[];
}

/** Most runs listed per till: a till that lost thousands needs a look, not a longer list. */
const GAPS_LISTED = 100;

/**
 * Per till, the receipt numbers missing between the lowest and highest received. A till numbers
 * every entry without gaps, so a gap is an entry still in its outbox, or lost.
 */
export async function gapReport(db: Kysely<HqDatabase>, store: string | undefined): Promise<TillGaps[]> {
  const where = store === undefined ? sql`true` : sql`store_id = ${store}`;
  const tills = await sql<Record<string, unknown>>`
    select store_id, till_id, count(distinct receipt_number) as entries, min(receipt_number) as first, max(receipt_number) as last
    from journal_entries where ${where} group by 1, 2 order by 1, 2`.execute(db);
  const runs = await sql<Record<string, unknown>>`
    select store_id, till_id, previous + 1 as gap_from, receipt_number - 1 as gap_to
    from (select store_id, till_id, receipt_number,
            lag(receipt_number) over (partition by store_id, till_id order by receipt_number) as previous
          from journal_entries where ${where}) numbered
    where receipt_number - previous > 1
    order by 1, 2, 3`.execute(db);
  return tills.rows.map((t) => {
    const mine = runs.rows.filter((r) => r.store_id === t.store_id && r.till_id === t.till_id).map((r) => ({ from: num(r.gap_from), to: num(r.gap_to) }));
    const first = num(t.first);
    const last = num(t.last);
    return { store: String(t.store_id), till: String(t.till_id), entries: num(t.entries), first, last, missing: last - first + 1 - num(t.entries), gaps: mine.slice(0, GAPS_LISTED) };
  });
}
