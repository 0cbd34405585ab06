import { useState } from 'react';
import { bookChoiceFrom } from '../till/books/book-choice';
import { PriceBookGate } from '../till/books/price-book-gate';
import { useRecordSale } from '../till/checkout/receipt-numbers-store';
import { TillScreen } from '../till/till-screen';

/**
 * The app: the price book named by `?book=` (or the default one), and the till on it. Completed
 * sales are numbered by the receipt-number store until the sales journal replaces it here.
 */
export function App() {
  const [choice] = useState(() => bookChoiceFrom(window.location.href));
  const recordSale = useRecordSale();
  return <PriceBookGate choice={choice}>{(book, url) => <TillScreen key={url} book={book} bookUrl={url} recordSale={recordSale} />}</PriceBookGate>;
}
