import type { QueryClient } from '@tanstack/react-query';
import { bookEditQueries } from '../backoffice/edits/book-edits-queries';
import { seedsDemoStaff } from '../staff/demo-staff';
import { staffQueries } from '../staff/staff-queries';
import { bookChoiceFrom } from '../till/books/book-choice';
import { priceBookQueries } from '../till/books/price-book-queries';
import { choicePath } from './staff-wiring';

/**
 * Starts what the till's screen waits for, all at once, before React draws anything. The screen's
 * gates are nested (the book, then its edits, then the staff to sign in), and each would start its
 * load only once the one above it has finished: on a 40,000-product book that waterfall, not any
 * one load, was most of the time to open. The gates then find their queries loaded or loading; they
 * still decide what shows (an error, the sign-in, a refusal) exactly as without this.
 */
export function prefetchTill(client: QueryClient): void {
  const base = import.meta.env.BASE_URL;
  if (window.location.pathname !== base) return;
  const choice = bookChoiceFrom(`${window.location.origin}${base}${window.location.search}`);
  const path = choicePath(choice);
  if (path !== undefined) void client.prefetchQuery(staffQueries.members(seedsDemoStaff(path, base)));
  void prefetchBook(client, choice.kind === 'url' ? choice.url : choice.kind === 'default' ? null : undefined);
}

/** The book at `url` (null: the store's default, from its list) and its stored edits. */
async function prefetchBook(client: QueryClient, url: string | null | undefined): Promise<void> {
  if (url === undefined) return;
  let address = url;
  if (address === null) {
    // A failure stays in the query, for the book gate to show.
    await client.prefetchQuery(priceBookQueries.index());
    address = client.getQueryData(priceBookQueries.index().queryKey)?.defaultUrl ?? null;
    if (address === null) return;
  }
  await Promise.all([client.prefetchQuery(priceBookQueries.book(address)), client.prefetchQuery(bookEditQueries.forUrl(address))]);
}
