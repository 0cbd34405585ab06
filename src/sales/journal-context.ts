import Dexie from 'dexie';
import { GENESIS_HASH, linkEntry, type ChainLink } from './chain/entry-hash';
import type { JournalDatabase, JournalOptions, TillState } from './journal-database';
import type { JournalEntry } from './journal-entry';
import { newUuid } from '../lib/uuid';

/** What the journal's operations share: the database, the till row, and chaining an entry. */
export interface JournalContext {
  readonly db: JournalDatabase;
  /** The till row, created on first use inside whichever read-write transaction needs it. */
  tillState(): Promise<TillState>;
  /** An entry linked after the till's chain head, hashed inside the transaction that numbers it. */
  chained<T extends JournalEntry>(content: T, till: TillState): Promise<T & ChainLink>;
  /** This till's id (in a transaction of its own). */
  tillId(): Promise<string>;
}

/** The context of a journal opened on `db`. */
export function journalContext(db: JournalDatabase, options: JournalOptions): JournalContext {
  const tillState = async (): Promise<TillState> => {
    const found = await db.till.get('till');
    if (found !== undefined) return found;
    const carried = options.carriedReceiptNumber?.() ?? 0;
    const created: TillState = { key: 'till', tillId: newUuid(), lastReceipt: Number.isSafeInteger(carried) && carried > 0 ? carried : 0, lastZ: 0, closedThrough: 0 };
    await db.till.add(created);
    return created;
  };
  return {
    db,
    tillState,
    // WebCrypto's digest is a promise IndexedDB does not see: without `Dexie.waitFor` the
    // transaction would commit while it runs, and the entry would be written (or fail) outside it.
    chained: (content, till) => Dexie.waitFor(linkEntry(content, till.chainHead ?? GENESIS_HASH)),
    tillId: () => db.transaction('rw', db.till, async () => (await tillState()).tillId),
  };
}

/** Writes an entry numbered and chained by `till`, and moves the till row's number and head on. */
export async function appendEntry<T extends JournalEntry>(context: JournalContext, content: T, till: TillState): Promise<T & ChainLink> {
  const entry = await context.chained(content, till);
  await context.db.entries.add(entry);
  await context.db.till.put({ ...till, lastReceipt: content.receiptNumber, chainHead: entry.hash });
  return entry;
}
