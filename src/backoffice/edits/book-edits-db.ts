import Dexie, { type EntityTable } from 'dexie';
import type { Offer, PriceBook } from '../../pricing';
import { prepareEdit, resetRecord, type EditRecord, type PreparedEdit } from './book-edits';

/**
 * The back office's own database (`till-backoffice`): one record of edits per book address. Loaded
 * only on demand (a dynamic import), so Dexie never lands in the till's first download.
 */
class BackOfficeDb extends Dexie {
  edits!: EntityTable<EditRecord, 'url'>;

  constructor() {
    super('till-backoffice');
    this.version(1).stores({ edits: 'url' });
  }
}

let db: BackOfficeDb | undefined;
const open = (): BackOfficeDb => (db ??= new BackOfficeDb());

/** The stored edits of a book, or null when it has never been edited. */
export async function readEdit(url: string): Promise<EditRecord | null> {
  return (await open().edits.get(url)) ?? null;
}

/** Validates and stores an edited book as the next revision; an invalid book is not stored. */
export async function saveEdit(url: string, shipped: PriceBook, draft: unknown, parked: readonly Offer[]): Promise<PreparedEdit> {
  const edits = open().edits;
  return open().transaction('rw', edits, async () => {
    const prepared = prepareEdit(url, shipped, await edits.get(url), draft, parked, new Date());
    if (prepared.ok) await edits.put(prepared.record);
    return prepared;
  });
}

/** Forgets the edits of a book: the till goes back to the shipped book. */
export async function resetEdit(url: string, shipped: PriceBook): Promise<void> {
  const edits = open().edits;
  await open().transaction('rw', edits, async () => {
    await edits.put(resetRecord(url, shipped, await edits.get(url), new Date()));
  });
}
