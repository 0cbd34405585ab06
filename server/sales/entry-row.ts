import type { ParsedJournalEntry } from '../../src/sales/entry-schema';

/** The figures of an entry that reports sum, read out once when it is stored. Minor units, signed. */
export interface EntryFigures {
  /** A sale's total, or minus a refund's. */
  readonly total: number;
  readonly savings: number;
  /** Cash kept: notes taken less change, or minus cash handed back. */
  readonly cash: number;
  /** Card: taken, or minus given back to card. */
  readonly card: number;
}

/** Reads the report figures of a sale or a refund; a till event (No sale, a voided sale) moves no money. */
export function entryFigures(entry: ParsedJournalEntry): EntryFigures {
  if (entry.kind === 'no-sale' || entry.kind === 'void') return { total: 0, savings: 0, cash: 0, card: 0 };
  const taken = (kind: 'cash' | 'card') => entry.tenders.filter((t) => t.kind === kind).reduce((sum, t) => sum + t.amount, 0);
  if (entry.kind === 'refund') return { total: -entry.total, savings: 0, cash: -taken('cash'), card: -taken('card') };
  return { total: entry.total, savings: entry.savings, cash: taken('cash') - entry.change, card: taken('card') };
}
