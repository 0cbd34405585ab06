import { validatePriceBook, type BookIssue, type PriceBook } from '../../pricing';

/** A chosen file read as a price book: the book, or every problem (a file that is not JSON is one, at `$`). */
export type BookFileResult = { readonly ok: true; readonly book: PriceBook } | { readonly ok: false; readonly issues: readonly BookIssue[] };

/** Reads and validates a price book file, as an import in the back office or the head office console does. */
export async function readBookFile(file: Blob): Promise<BookFileResult> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, issues: [{ path: '$', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const validation = validatePriceBook(json);
  return validation.ok ? { ok: true, book: validation.book } : { ok: false, issues: validation.issues };
}
