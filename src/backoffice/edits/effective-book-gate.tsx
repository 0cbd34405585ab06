import { useMemo, type ReactNode } from 'react';
import type { PriceBook } from '../../pricing';
import { effectiveBook, type EffectiveBook } from './book-edits';
import { useEditRecord } from './book-edits-queries';

export interface EffectiveBookGateProps {
  /** The shipped book's address: edits are stored per address. */
  readonly url: string;
  readonly shipped: PriceBook;
  readonly children: (effective: EffectiveBook) => ReactNode;
}

/**
 * Gives a screen the book in use for an address: the back office's edited book when there is one,
 * else the shipped book. It follows saves in this tab at once and in other tabs as they happen. If
 * the stored edits cannot be read, the shipped book is used rather than stopping the till, and
 * `problem` says so, for the screen to show.
 */
export function EffectiveBookGate({ url, shipped, children }: EffectiveBookGateProps) {
  const record = useEditRecord(url);
  // One book object per stored record: the till's pricing cache lives as long as the book does.
  const unreadable = record.isError && record.data === undefined;
  const effective = useMemo(
    () => (unreadable ? { ...effectiveBook(shipped, null), problem: 'The back office’s edits of this book could not be read: the shipped prices are in use.' } : effectiveBook(shipped, record.data)),
    [shipped, record.data, unreadable],
  );
  if (record.isPending) {
    return (
      <main className="grid min-h-dvh place-items-center bg-ink-100" aria-busy="true">
        <p className="text-lg text-ink-600">Loading the price book…</p>
      </main>
    );
  }
  return children(effective);
}
