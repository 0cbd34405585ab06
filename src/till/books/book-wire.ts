import { validatePriceBook, type PriceBook } from '../../pricing';

/** The JSON text each book loaded from an address was validated from, while the book lives. */
const texts = new WeakMap<PriceBook, string>();

/** Remembers that `book` is exactly what validating `text` gives (a book as loaded, no edits made). */
export function rememberBookText(book: PriceBook, text: string): void {
  texts.set(book, text);
}

/**
 * A price book as a worker is sent it: its JSON text when the book is exactly what that text
 * validates to, else the book itself. Copying a string is a few ms on the page; structured cloning
 * a 40,000-product book was 27 to 90 ms, on every start of a worker (the proof worker restarts
 * whenever a new proof supersedes one still running), and the worker validates the text itself,
 * off the page.
 */
export type BookOnTheWire = { readonly text: string } | { readonly book: PriceBook };

export function bookOnTheWire(book: PriceBook): BookOnTheWire {
  const text = texts.get(book);
  return text === undefined ? { book } : { text };
}

/** The book a worker was sent. The page validated the same text, so a failure here is a bug, and throws. */
export function bookFromTheWire(wire: BookOnTheWire): PriceBook {
  if ('book' in wire) return wire.book;
  const validation = validatePriceBook(JSON.parse(wire.text));
  if (!validation.ok) throw new Error('the book sent to the worker is not valid');
  return validation.book;
}
