import type { Takeover } from '../../ui/takeover';

/** Someone on the till's staff, as the journal names them: id and name. */
export interface StaffName {
  readonly id: string;
  readonly name: string;
}

/** Who did something and, where their role was not enough, who approved it on the spot. */
export interface ApprovedBy {
  readonly operator?: StaffName;
  readonly approver?: StaffName;
}

/** What the till asks a supervisor for (the staff feature's permissions name them the same). */
export type TillGuardedAction = 'void-sale' | 'void-line-after-tender' | 'price-override' | 'no-sale';

/**
 * Asks whether the operator may do `action` (`detail` says what, e.g. "Bananas £1.50 → £1.00"),
 * asking a supervisor's PIN on the spot where their role is not enough. Resolves with who to
 * record, or null when it was not approved. The app composes it from the staff feature.
 */
export type TillAuthorize = (action: TillGuardedAction, detail: string) => Promise<ApprovedBy | null>;

/** Nothing asked, nobody recorded: a till rendered without staff (tests, a till before sign-in existed). */
export const authorizeAll: TillAuthorize = () => Promise.resolve({});

interface EventBase extends ApprovedBy {
  /** Client-generated UUID: recording the same id twice records one event. */
  readonly id: string;
  /** When it happened (ISO 8601 instant). */
  readonly at: string;
  readonly storeName: string;
  /** ISO 4217 code of the book's currency. */
  readonly currency: string;
}

/** Something the till did that the journal keeps beside sales: the drawer opened with no sale, a sale voided. */
export type TillEvent =
  | (EventBase & { readonly kind: 'no-sale' })
  | (EventBase & {
      readonly kind: 'void';
      /** The voided sale's id. */
      readonly saleId: string;
      /** Units in the basket when it was voided. */
      readonly items: number;
      /** What the sale came to, in minor units. */
      readonly total: number;
      /** Tendered before the void, handed back, in minor units. */
      readonly tendered: number;
      /** Times the sale changed hands at the lock screen before it was voided; absent when it never did. */
      readonly takeovers?: readonly Takeover[];
    });

/** Records a till event durably (with the next receipt number); rejects when it could not be stored. */
export type RecordEvent = (event: TillEvent) => Promise<{ readonly receiptNumber: number }>;
