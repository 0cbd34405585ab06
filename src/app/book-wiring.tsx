import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { EffectiveBookGate } from '../backoffice/edits/effective-book-gate';
import type { LoadSales } from '../backoffice/what-if/what-if';
import type { PriceBook } from '../pricing';
import { useOperator, useOperatorActions } from '../staff/operator-store';
import { mayDo } from '../staff/permissions';
import { BookInUse } from '../ui/book-in-use';
import { Button } from '../ui/button';
import { bookAccess } from '../till/books/book-access';
import type { BookChoice } from '../till/books/book-choice';
import { BookProblems } from '../till/books/book-problems';
import { PriceBookGate } from '../till/books/price-book-gate';
import { priceBookQueries } from '../till/books/price-book-queries';
import { AppHeader } from '../ui/app-header';

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

/** Where the till keeps the book a manager chose (`?book=`), so that cashiers may go on using it. */
const CHOSEN_BOOK_KEY = 'till.chosen-book';

/**
 * Development and end-to-end builds serve the test books (`vite.config.ts`) and let a manager open
 * any book on this site; a production build opens only the store's own books.
 */
const ANY_BOOK_ON_THIS_SITE = import.meta.env.MODE !== 'production';

/**
 * Shows its children only when the operator signed in may use the chosen book (`bookAccess`):
 * choosing another book than the store's default is a manager's, and only among the store's books.
 */
export function BookAccessGate({ choice, nav, children }: { readonly choice: BookChoice; readonly nav: ReactNode; readonly children: ReactNode }) {
  const operator = useOperator();
  const index = useQuery({ ...priceBookQueries.index(), enabled: choice.kind === 'url' });
  const waiting = choice.kind === 'url' && index.isPending;
  const access = bookAccess(choice, {
    storeBooks: index.data?.storeUrls ?? [],
    defaultUrl: index.data?.defaultUrl,
    mayChoose: operator !== null && mayDo(operator.role, 'choose-book'),
    chosenByManager: localStorage.getItem(CHOSEN_BOOK_KEY) ?? undefined,
    anyBookOnThisSite: ANY_BOOK_ON_THIS_SITE,
  });
  const chosen = !waiting && access.ok ? access.chosen : undefined;
  useEffect(() => {
    if (chosen !== undefined) localStorage.setItem(CHOSEN_BOOK_KEY, chosen);
  }, [chosen]);

  if (waiting) return <p className="p-8 text-lg text-ink-600">Loading the store's books…</p>;
  if (access.ok) return children;
  if (access.reason === 'not-the-stores') return <BookProblems title="That price book can't be used" message={access.message} />;
  return <ManagerChoosesBook message={access.message} nav={nav} />;
}

/** A cashier's or supervisor's till on another book than the store's: a manager may choose it. */
function ManagerChoosesBook({ message, nav }: { readonly message: string; readonly nav: ReactNode }) {
  const actions = useOperatorActions();
  return (
    <main className="grid min-h-dvh grid-rows-[auto_1fr] bg-ink-100">
      <AppHeader nav={nav} />
      <section aria-labelledby="choose-book-title" className="m-auto grid max-w-md gap-4 rounded-2xl bg-white p-6 shadow-xl">
        <h1 id="choose-book-title" className="text-2xl font-semibold">
          Another price book
        </h1>
        <p role="alert" className="text-danger-700">
          {message}
        </p>
        <Button variant="primary" onClick={actions.signedOut}>
          Sign in as a manager
        </Button>
        <a href={import.meta.env.BASE_URL} className="text-center font-semibold text-brand-700 underline">
          Open the store's own book
        </a>
      </section>
    </main>
  );
}
