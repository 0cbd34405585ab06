import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PriceBook } from '../../pricing';
import type { BookChoice } from './book-choice';
import { PendingScans } from '../scanner/pending-scans-notice';
import { BookProblems } from './book-problems';
import { PriceBookError, priceBookQueries } from './price-book-queries';

export interface PriceBookGateProps {
  readonly choice: BookChoice;
  /** Renders the till once a valid book is loaded, with the address it came from. */
  readonly children: (book: PriceBook, url: string) => ReactNode;
}

/**
 * Loads the chosen price book (or the default one from the list of books) and shows the till, a
 * loading screen, or what went wrong: every problem of an invalid book with its JSON path.
 */
export function PriceBookGate({ choice, children }: PriceBookGateProps) {
  const index = useQuery({ ...priceBookQueries.index(), enabled: choice.kind === 'default' });
  const url = choice.kind === 'url' ? choice.url : index.data?.defaultUrl;
  const book = useQuery({ ...priceBookQueries.book(url ?? ''), enabled: url !== undefined });

  if (choice.kind === 'refused') return <BookProblems title="That price book can't be used" message={choice.message} />;
  // The list matters here only for the default book (the access rule may load it for a chosen one).
  if (choice.kind === 'default' && index.isError) return <Failure error={index.error} what="The list of price books couldn't be loaded" />;
  if (book.isError) return <Failure error={book.error} what="The price book couldn't be loaded" />;
  if (book.data === undefined || url === undefined) {
    return (
      <main className="grid min-h-dvh place-items-center bg-ink-100" aria-busy="true">
        <div className="grid justify-items-center gap-2">
          <p className="text-lg text-ink-600">Loading the price book…</p>
          <PendingScans />
        </div>
      </main>
    );
  }
  return children(book.data, url);
}

function Failure({ error, what }: { error: Error; what: string }) {
  if (error instanceof PriceBookError && error.kind === 'invalid') {
    return <BookProblems title={error.issues.length > 0 ? 'This price book has problems' : what} message={error.message} issues={error.issues} />;
  }
  return <BookProblems title={what} message={error.message} />;
}
