import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { BasketItem, PriceBook } from '../../pricing';
import { nearMissClient } from './near-miss-client';

/** Hints wait this long after the last scan: in a burst, only the basket the burst ends with is searched. */
const SETTLE_MS = 150;

function settle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, SETTLE_MS);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}

/** Query options for the engine's near misses (hints), computed in a worker. */
export const nearMissQueries = {
  all: () => ['near-misses'] as const,
  forBasket: (book: PriceBook, bookKey: string, items: readonly BasketItem[], date: string) =>
    queryOptions({
      queryKey: [...nearMissQueries.all(), bookKey, date, items] as const,
      queryFn: async ({ signal }) => {
        await settle(signal);
        return nearMissClient.find(book, items, date);
      },
      staleTime: Infinity,
      gcTime: 30_000,
      retry: false,
      // Keep the last hints on screen while the next ones are found, rather than flicker.
      placeholderData: keepPreviousData,
    }),
};
