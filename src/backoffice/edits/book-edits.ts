import { validatePriceBook, type BookIssue, type Offer, type PriceBook } from '../../pricing';

/**
 * What the back office keeps for one book address: the whole edited book (validated before it was
 * saved), the offers the manager disabled (the format has no "disabled" flag, so they are parked
 * beside the book rather than in it), and a revision counter that survives a reset, so an edited
 * book's version never names two different sets of prices.
 */
export interface EditRecord {
  /** The shipped book's address: edits are kept per book. */
  readonly url: string;
  /** The edited book, or null after a reset to the shipped book. */
  readonly book: PriceBook | null;
  /** Disabled offers, kept so they can be turned back on or tried in a what-if. */
  readonly parked: readonly Offer[];
  /** How many times this book has been saved; the edited version's suffix. */
  readonly revision: number;
  /** The shipped book's version the edit was made from. */
  readonly baseVersion: string;
  /** When it was saved (ISO). */
  readonly savedAt: string;
}

/** The book the till prices with: the edited one when there is one, else the shipped one. */
export interface EffectiveBook {
  readonly book: PriceBook;
  readonly edited: boolean;
  /** Offers disabled in the back office. */
  readonly parked: readonly Offer[];
  /** The shipped book changed since the edit was made: the edit still wins, but the manager should know. */
  readonly shippedMovedOn: boolean;
  /** Why stored edits exist but are not in use (the shipped book stands in), in words for the screen. */
  readonly problem?: string;
}

/** The shipped book's version as text (`"unversioned"` when it has none). */
export function versionOf(book: Pick<PriceBook, 'version'>): string {
  return book.version === undefined ? 'unversioned' : String(book.version);
}

/**
 * The version an edited book carries: the shipped version and the edit's revision, such as
 * `2024.3+edit.4`, so a recorded sale says which prices were charged.
 */
export function editedVersion(baseVersion: string, revision: number): string {
  return `${baseVersion}+edit.${revision}`;
}

/** The result of preparing a save: the record to store, or every problem of the book. */
export type PreparedEdit = { readonly ok: true; readonly record: EditRecord } | { readonly ok: false; readonly issues: readonly BookIssue[] };

/**
 * Prepares an edited book for storing: validates it with the engine's schema (an invalid book is
 * never saved), and gives it the next revision and an edited version.
 */
export function prepareEdit(
  url: string,
  shipped: PriceBook,
  previous: EditRecord | undefined,
  draft: unknown,
  parked: readonly Offer[],
  now: Date,
): PreparedEdit {
  const validation = validatePriceBook(stripVersion(draft));
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const revision = (previous?.revision ?? 0) + 1;
  const baseVersion = versionOf(shipped);
  const book: PriceBook = { ...validation.book, version: editedVersion(baseVersion, revision) };
  return { ok: true, record: { url, book, parked, revision, baseVersion, savedAt: now.toISOString() } };
}

/** A reset keeps the revision counter and forgets the book and the disabled offers. */
export function resetRecord(url: string, shipped: PriceBook, previous: EditRecord | undefined, now: Date): EditRecord {
  return { url, book: null, parked: [], revision: previous?.revision ?? 0, baseVersion: versionOf(shipped), savedAt: now.toISOString() };
}

/** The book in use for a shipped book and what is stored for it. */
export function effectiveBook(shipped: PriceBook, record: EditRecord | null | undefined): EffectiveBook {
  if (record === null || record === undefined || record.book === null) return { book: shipped, edited: false, parked: [], shippedMovedOn: false };
  // A stored book was valid when saved; an engine that has since grown stricter must not crash the till.
  const validation = validatePriceBook(record.book);
  if (!validation.ok) {
    return { book: shipped, edited: false, parked: [], shippedMovedOn: false, problem: 'The back office’s edits of this book no longer pass the price book checks: the shipped prices are in use.' };
  }
  return {
    book: validation.book,
    edited: true,
    parked: record.parked,
    shippedMovedOn: record.baseVersion !== versionOf(shipped),
  };
}

function stripVersion(draft: unknown): unknown {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return draft;
  // The imported or edited book's own version is replaced by the edited one; `$schema` is an editor aid.
  const { version: _version, $schema: _schema, ...rest } = draft as Record<string, unknown>;
  return rest;
}
