import type { Kysely } from 'kysely';
import * as z from 'zod';
import { parseZReport, type EntryProblem, type ParsedZReport } from '../../src/sales/entry-schema';
import type { HqDatabase } from '../db/schema';
import type { TillIdentity } from '../http/auth-hooks';
import type { BatchOutcome, EntryResult } from './store-batch';

/** Most Z reports in one upload. */
export const MAX_Z_BATCH = 100;

const batchSchema = z.strictObject({
  reports: z.array(z.unknown()).min(1, 'a batch has at least one Z report').max(MAX_Z_BATCH, `a batch has at most ${MAX_Z_BATCH} Z reports`),
});

/** Stores a till's Z reports exactly once per id, all or nothing, as {@link storeBatch} does entries. */
export async function storeZReports(db: Kysely<HqDatabase>, till: TillIdentity, body: unknown): Promise<BatchOutcome> {
  const batch = batchSchema.safeParse(body);
  if (!batch.success) return { kind: 'invalid', problems: batch.error.issues.map((i) => ({ path: `$.${i.path.join('.')}`, message: i.message })) };
  const reports: ParsedZReport[] = [];
  const problems: EntryProblem[] = [];
  batch.data.reports.forEach((raw, i) => {
    const parsed = parseZReport(raw, ['reports', i]);
    if (parsed.ok) reports.push(parsed.report);
    else problems.push(...parsed.problems);
  });
  if (problems.length > 0) return { kind: 'invalid', problems };
  const foreign = reports.findIndex((r) => r.tillId !== till.tillId);
  if (foreign >= 0) return { kind: 'forbidden', path: `$.reports[${foreign}].tillId`, message: `Z report ${foreign} belongs to another till: nothing of the batch was stored` };
  const rows = reports.map((r) => ({
    store_id: till.storeId,
    z_id: r.id,
    till_id: r.tillId,
    z_number: r.zNumber,
    closed_at: r.closedAt,
    from_receipt: r.fromReceipt,
    to_receipt: r.toReceipt,
    body: JSON.stringify(r),
  }));
  const inserted = await db.insertInto('z_reports').values(rows).onConflict((c) => c.columns(['store_id', 'z_id']).doNothing()).returning('z_id').execute();
  const fresh = new Set(inserted.map((r) => r.z_id));
  const results = reports.map((r): EntryResult => {
    const stored = fresh.delete(r.id);
    return { id: r.id, status: stored ? 'stored' : 'duplicate' };
  });
  return { kind: 'stored', results };
}
