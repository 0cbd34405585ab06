import { queryOptions } from '@tanstack/react-query';
import type { BasketItem, PriceBook } from '../../pricing';
import { proofClient } from './proof-client';
import { basketKey, type ProofAnswer } from './proof-rules';
import { quietDelay } from '../../lib/quiet-delay';

/** A proof waits this long after the last scan: in a burst, only the basket the burst ends with is proven. */
const SETTLE_MS = 100;

/** Query options for the proof of a total the main thread could not prove, finished in a worker. */
export const proofQueries = {
  all: () => ['price-proofs'] as const,
  forBasket: (book: PriceBook, bookId: number, items: readonly BasketItem[], date: string) =>
    queryOptions({
      queryKey: [...proofQueries.all(), bookId, date, items] as const,
      queryFn: async ({ signal }): Promise<ProofAnswer> => {
        await quietDelay(SETTLE_MS, signal);
        // The answer names its basket, so that the screen can never take it for another's.
        return { key: basketKey(bookId, date, items), result: await proofClient.prove(book, items, date, signal) };
      },
      // A proof is a fact about its book, basket and date: it never goes stale.
      staleTime: Infinity,
      gcTime: 60_000,
      retry: false,
    }),
};
