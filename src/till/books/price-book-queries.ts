import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { validatePriceBook, type BookIssue, type PriceBook } from '../../pricing';
import { rememberBookText } from './book-wire';
import { takeEarlyResponse } from './early-fetch';

/** Why a price book (or the list of books) could not be used: the till shows it instead of a blank page. */
export class PriceBookError extends Error {
  override readonly name = 'PriceBookError';
  constructor(
    readonly kind: 'not-found' | 'http' | 'network' | 'not-json' | 'invalid',
    message: string,
    /** The address that was loaded. */
    readonly url: string,
    /** Every problem in an invalid book, each with its JSON path. */
    readonly issues: readonly BookIssue[] = [],
  ) {
    super(message);
  }
}

/** The shipped list of price books: `public/books/index.json`. */
export const BOOK_INDEX_URL = `${import.meta.env.BASE_URL}books/index.json`;

const text = z.string().check(z.minLength(1));
const bookIndexSchema = z.object({
  default: text,
  books: z.array(z.object({ id: text, name: text, url: text })).check(z.minLength(1)),
});

/** The list of shipped books, with the default book's address resolved. */
export interface BookIndex {
  readonly books: readonly { readonly id: string; readonly name: string; readonly url: string }[];
  /** Address of the default book (same origin, path and query). */
  readonly defaultUrl: string;
  /** Addresses of the books listed on this site (path and query): the store's own books. */
  readonly storeUrls: readonly string[];
}

/** The JSON at `url`, and its text. */
async function fetchJson(url: string, signal: AbortSignal): Promise<{ readonly json: unknown; readonly text: string }> {
  let response: Response;
  try {
    // Asking for JSON matters: a server with a single-page-app fallback answers a missing .json with
    // its index.html (status 200) when the request also accepts HTML. index.html may have started it already.
    response = await (takeEarlyResponse(url) ?? fetch(url, { signal, headers: { Accept: 'application/json' } }));
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PriceBookError('network', `Couldn't reach ${url}: ${error instanceof Error ? error.message : String(error)}`, url);
  }
  if (response.status === 404) throw new PriceBookError('not-found', `There is nothing at ${url} (404 Not Found)`, url);
  if (!response.ok) throw new PriceBookError('http', `Loading ${url} failed: ${response.status} ${response.statusText}`.trim(), url);
  const text = await response.text();
  try {
    return { json: JSON.parse(text) as unknown, text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PriceBookError('not-json', `${url} is not JSON (${reason})`, url);
  }
}

/** Resolves an address from the index against the index's own address, keeping it on this site. */
function sameOriginPath(url: string, base: string): string | undefined {
  const resolved = new URL(url, new URL(base, window.location.href));
  return resolved.origin === window.location.origin ? `${resolved.pathname}${resolved.search}` : undefined;
}

/** Only a network hiccup is worth another try; a missing or broken book stays broken. */
const retryNetworkOnce = (failures: number, error: Error) => error instanceof PriceBookError && error.kind === 'network' && failures < 1;

/** Query options for price books, keys from generic to specific. */
export const priceBookQueries = {
  all: () => ['price-books'] as const,

  /** The list of shipped books and which one is the default. */
  index: () =>
    queryOptions({
      queryKey: [...priceBookQueries.all(), 'index'] as const,
      queryFn: async ({ signal }): Promise<BookIndex> => {
        const { json } = await fetchJson(BOOK_INDEX_URL, signal);
        const parsed = bookIndexSchema.safeParse(json);
        if (!parsed.success) {
          const issues = parsed.error.issues.map((i) => ({ path: ['$', ...i.path].join('.'), message: i.message }));
          throw new PriceBookError('invalid', `The list of price books at ${BOOK_INDEX_URL} is not valid`, BOOK_INDEX_URL, issues);
        }
        const entry = parsed.data.books.find((b) => b.id === parsed.data.default);
        const defaultUrl = entry === undefined ? undefined : sameOriginPath(entry.url, BOOK_INDEX_URL);
        if (defaultUrl === undefined) {
          throw new PriceBookError(
            'invalid',
            `The list of price books at ${BOOK_INDEX_URL} names "${parsed.data.default}" as its default, but lists no such book on this site`,
            BOOK_INDEX_URL,
          );
        }
        const storeUrls = parsed.data.books.flatMap((b) => sameOriginPath(b.url, BOOK_INDEX_URL) ?? []);
        return { books: parsed.data.books, defaultUrl, storeUrls };
      },
      retry: retryNetworkOnce,
    }),

  /** One price book, validated by the engine's schema: the app only ever sees a valid book. */
  book: (url: string) =>
    queryOptions({
      queryKey: [...priceBookQueries.all(), 'book', url] as const,
      queryFn: async ({ signal }): Promise<PriceBook> => {
        const { json, text } = await fetchJson(url, signal);
        const validation = validatePriceBook(json);
        if (!validation.ok) {
          const count = validation.issues.length;
          throw new PriceBookError('invalid', `The price book at ${url} has ${count} ${count === 1 ? 'problem' : 'problems'}`, url, validation.issues);
        }
        // Workers are sent the text, not the book's objects (`book-wire.ts`).
        rememberBookText(validation.book, text);
        return validation.book;
      },
      retry: retryNetworkOnce,
    }),
};
