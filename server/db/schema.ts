import type { ColumnType, Generated } from 'kysely';

/**
 * The head office's tables. The store id leads every key and no foreign key crosses stores, so
 * the store-keyed tables distribute by `store_id` (Citus) unchanged; `till_tokens` is a small
 * lookup table (a reference table there). See docs/scaling.md.
 */
export interface HqDatabase {
  stores: StoresTable;
  store_books: StoreBooksTable;
  tills: TillsTable;
  till_tokens: TillTokensTable;
  journal_entries: JournalEntriesTable;
  z_reports: ZReportsTable;
}

export interface StoresTable {
  store_id: string;
  name: string;
  created_at: Generated<Date>;
}

/** Every published version of a store's book; the highest version is current. */
export interface StoreBooksTable {
  store_id: string;
  version: number;
  /** The book's JSON exactly as published (served byte for byte). */
  book_json: string;
  published_at: Generated<Date>;
}

export interface TillsTable {
  store_id: string;
  till_id: string;
  enrolled_at: Generated<Date>;
  revoked_at: Date | null;
}

/** A till's credential: the SHA-256 of its token, never the token. Deleted when the till is revoked. */
export interface TillTokensTable {
  token_hash: string;
  store_id: string;
  till_id: string;
}

/** A sale, refund or till event (No sale, a voided sale: no money) as uploaded, keyed by its id within its store; figures read out for reports. */
export interface JournalEntriesTable {
  store_id: string;
  entry_id: string;
  till_id: string;
  kind: 'sale' | 'refund' | 'no-sale' | 'void';
  receipt_number: number;
  at: ColumnType<Date, string, never>;
  currency: string;
  /** Signed: a sale's total, or minus a refund's. Minor units. */
  total: number;
  savings: number;
  /** Net cash kept: cash taken less change, or minus cash handed back. */
  cash: number;
  /** Net card: taken, or minus refunded to card. */
  card: number;
  body: ColumnType<unknown, string, never>;
  received_at: Generated<Date>;
}

/** A till's closed day as uploaded, keyed by the Z's id within its store. */
export interface ZReportsTable {
  store_id: string;
  z_id: string;
  till_id: string;
  z_number: number;
  closed_at: ColumnType<Date, string, never>;
  from_receipt: number;
  to_receipt: number;
  body: ColumnType<unknown, string, never>;
  received_at: Generated<Date>;
}
