/** Which price book the till loads: one named by `?book=`, or the default from the list of books. */
export type BookChoice =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'default' }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Reads `?book=<url>` from a page address. The url may be relative (`/books/kata.json`,
 * `books/kata.json`) and must stay on the same site: the till never loads prices from elsewhere.
 */
export function bookChoiceFrom(pageUrl: string): BookChoice {
  const page = new URL(pageUrl);
  const requested = page.searchParams.get('book');
  if (requested === null || requested.trim() === '') return { kind: 'default' };
  let url: URL;
  try {
    url = new URL(requested.trim(), page);
  } catch {
    return { kind: 'refused', message: `?book=${requested} is not an address` };
  }
  if (url.origin !== page.origin) {
    return { kind: 'refused', message: `?book= must be an address on this site (${page.origin}); ${url.origin} is not` };
  }
  return { kind: 'url', url: `${url.pathname}${url.search}` };
}
