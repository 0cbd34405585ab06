import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { HqDatabase } from './schema';

/** Which database the head office runs on, as `/api/health` reports it. */
export type DatabaseKind = 'pglite' | 'postgresql';

/** Where the data lives: a PostgreSQL server, a PGlite folder, or PGlite in memory (tests). */
export type DatabaseTarget = { readonly url: string } | { readonly dataDir: string } | { readonly memory: true };

export interface OpenDatabase {
  readonly db: Kysely<HqDatabase>;
  readonly kind: DatabaseKind;
  /** Closes the pool, or shuts PGlite down cleanly (its files stay consistent). */
  close(): Promise<void>;
}

/** Opens the database and brings its schema up to date (the same migrations on both kinds). */
export async function openDatabase(target: DatabaseTarget, options: { readonly poolSize?: number } = {}): Promise<OpenDatabase> {
  const opened = 'url' in target ? openPostgres(target.url, options.poolSize ?? 10) : await openPglite(target);
  const { error, results } = await new Migrator({ db: opened.db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    await opened.close();
    throw new Error(`The head office database could not be migrated${failed ? ` (${failed.migrationName})` : ''}: ${String(error)}`);
  }
  return opened;
}

function openPostgres(url: string, max: number): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, max });
  const db = new Kysely<HqDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgresql', close: () => db.destroy() };
}

async function openPglite(target: { readonly dataDir: string } | { readonly memory: true }): Promise<OpenDatabase> {
  const client = await PGlite.create('dataDir' in target ? target.dataDir : 'memory://');
  // The dialect queues callers on PGlite's one connection, so a transaction has it to itself.
  const db = new Kysely<HqDatabase>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
