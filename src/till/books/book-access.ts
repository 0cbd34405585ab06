import type { BookChoice } from './book-choice';

/** Whether the till may open the chosen price book for the operator signed in, and if not why. */
export type BookAccess =
  | { readonly ok: true; /** A manager chose a book other than the store's default: remember it for this till. */ readonly chosen?: string }
  | { readonly ok: false; readonly reason: 'manager-only' | 'not-the-stores'; readonly message: string };

/** What decides {@link bookAccess}. */
export interface BookAccessRules {
  /** Addresses (path and query) of the books the store's list names. */
  readonly storeBooks: readonly string[];
  /** Address of the store's default book, once its list is loaded. */
  readonly defaultUrl: string | undefined;
  /** Whether the operator signed in may choose another book (a manager). */
  readonly mayChoose: boolean;
  /** The book a manager last chose on this till: anyone may go on using it. */
  readonly chosenByManager: string | undefined;
  /**
   * Whether a book outside the store's list may be opened at all: only in development and
   * end-to-end builds, which serve the test books. A production till opens its store's books only.
   */
  readonly anyBookOnThisSite: boolean;
}

/**
 * The rule of `?book=`: the store's default book is anyone's; another book needs a manager (or a
 * manager's earlier choice on this till) and must be one of the store's own books.
 */
export function bookAccess(choice: BookChoice, rules: BookAccessRules): BookAccess {
  if (choice.kind !== 'url' || choice.url === rules.defaultUrl) return { ok: true };
  if (!rules.anyBookOnThisSite && !rules.storeBooks.includes(choice.url)) {
    return { ok: false, reason: 'not-the-stores', message: `${choice.url} is not one of this store's price books.` };
  }
  if (choice.url === rules.chosenByManager) return { ok: true };
  if (!rules.mayChoose) return { ok: false, reason: 'manager-only', message: 'Only a manager can choose another price book.' };
  return { ok: true, chosen: choice.url };
}
