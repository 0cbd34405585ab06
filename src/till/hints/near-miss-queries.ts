import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BasketItem, PriceBook } from '../../pricing';
import { nearMissClient } from './near-miss-client';
import { quietDelay } from '../../lib/quiet-delay';

/** Hints wait this long after the last scan: in a burst, only the basket the burst ends with is searched. */
const SETTLE_MS = 150;

/** Query options for the engine's near misses (hints), computed in a worker. */
export const nearMissQueries = {
  all: () => ['near-misses'] as const,
  forBasket: (book: PriceBook, bookKey: string, items: readonly BasketItem[], date: string) =>
    queryOptions({
      queryKey: [...nearMissQueries.all(), bookKey, date, items] as const,
      queryFn: async ({ signal }) => {
        await quietDelay(SETTLE_MS, signal);
        return nearMissClient.find(book, items, date);
      },
      staleTime: Infinity,
      gcTime: 30_000,
      retry: false,
      // Keep the last hints on screen while the next ones are found, rather than flicker.
      placeholderData: keepPreviousData,
    }),
};
