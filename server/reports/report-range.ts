import { sql, type RawBuilder } from 'kysely';
import * as z from 'zod';
import { idSchema } from '../http/problems';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant such as 2026-12-01T00:00:00Z' });

/** A report's scope: `from` (inclusive) to `to` (exclusive), one store or all, days in one time zone. */
export const reportQuerySchema = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  store: idSchema.optional(),
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
    .default('UTC'),
});

export type ReportQuery = z.output<typeof reportQuerySchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The WHERE conditions of a report's scope, as parameters (never spliced text). */
export function scopeConditions(q: ReportQuery): RawBuilder<unknown> {
  const parts = [sql`true`];
  if (q.from !== undefined) parts.push(sql`at >= ${q.from}::timestamptz`);
  if (q.to !== undefined) parts.push(sql`at < ${q.to}::timestamptz`);
  if (q.store !== undefined) parts.push(sql`store_id = ${q.store}`);
  return sql.join(parts, sql` and `);
}

/** An aggregate read back as a number: PostgreSQL sends bigint and numeric as text. */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
