import type { Kysely } from 'kysely';
import * as z from 'zod';
import { parseJournalEntry, type EntryProblem, type ParsedJournalEntry } from '../../src/sales/entry-schema';
import type { HqDatabase } from '../db/schema';
import type { TillIdentity } from '../http/auth-hooks';
import { entryFigures } from './entry-row';

/** Most entries in one upload: a backlog goes up in several batches, each one transaction. */
export const MAX_BATCH = 1000;

/** Rows per INSERT statement: 12 parameters a row stays far below PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 250;

/** What became of one entry of a batch. */
export interface EntryResult {
  readonly id: string;
  readonly status: 'stored' | 'duplicate';
}

/** The outcome of an upload: every entry stored or already there, or the batch refused whole. */
export type BatchOutcome =
  | { readonly kind: 'stored'; readonly results: readonly EntryResult[] }
  | { readonly kind: 'invalid'; readonly problems: readonly EntryProblem[] }
  | { readonly kind: 'forbidden'; readonly path: string; readonly message: string };

const batchSchema = z.strictObject({
  entries: z.array(z.unknown()).min(1, 'a batch has at least one entry').max(MAX_BATCH, `a batch has at most ${MAX_BATCH} entries`),
});

/**
 * Validates a till's upload and stores it exactly once per entry id, all or nothing: an invalid
 * entry (422) or one of another till (403) refuses the whole batch before anything is written;
 * otherwise one transaction inserts every entry, `ON CONFLICT DO NOTHING`, and what the insert
 * returns tells `stored` from `duplicate`. A retried batch therefore stores nothing twice.
 */
export async function storeBatch(db: Kysely<HqDatabase>, till: TillIdentity, body: unknown): Promise<BatchOutcome> {
  const batch = batchSchema.safeParse(body);
  if (!batch.success) {
    return { kind: 'invalid', problems: batch.error.issues.map((i) => ({ path: ['$', ...i.path].join('.').replace(/\.(\d+)/g, '[$1]'), message: i.message })) };
  }
  const entries: ParsedJournalEntry[] = [];
  const problems: EntryProblem[] = [];
  batch.data.entries.forEach((raw, i) => {
    const parsed = parseJournalEntry(raw, ['entries', i]);
    if (parsed.ok) entries.push(parsed.entry);
    else problems.push(...parsed.problems);
  });
  if (problems.length > 0) return { kind: 'invalid', problems };
  const foreign = entries.findIndex((e) => e.tillId !== till.tillId);
  if (foreign >= 0) {
    return { kind: 'forbidden', path: `$.entries[${foreign}].tillId`, message: `Entry ${foreign} belongs to till "${entries[foreign]!.tillId}", not to this till: nothing of the batch was stored` };
  }
  const stored = await insertEntries(db, till, entries);
  const claimed = new Set<string>();
  const results = entries.map((e): EntryResult => {
    // The same id twice in one batch: the first is the one stored, the second a duplicate.
    const fresh = stored.has(e.id) && !claimed.has(e.id);
    if (fresh) claimed.add(e.id);
    return { id: e.id, status: fresh ? 'stored' : 'duplicate' };
  });
  return { kind: 'stored', results };
}

async function insertEntries(db: Kysely<HqDatabase>, till: TillIdentity, entries: readonly ParsedJournalEntry[]): Promise<Set<string>> {
  // Rows go in by id, so two batches that share entries (a retry racing its first attempt) take
  // their key locks in the same order and wait for each other instead of deadlocking.
  const byId = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return db.transaction().execute(async (tx) => {
    const stored = new Set<string>();
    for (let start = 0; start < byId.length; start += ROWS_PER_STATEMENT) {
      const rows = byId.slice(start, start + ROWS_PER_STATEMENT).map((e) => ({
        store_id: till.storeId,
        entry_id: e.id,
        till_id: e.tillId,
        kind: e.kind,
        receipt_number: e.receiptNumber,
        at: e.at,
        currency: e.currency,
        ...entryFigures(e),
        body: JSON.stringify(e),
      }));
      const inserted = await tx.insertInto('journal_entries').values(rows).onConflict((c) => c.columns(['store_id', 'entry_id']).doNothing()).returning('entry_id').execute();
      for (const row of inserted) stored.add(row.entry_id);
    }
    return stored;
  });
}
