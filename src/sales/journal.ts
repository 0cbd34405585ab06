import { JournalDatabase, PARKED_PREFIX, type JournalOptions, type SettingRow } from './journal-database';
import { upgradeEntry, type StoredEntry } from './entry-upgrade';
import type { Journal } from './journal-api';
import { journalContext, type JournalContext } from './journal-context';
import { periodOperations } from './journal-periods';
import { readOperations } from './journal-reads';
import { recordingOperations } from './journal-recording';

export type { JournalOptions } from './journal-database';
export { staffOf } from './journal-api';
export type { CloseResult, FloatResult, Journal, OpenPeriod, RecordedSale, RefundResult, SaleInProgressAfter } from './journal-api';

/** The sale in progress, parked sales and settings: rows the journal keeps for the till without looking inside. */
function keptRowOperations({ db }: JournalContext): Pick<Journal, 'saleInProgress' | 'saveSaleInProgress' | 'parkedSales' | 'parkSale' | 'recallSale' | 'setting' | 'saveSetting'> {
  /** The till table seen as settings: the rows keyed `setting:...`, never the till row. */
  const settings = db.table<SettingRow, SettingRow['key']>('till');
  return {
    saleInProgress: async () => (await db.saleInProgress.get('current'))?.state,
    // An explicit transaction: its promise resolves on the commit (on disk), not on the request.
    saveSaleInProgress: (state) =>
      db.transaction('rw', db.saleInProgress, async () => {
        await db.saleInProgress.put({ key: 'current', state });
      }),
    parkedSales: async () =>
      (await db.saleInProgress.where('key').startsWith(PARKED_PREFIX).toArray()).map((row) => ({ id: row.key.slice(PARKED_PREFIX.length), state: row.state })),
    parkSale: (id, parked, current) =>
      db.transaction('rw', db.saleInProgress, async () => {
        await db.saleInProgress.bulkPut([
          { key: PARKED_PREFIX + id, state: parked },
          { key: 'current', state: current },
        ]);
      }),
    recallSale: (id, current) =>
      db.transaction('rw', db.saleInProgress, async () => {
        const row = await db.saleInProgress.get(PARKED_PREFIX + id);
        if (row === undefined) return undefined;
        await db.saleInProgress.delete(row.key);
        await db.saleInProgress.put({ key: 'current', state: current(row.state) });
        return row.state;
      }),
    setting: async (name) => (await settings.get(`setting:${name}`))?.value,
    saveSetting: (name, value) =>
      db.transaction('rw', db.till, async () => {
        if (value === undefined) await settings.delete(`setting:${name}`);
        else await settings.put({ key: `setting:${name}`, value });
      }),
  };
}

/**
 * Opens (creating on first use) the journal database: recording (`journal-recording.ts`), periods
 * and Z reports (`journal-periods.ts`), reads and the chain check (`journal-reads.ts`), and the
 * rows it keeps for the till, over one database and till row (`journal-context.ts`).
 */
export async function openJournal(options: JournalOptions = {}): Promise<Journal> {
  const db = new JournalDatabase(options.name ?? 'till-journal', options);
  // Entries recorded by an older version are read in the current shape (see entry-upgrade.ts).
  // Dexie also calls it for a `get` that found nothing.
  db.entries.hook('reading', (stored: StoredEntry | undefined) => (stored === undefined ? stored : upgradeEntry(stored)));
  await db.open();
  const context = journalContext(db, options);
  return {
    tillId: context.tillId,
    ...recordingOperations(context),
    ...periodOperations(context),
    ...readOperations(context),
    ...keptRowOperations(context),
    close: () => db.close(),
  };
}
