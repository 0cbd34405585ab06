import { useState } from 'react';
import { Route, Switch } from 'wouter';
import { bookChoiceFrom } from '../till/books/book-choice';
import { PriceBookGate } from '../till/books/price-book-gate';
import { useRecordSale } from '../till/checkout/receipt-numbers-store';
import { TillScreen } from '../till/till-screen';
import { AppNav } from './app-nav';
import { NotFound } from './not-found';

/**
 * The app: its screens by address, each on the price book named by `?book=` (or the default one).
 * Completed sales are numbered by the receipt-number store until the sales journal replaces it here.
 */
export function App() {
  const [choice] = useState(() => bookChoiceFrom(window.location.href));
  const recordSale = useRecordSale();
  return (
    <Switch>
      <Route path="/">
        <PriceBookGate choice={choice}>
          {(book, url) => <TillScreen key={url} book={book} bookUrl={url} recordSale={recordSale} nav={<AppNav current="/" />} />}
        </PriceBookGate>
      </Route>
      <Route>
        <NotFound nav={<AppNav current="" />} />
      </Route>
    </Switch>
  );
}
