import { queryOptions } from '@tanstack/react-query';
import { tillJournal } from './journal-loader';

/**
 * The journal's reads as query options. The journal changes under the app (every sale), so these
 * are never fresh for long: each screen reads again when it opens.
 */
export const journalQueries = {
  all: () => ['journal'] as const,
  latest: (limit: number) => queryOptions({ queryKey: [...journalQueries.all(), 'latest', limit], queryFn: async () => (await tillJournal()).latest(limit), staleTime: 0 }),
  byReceipt: (receiptNumber: number) =>
    queryOptions({
      queryKey: [...journalQueries.all(), 'receipt', receiptNumber],
      queryFn: async () => (await (await tillJournal()).byReceiptNumber(receiptNumber)) ?? null,
      staleTime: 0,
    }),
  between: (from: string, to: string) =>
    queryOptions({ queryKey: [...journalQueries.all(), 'between', from, to], queryFn: async () => (await tillJournal()).between(from, to), staleTime: 0 }),
  entry: (id: string) =>
    queryOptions({
      queryKey: [...journalQueries.all(), 'entry', id],
      queryFn: async () => {
        const journal = await tillJournal();
        const [entry, refunds] = await Promise.all([journal.entry(id), journal.refundsOf(id)]);
        return { entry: entry ?? null, refunds };
      },
      staleTime: 0,
    }),
  openPeriod: () => queryOptions({ queryKey: [...journalQueries.all(), 'open-period'], queryFn: async () => (await tillJournal()).openPeriod(), staleTime: 0 }),
  zReports: () => queryOptions({ queryKey: [...journalQueries.all(), 'z-reports'], queryFn: async () => (await tillJournal()).zReports(), staleTime: 0 }),
};
