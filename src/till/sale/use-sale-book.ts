import { useState } from 'react';
import type { PriceBook } from '../../pricing';

/** What the sale is priced with, and what the cashier should be told about a change of prices. */
export interface SaleBook {
  /** The book the sale in progress is priced with. */
  readonly book: PriceBook;
  /** True while a newer book waits for this sale to end (money has been taken at the old prices). */
  readonly held: boolean;
}

/**
 * The price book for the sale in progress. Before any money is taken, the latest book prices the
 * basket (the screen says what changed: see `priceChangeNotice`). Once a tender is taken, the sale
 * keeps the prices it was tendered at: a back-office edit, an import or another tab's change
 * waits for the next sale, so the customer never pays against a total that moved under them.
 */
export function useSaleBook(latest: PriceBook, tendered: boolean): SaleBook {
  const [held, setHeld] = useState<PriceBook | null>(null);
  // Adjusting state while rendering (React's pattern for state that follows props): the first
  // render with a tender holds the book in use then; the first without lets it go.
  if (tendered && held === null) setHeld(latest);
  if (!tendered && held !== null) setHeld(null);
  const book = tendered ? (held ?? latest) : latest;
  return { book, held: book !== latest };
}

/** The notice shown when a new book re-prices a basket before payment, or undefined when nothing moved. */
export function priceChangeNotice(before: number, after: number, format: (amount: number) => string): string | undefined {
  return before === after ? undefined : `Prices changed: ${format(before)} → ${format(after)}`;
}

/**
 * Watches the book and the total: when the book changes under a basket with lines, gives the
 * notice of what the total did (kept until dismissed or the next change of book).
 */
export function usePriceChangeNotice(book: PriceBook, total: number, lineCount: number, format: (amount: number) => string): [string | undefined, () => void] {
  const [seen, setSeen] = useState({ book, total, notice: undefined as string | undefined });
  if (seen.book !== book) {
    setSeen({ book, total, notice: lineCount > 0 ? (priceChangeNotice(seen.total, total, format) ?? 'Prices changed: the total is the same') : undefined });
  } else if (seen.total !== total) {
    setSeen({ ...seen, total });
  }
  return [seen.notice, () => setSeen({ ...seen, notice: undefined })];
}
