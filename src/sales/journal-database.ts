import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { linkInOrder } from './chain/link-in-order';
import type { JournalEntry, OpeningFloat, ZReport } from './journal-entry';

// The journal's IndexedDB database: its tables, its versions and their upgrades. `journal.ts`
// is what the rest of the till calls; only it opens this.

/** The one row of till state: who this till is and the last numbers it gave. */
export interface TillState {
  readonly key: 'till';
  readonly tillId: string;
  readonly lastReceipt: number;
  readonly lastZ: number;
  /** The last receipt number a Z report covered. */
  readonly closedThrough: number;
  /** The open period's opening float, once recorded; a Z report takes it and clears it. */
  readonly openingFloat?: OpeningFloat;
  /** The hash of the last entry chained (the next entry's `prevHash`); absent before the first. */
  readonly chainHead?: string;
}

/**
 * A row of the sale in progress (`current`) or of a parked sale (`parked:<id>`), as the till hands
 * it over (the till reads it back through its own sanitizer: the journal does not look inside).
 * Parked sales share the table so that parking and recalling are one transaction with `current`.
 */
export interface SaleInProgressRow {
  readonly key: string;
  readonly state: unknown;
}

/** The key prefix of parked sales' rows in `saleInProgress`. */
export const PARKED_PREFIX = 'parked:';

/**
 * A setting kept beside the till row (head office's enrolment, the outbox's cursor, the book it
 * sent): the same key-value table, so no new database version. The journal does not look inside.
 */
export interface SettingRow {
  readonly key: `setting:${string}`;
  readonly value: unknown;
}

export class JournalDatabase extends Dexie {
  entries!: EntityTable<JournalEntry, 'id'>;
  till!: EntityTable<TillState, 'key'>;
  zReports!: EntityTable<ZReport, 'id'>;
  saleInProgress!: EntityTable<SaleInProgressRow, 'key'>;

  constructor(name: string, options: JournalOptions) {
    super(name, {
      ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
      ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
      // Every write is money: a transaction counts as done only once it is on disk, so a power cut
      // straight after the screen confirms it loses nothing.
      chromeTransactionDurability: 'strict',
    });
    this.version(1).stores({
      entries: '&id, &[tillId+receiptNumber], at, saleId',
      till: '&key',
      zReports: '&id, &[tillId+zNumber]',
    });
    // Version 2 adds the sale in progress, so that completing a sale (the entry written, the
    // basket emptied) is one transaction: after a crash the sale is in one place, never both.
    this.version(2).stores({ saleInProgress: '&key' });
    // Version 3 chains the entries (prevHash, hash): the ones already recorded are chained on upgrade.
    this.version(3).stores({}).upgrade(chainRecordedEntries);
  }
}

/** How long the upgrade may spend hashing the entries already recorded. */
const UPGRADE_HASHING_LIMIT_MS = 30 * 60 * 1000;

/**
 * The upgrade to version 3: every entry recorded so far is chained, per till, in receipt-number
 * order, exactly as stored (read raw, past the reading hook, so what is hashed is what is kept);
 * the till row learns its chain's head. One versionchange transaction: all or nothing. Hashing is
 * WebCrypto, a promise IndexedDB knows nothing of, so `Dexie.waitFor` keeps the transaction busy
 * meanwhile (otherwise it would commit, half-done, as soon as it had no request pending).
 */
async function chainRecordedEntries(tx: Transaction): Promise<void> {
  const entries = tx.table<JournalEntry, string>('entries');
  const stored = await entries.toCollection().raw().toArray();
  if (stored.length === 0) return;
  // Hashing runs at about 0.2 ms an entry: Dexie's default minute would abort (and so refuse to
  // open) a journal of a few hundred thousand entries on a slow till, so it gets half an hour.
  const chained = await Dexie.waitFor(linkInOrder(stored), UPGRADE_HASHING_LIMIT_MS);
  await entries.bulkPut(chained.entries);
  const tills = tx.table<TillState, string>('till');
  const till = await tills.get('till');
  const head = till === undefined ? undefined : chained.heads.get(till.tillId);
  if (till !== undefined && head !== undefined) await tills.put({ ...till, chainHead: head });
}

/** Where and how to open the journal. Tests pass fake-indexeddb's factory and a fresh name. */
export interface JournalOptions {
  /** The database name (default `till-journal`). */
  readonly name?: string;
  readonly indexedDB?: DexieOptions['indexedDB'];
  readonly IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /**
   * The last receipt number given before the journal existed (the till's old localStorage count).
   * Read once, when the journal first numbers anything, so numbering carries on without a gap.
   */
  readonly carriedReceiptNumber?: () => number;
}

