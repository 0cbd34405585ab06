import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { HqDatabase } from '../db/schema';

/** A published book: its JSON as published and its version (1, 2, ... per store). */
export interface StoredBook {
  readonly version: number;
  readonly json: string;
}

/**
 * Publishes a book as the store's next version, in one statement. Two publishes racing for the
 * same version: one wins, the other gets `undefined` (the primary key refuses it) and is retried
 * by whoever pressed Publish.
 */
export async function publishBook(db: Kysely<HqDatabase>, storeId: string, json: string): Promise<number | undefined> {
  const row = await sql<{ version: number }>`
    insert into store_books (store_id, version, book_json)
    select ${storeId}, coalesce(max(version), 0) + 1, ${json} from store_books where store_id = ${storeId}
    on conflict do nothing
    returning version`.execute(db);
  return row.rows[0]?.version;
}

/** The store's current (highest) version, if it has any. */
export async function currentBook(db: Kysely<HqDatabase>, storeId: string): Promise<StoredBook | undefined> {
  const row = await db.selectFrom('store_books').select(['version', 'book_json']).where('store_id', '=', storeId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row && { version: row.version, json: row.book_json };
}

/** The store's current version number alone (cheap: an index-only read), for the ETag check. */
export async function currentVersion(db: Kysely<HqDatabase>, storeId: string): Promise<number | undefined> {
  const row = await db.selectFrom('store_books').select('version').where('store_id', '=', storeId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row?.version;
}
