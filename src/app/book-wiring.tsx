import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { EffectiveBookGate } from '../backoffice/edits/effective-book-gate';
import type { LoadSales } from '../backoffice/what-if/what-if';
import type { PriceBook } from '../pricing';
import { BookInUse } from '../ui/book-in-use';
import type { BookChoice } from '../till/books/book-choice';
import { PriceBookGate } from '../till/books/price-book-gate';
import { priceBookQueries } from '../till/books/price-book-queries';

// Its own chunk, with Dexie: the till's first download stays small.
const BackOfficeScreen = lazy(() => import('../backoffice/back-office-screen'));

/**
 * The price book a screen works on: the shipped book chosen by `?book=`, replaced by the back
 * office's edited book when there is one. Gives the book, the address it is kept under, a key
 * that changes with every edit, and a label saying which version is in use and whether it was edited (the screen names the store).
 */
export function BookInUseGate({ choice, children }: { readonly choice: BookChoice; readonly children: (book: PriceBook, url: string, key: string, label: ReactNode) => ReactNode }) {
  return (
    <PriceBookGate choice={choice}>
      {(shipped, url) => (
        <EffectiveBookGate url={url} shipped={shipped}>
          {({ book, edited, problem }) =>
            children(
              book,
              url,
              // Names the prices, not just the address: hints cached for one version never show for another.
              edited ? `${url}#${String(book.version)}` : url,
              <BookInUse version={String(book.version ?? '—')} edited={edited} problem={problem} />,
            )
          }
        </EffectiveBookGate>
      )}
    </PriceBookGate>
  );
}

/** The back office on the chosen book, loaded on first visit. */
export function BackOfficeRoute({ choice, loadSales, nav, staff, headOffice }: { readonly choice: BookChoice; readonly loadSales: LoadSales; readonly nav: ReactNode; readonly staff?: ReactNode; readonly headOffice?: ReactNode }) {
  const index = useQuery(priceBookQueries.index());
  const loading = (
    <main className="grid min-h-dvh place-items-center bg-ink-100" aria-busy="true">
      <p className="text-lg text-ink-600">Loading the back office…</p>
    </main>
  );
  return (
    <PriceBookGate choice={choice}>
      {(shipped, url) => (
        <Suspense fallback={loading}>
          <BackOfficeScreen url={url} shipped={shipped} books={index.data?.books ?? []} loadSales={loadSales} nav={nav} staff={staff} headOffice={headOffice} />
        </Suspense>
      )}
    </PriceBookGate>
  );
}
