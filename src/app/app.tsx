import { useMemo } from 'react';
import { Route, Switch, useSearch } from 'wouter';
import { bookChoiceFrom } from '../till/books/book-choice';
import { useRecordSale } from '../till/checkout/receipt-numbers-store';
import { TillScreen } from '../till/till-screen';
import { AppNav } from './app-nav';
import { BackOfficeRoute, BookInUseGate, noRecordedSales } from './book-wiring';
import { NotFound } from './not-found';

/**
 * The app: its screens by address, each on the price book named by `?book=` (or the default one).
 * Completed sales are numbered by the receipt-number store until the sales journal replaces it here.
 */
export function App() {
  const search = useSearch();
  // Relative book addresses resolve against the app's base, the same on every screen.
  const choice = useMemo(() => bookChoiceFrom(`${window.location.origin}${import.meta.env.BASE_URL}?${search}`), [search]);
  const recordSale = useRecordSale();
  return (
    <Switch>
      <Route path="/">
        <BookInUseGate choice={choice}>
          {(book, url, key, label) => (
            <TillScreen
              key={url}
              book={book}
              bookUrl={key}
              recordSale={recordSale}
              nav={
                <>
                  <AppNav current="/" />
                  {label}
                </>
              }
            />
          )}
        </BookInUseGate>
      </Route>
      <Route path="/back-office">
        <BackOfficeRoute choice={choice} loadSales={noRecordedSales} nav={<AppNav current="/back-office" />} />
      </Route>
      <Route>
        <NotFound nav={<AppNav current="" />} />
      </Route>
    </Switch>
  );
}
