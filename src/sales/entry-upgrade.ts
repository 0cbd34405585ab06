import type { JournalEntry, JournalTender, RefundEntry } from './journal-entry';

/** A refund as recorded before refunds could be split between card and cash: one `tender`. */
export type RefundEntryWithOneTender = Omit<RefundEntry, 'tenders' | 'crossTender'> & { readonly tender: JournalTender };

/** Any entry as it may be stored: the current shapes, or an older one. */
export type StoredEntry = JournalEntry | RefundEntryWithOneTender;

/**
 * An entry as stored, read in the current shape. Journals keep working across versions without
 * rewriting what was recorded: a refund's one `tender` is read as `tenders` (none when it gave
 * back nothing), and its lines already held the units they gave back (the whole line's quantity).
 */
export function upgradeEntry(stored: StoredEntry): JournalEntry {
  if (stored.kind !== 'refund' || 'tenders' in stored) return stored;
  const { tender, ...rest } = stored;
  return { ...rest, tenders: tender.amount > 0 ? [{ kind: tender.kind, amount: tender.amount }] : [] };
}
