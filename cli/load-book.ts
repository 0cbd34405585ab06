import { validatePriceBook, type PriceBook } from '../src/pricing';

/** A validated price book, or the message lines saying why it cannot be used. */
export type LoadedBook = { readonly ok: true; readonly book: PriceBook } | { readonly ok: false; readonly errors: string[] };

/**
 * Parses and validates a price book's text. An invalid book reports every issue the engine finds,
 * one per line as `$.offers[2].price: price must not be negative`, under a heading naming the file.
 *
 * @param text - The file's contents.
 * @param name - The file as the user gave it, for the messages.
 */
export function loadBook(text: string, name: string): LoadedBook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const validation = validatePriceBook(json);
  if (validation.ok) return { ok: true, book: validation.book };
  const count = validation.issues.length;
  return {
    ok: false,
    errors: [
      `${name} is not a valid price book (${count} problem${count === 1 ? '' : 's'}):`,
      ...validation.issues.map((issue) => `  ${issue.path}: ${issue.message}`),
    ],
  };
}
