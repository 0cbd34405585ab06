import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Plain SQL, one statement per call: PGlite's extended protocol takes one statement at a time.
// Money is integer minor units; a single entry's amounts fit `integer`, sums are read as bigint.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const run = (statement: ReturnType<typeof sql>) => statement.execute(db);
    await run(sql`create table stores (
      store_id text primary key,
      name text not null,
      created_at timestamptz not null default now())`);
    await run(sql`create table store_books (
      store_id text not null,
      version integer not null,
      book_json text not null,
      published_at timestamptz not null default now(),
      primary key (store_id, version))`);
    await run(sql`create table tills (
      store_id text not null,
      till_id text not null,
      enrolled_at timestamptz not null default now(),
      revoked_at timestamptz,
      primary key (store_id, till_id))`);
    await run(sql`create table till_tokens (
      token_hash text primary key,
      store_id text not null,
      till_id text not null)`);
    await run(sql`create table journal_entries (
      store_id text not null,
      entry_id text not null,
      till_id text not null,
      kind text not null check (kind in ('sale', 'refund')),
      receipt_number integer not null,
      at timestamptz not null,
      currency text not null,
      total integer not null,
      savings integer not null,
      cash integer not null,
      card integer not null,
      body jsonb not null,
      received_at timestamptz not null default now(),
      primary key (store_id, entry_id))`);
    await run(sql`create index journal_entries_by_receipt on journal_entries (store_id, till_id, receipt_number)`);
    await run(sql`create index journal_entries_by_time on journal_entries (store_id, at)`);
  },
};

const zReports: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table z_reports (
      store_id text not null,
      z_id text not null,
      till_id text not null,
      z_number integer not null,
      closed_at timestamptz not null,
      from_receipt integer not null,
      to_receipt integer not null,
      body jsonb not null,
      received_at timestamptz not null default now(),
      primary key (store_id, z_id))`.execute(db);
  },
};

/** Tills record No sale and voided sales in the journal too (kinds "no-sale" and "void", no money). */
const tillEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table journal_entries drop constraint journal_entries_kind_check`.execute(db);
    await sql`alter table journal_entries add constraint journal_entries_kind_check check (kind in ('sale', 'refund', 'no-sale', 'void'))`.execute(db);
  },
};

/** Every migration, in order. Append; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-z-reports': zReports,
  '0003-till-events': tillEvents,
};

/** Kysely's migrator reads the migrations from code, not a folder, so the same list runs everywhere. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
