import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { whenIdle } from '../../lib/when-idle';
import { nearMissClient } from '../hints/near-miss-client';
import type { PriceBook } from '../../pricing';
import { summarizeTenders } from '../checkout/tender-rules';
import { nearMissQueries } from '../hints/near-miss-queries';
import { catalogueFor } from '../scanner/resolve-scan';
import { useSettledPricing } from '../proof/use-settled-pricing';
import { useBasketItems, useMoney, useToday } from '../use-pricing';
import { useAgeChecks, useBasketLines, useLineVoids, useCanUndo, useCompletedSale, useSaleId, useTakeovers, useTenders } from './sale-store';
import { usePriceChangeNotice, useSaleBook } from './use-sale-book';

/**
 * The sale as the screen shows it, all derived: the saved basket and tenders, the book it is priced
 * with (held once money is taken), the engine's receipt, hints, and what is paid.
 */
export function useSaleView(latestBook: PriceBook, bookUrl: string) {
  const lines = useBasketLines();
  const ageChecks = useAgeChecks();
  const lineVoids = useLineVoids();
  const takeovers = useTakeovers();
  const canUndo = useCanUndo();
  const saleId = useSaleId();
  const tenders = useTenders();
  const completed = useCompletedSale();
  // Once money is taken the sale keeps its prices; a new book waits for the next sale.
  const { book, held: newBookWaiting } = useSaleBook(latestBook, tenders.length > 0);
  const catalogue = catalogueFor(book);
  const { format, fractionDigits } = useMoney(book.currency);
  const items = useBasketItems(lines);
  const today = useToday();
  // The proven pricing where the main thread could not prove it at once (`proof/`): shown, charged and recorded.
  const { pricing, proof } = useSettledPricing(book, items, today);
  // The hints' worker gets the book while the till is idle, not on the scan that first needs it.
  useEffect(() => whenIdle(() => nearMissClient.prepare(book)), [book]);
  const hints = useQuery({ ...nearMissQueries.forBasket(book, bookUrl, items, today), enabled: pricing.ok && items.length > 0 });
  const nearMisses = pricing.ok && items.length > 0 ? (hints.data ?? []) : [];
  const total = pricing.ok ? pricing.receipt.total : 0;
  const { paid } = summarizeTenders(total, tenders);
  const [priceNotice, dismissPriceNotice] = usePriceChangeNotice(book, total, lines.length, format);
  return {
    book,
    bookUrl,
    storeName: book.name ?? 'Till',
    newBookWaiting,
    priceNotice,
    dismissPriceNotice,
    catalogue,
    format,
    fractionDigits,
    today,
    lines,
    ageChecks,
    lineVoids,
    takeovers,
    canUndo,
    saleId,
    tenders,
    completed,
    items,
    pricing,
    proof,
    nearMisses,
    total,
    paid,
  };
}

export type SaleView = ReturnType<typeof useSaleView>;
