import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BasketItem, PriceBook } from '../../pricing';
import { usePricing } from '../use-pricing';
import { bookIdOf } from './proof-client';
import { basketKey, needsProof, settlePricing, type ProofAnswer, type SettledPricing } from './proof-rules';
import { proofQueries } from './proof-queries';

/**
 * The pricing the till shows and charges: the main thread's at once, and where that is not proven,
 * the proof worker's once it answers for this very basket (`proof-rules.ts` decides which).
 */
export function useSettledPricing(book: PriceBook, items: readonly BasketItem[], date: string): SettledPricing {
  const main = usePricing(book, items, date);
  const bookId = bookIdOf(book);
  const needed = needsProof(main);
  const key = useMemo(() => (needed ? basketKey(bookId, date, items) : ''), [needed, bookId, date, items]);
  const proof = useQuery({ ...proofQueries.forBasket(book, bookId, items, date), enabled: needed });
  // A proof that failed for this basket (its worker was stopped under it) proved nothing: the best found stands.
  const answer: ProofAnswer | undefined = proof.data ?? (proof.isError ? { key, result: undefined } : undefined);
  return settlePricing(main, key, answer);
}
