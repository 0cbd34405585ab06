import { errorNames } from '../lib/error-names';
import type { Journal } from './journal-api';
import type { EventToRecord, SaleEntry, SaleToRecord } from './journal-entry';

/** Where the till counted receipt numbers before the journal; read once, then retired. */
const LEGACY_COUNT_KEY = 'till.receipt-numbers';

function legacyReceiptNumber(): number {
  try {
    const stored = JSON.parse(localStorage.getItem(LEGACY_COUNT_KEY) ?? 'null') as { state?: { last?: unknown } } | null;
    const last = stored?.state?.last;
    return typeof last === 'number' && Number.isSafeInteger(last) && last > 0 ? last : 0;
  } catch {
    return 0;
  }
}

/** Words for a journal failure: what happened and what it means for the cashier. */
export function describeJournalFailure(error: unknown): string {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'This device is out of storage space, so sales cannot be recorded.';
  if (names.some((n) => n === 'MissingAPIError' || n === 'SecurityError' || n === 'InvalidStateError')) {
    return 'This browser will not let the till keep sales (private browsing, or site storage turned off).';
  }
  if (names.some((n) => n === 'VersionError' || n === 'DatabaseClosedError' || n === 'OpenFailedError')) {
    return 'The sales journal is blocked (the till may be open in an older version elsewhere): close other till tabs and reload.';
  }
  // The exception's own words are for the developer's console, not the cashier.
  console.error('The sales journal failed', error);
  return 'The sales journal could not be written. The sale is still here: try again, or call a supervisor.';
}

let opening: Promise<Journal> | undefined;

/**
 * The till's journal. The first call starts loading the journal module (Dexie and the repository,
 * kept out of the entry chunk) and opening the database; the app calls it at boot so it is ready
 * long before the first sale completes. A failure is described in plain words, and the next call
 * tries again.
 */
export function tillJournal(): Promise<Journal> {
  opening ??= import('./journal')
    .then(async ({ openJournal }) => {
      // Read at call time (not when Dexie loaded): private modes and tests swap or remove it.
      if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is missing', 'SecurityError');
      const journal = await openJournal({ indexedDB, IDBKeyRange, carriedReceiptNumber: legacyReceiptNumber });
      // Creating the till row reads the old count; only then is it safe to retire it.
      await journal.tillId();
      try {
        localStorage.removeItem(LEGACY_COUNT_KEY);
      } catch {
        // A count left behind is harmless: the till row no longer reads it.
      }
      return journal;
    })
    .catch((error: unknown) => {
      opening = undefined;
      throw new Error(describeJournalFailure(error), { cause: error });
    });
  return opening;
}

/** What the journal gave a sale: its receipt number, time, till and (when signed in) operator's name, printed on its receipt. */
export interface RecordedInJournal {
  readonly receiptNumber: number;
  readonly at: string;
  readonly tillId: string;
  readonly operator?: string;
}

/**
 * Records a completed sale in the journal: resolves with its receipt number and recorded time once
 * the transaction has committed, rejects with a plain-words error when it could not.
 */
export async function recordSaleInJournal(
  sale: SaleToRecord,
  after?: (recorded: RecordedInJournal) => unknown,
): Promise<RecordedInJournal> {
  const journal = await tillJournal();
  try {
    const recordedAs = (entry: SaleEntry): RecordedInJournal => ({
      receiptNumber: entry.receiptNumber,
      at: entry.at,
      tillId: entry.tillId,
      ...(entry.operator === undefined ? {} : { operator: entry.operator.name }),
    });
    const entry = await journal.recordSale(sale, after && ((recorded) => after(recordedAs(recorded))));
    return recordedAs(entry);
  } catch (error) {
    throw new Error(describeJournalFailure(error), { cause: error });
  }
}

/**
 * Records a till event (No sale, a voided sale) in the journal: resolves with its receipt number
 * once stored, rejects with a plain-words error when it could not be.
 */
export async function recordEventInJournal(event: EventToRecord): Promise<{ receiptNumber: number }> {
  const journal = await tillJournal();
  try {
    return { receiptNumber: (await journal.recordEvent(event)).receiptNumber };
  } catch (error) {
    throw new Error(describeJournalFailure(error), { cause: error });
  }
}

/** The sale in progress as the till last saved it in the journal's database (undefined if never). */
export async function loadSaleInProgress(): Promise<unknown> {
  return (await tillJournal()).saleInProgress();
}

/** Saves the sale in progress in the journal's database; resolves once it is on disk. */
export async function saveSaleInProgress(state: unknown): Promise<void> {
  await (await tillJournal()).saveSaleInProgress(state);
}

/** Parked sales as saved in the journal's database, by id. */
export async function loadParkedSales(): Promise<{ readonly id: string; readonly state: unknown }[]> {
  return (await tillJournal()).parkedSales();
}

/** Parks a sale and saves what replaces it on the till, in one transaction. */
export async function parkSaleInJournal(id: string, parked: unknown, current: unknown): Promise<void> {
  await (await tillJournal()).parkSale(id, parked, current);
}

/** Recalls a parked sale onto the till, in one transaction (undefined: it is no longer parked). */
export async function recallSaleFromJournal(id: string, current: (parked: unknown) => unknown): Promise<unknown> {
  return (await tillJournal()).recallSale(id, current);
}
