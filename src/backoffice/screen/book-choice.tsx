import { useLocation } from 'wouter';
import type { PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { versionOf, type EffectiveBook } from '../edits/book-edits';

/** A shipped book the manager can choose. */
export interface BookEntry {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

export interface BookChoiceProps {
  readonly url: string;
  readonly shipped: PriceBook;
  readonly books: readonly BookEntry[];
  readonly effective: EffectiveBook;
  /** Asks to go back to the shipped book (the screen confirms first). */
  readonly onReset: () => void;
}

/** Which shipped book is edited, whether it has edits and from which version, and the way back to it. */
export function BookChoice({ url, shipped, books, effective, onReset }: BookChoiceProps) {
  const [, navigate] = useLocation();
  return (
    <section aria-label="Price book" className="flex flex-wrap items-end gap-4 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
      <label className="flex flex-col gap-1">
        <span className="text-sm font-semibold text-ink-800">Price book</span>
        <select value={url} onChange={(e) => navigate(`/back-office?book=${encodeURIComponent(e.target.value)}`)} className="min-h-12 min-w-64 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300">
          {!books.some((b) => b.url === url) && <option value={url}>{shipped.name ?? url}</option>}
          {books.map((b) => (
            <option key={b.id} value={b.url}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <p className="text-ink-700">
        {effective.edited ? (
          <>
            Edited here: version <strong className="font-mono">{String(effective.book.version)}</strong>, made from shipped version <span className="font-mono">{versionOf(shipped)}</span>.
            {effective.shippedMovedOn && ' The shipped book has changed since; the edit still wins.'}
          </>
        ) : (
          <>
            The shipped book, version <span className="font-mono">{versionOf(shipped)}</span>, with no edits.
          </>
        )}
      </p>
      <Button variant="danger" className="ml-auto" disabled={!effective.edited} onClick={onReset}>
        Reset to shipped book
      </Button>
    </section>
  );
}
