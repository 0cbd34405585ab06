import { useQuery } from '@tanstack/react-query';
import type { JournalEntry } from './journal-entry';
import { journalQueries } from './journal-queries';

/** What the history shows: the latest entries, one receipt number, or a time range (ISO instants). */
export type HistorySearch = { readonly kind: 'latest' } | { readonly kind: 'receipt'; readonly receiptNumber: number } | { readonly kind: 'between'; readonly from: string; readonly to: string };

/** A search, or why the cashier's input is refused. */
export type SearchOrProblem = { readonly ok: true; readonly search: HistorySearch } | { readonly ok: false; readonly problem: string };

/** The search for a typed receipt number. */
export function receiptSearch(text: string): SearchOrProblem {
  const n = Number(text.trim());
  return Number.isSafeInteger(n) && n >= 1 && text.trim() !== '' ? { ok: true, search: { kind: 'receipt', receiptNumber: n } } : { ok: false, problem: `“${text}” is not a receipt number` };
}

/** The search for a time range typed as two `datetime-local` values (local time). */
export function rangeSearch(from: string, to: string): SearchOrProblem {
  if (from === '' || to === '' || from >= to) return { ok: false, problem: 'Choose a time range: From before To' };
  return { ok: true, search: { kind: 'between', from: new Date(from).toISOString(), to: new Date(to).toISOString() } };
}

/** The entries a search finds (undefined while reading), and why reading failed. */
export function useHistorySearch(search: HistorySearch): { readonly found: readonly JournalEntry[] | undefined; readonly failed: unknown } {
  const latest = useQuery({ ...journalQueries.latest(50), enabled: search.kind === 'latest' });
  const byReceipt = useQuery({ ...journalQueries.byReceipt(search.kind === 'receipt' ? search.receiptNumber : 0), enabled: search.kind === 'receipt' });
  const between = useQuery({ ...journalQueries.between(search.kind === 'between' ? search.from : '', search.kind === 'between' ? search.to : ''), enabled: search.kind === 'between' });
  const found: readonly JournalEntry[] | undefined =
    search.kind === 'latest' ? latest.data : search.kind === 'receipt' ? (byReceipt.data === undefined ? undefined : byReceipt.data === null ? [] : [byReceipt.data]) : between.data;
  return { found, failed: [latest.error, byReceipt.error, between.error].find((e) => e !== null) };
}
