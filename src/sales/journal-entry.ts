import type { BasketItem, DiscountLine, ReceiptLine, TaxLine } from '../pricing';

/** How money changed hands: notes and coins, or a card. */
export type TenderKind = 'cash' | 'card';

/** Money handed over (a sale) or handed back (a refund), in minor units. */
export interface JournalTender {
  readonly kind: TenderKind;
  readonly amount: number;
}

/** Which price book priced a sale: its `id` and `version`, or the address it was loaded from. */
export interface BookRef {
  readonly id: string;
  readonly version?: string | number;
  /** The version head office published the book as (1, 2, ... per store), when the till is enrolled. */
  readonly hqVersion?: number;
}

/** A receipt line as recorded: the engine's line plus what the customer actually paid for it. */
export interface SaleLine extends ReceiptLine {
  /** The line's price less its shares of every discount, in minor units. Lines' `paid` sum to the sale's total. */
  readonly paid: number;
}

/** Who did something, as the journal keeps it: the operator id (never reused) and their name then. */
export interface StaffRef {
  readonly id: string;
  readonly name: string;
}

/** Who made an entry, and who approved it where a supervisor had to. Absent on entries recorded before sign-in existed. */
export interface EntryStaff {
  /** The operator signed in when it was recorded. */
  readonly operator?: StaffRef;
  /** The supervisor or manager who approved it on the spot (only where one was needed). */
  readonly approver?: StaffRef;
}

/** What every journal entry has. */
interface EntryBase extends EntryStaff {
  /** Client-generated UUID: the idempotency key. */
  readonly id: string;
  /** The till (browser profile) that recorded it. */
  readonly tillId: string;
  /** Rises by one per entry (sales and refunds alike) on this till, without gaps. */
  readonly receiptNumber: number;
  /** When it was recorded (ISO 8601 instant, UTC). */
  readonly at: string;
  /** ISO 4217 code of the book's currency. */
  readonly currency: string;
  /** Printed at the top of the receipt. */
  readonly storeName: string;
  /**
   * The hash of this till's entry before it (64 zeros for its first): the chain that shows
   * tampering (see README). Every entry the journal records or returns has it; optional here only
   * so that the pure rules, which never read it, can be tested on bare entries.
   */
  readonly prevHash?: string;
  /** SHA-256 (lower-case hex) of the entry's canonical form: everything but `hash`, `prevHash` included. */
  readonly hash?: string;
}

/** The cashier's answer to an age question, kept with the sale (Challenge 25 records). */
export interface AgeCheckRecord {
  readonly sku: string;
  readonly minimumAge: number;
  readonly outcome: 'confirmed' | 'refused';
  /** When it was answered (ISO 8601 instant). */
  readonly at: string;
}

/** A completed sale, written once, in one transaction, when it completes. */
/** Why a line's price was set by hand (the till's list). */
export type OverrideReason = 'damaged' | 'price-match' | 'wrong-label' | 'other';

/** A line whose unit price a supervisor set by hand: the sale's `items` carry it as the line's `price`. */
export interface LineOverride {
  /** The receipt line's `index`. */
  readonly line: number;
  /** The unit price set, in minor units (a weighed pack's whole price). */
  readonly price: number;
  /** The unit price before, in minor units. */
  readonly was: number;
  readonly reason: OverrideReason;
  /** The reason in words, for "other". */
  readonly note?: string;
  /** Who approved it on the spot; absent when the operator was a supervisor or manager. */
  readonly approver?: StaffRef;
}

/**
 * A line voided once money was in for the sale (a supervisor's action): it is not in the sale's
 * `items` or `lines`, so it is kept here, with what it came to and who approved.
 */
export interface LineVoidRecord {
  readonly sku: string;
  /** The product's name then. */
  readonly name: string;
  /** Units on the line; 1 for a weighed line. */
  readonly quantity: number;
  /** A weighed line's weight in grams. */
  readonly grams?: number;
  /** What the line came to when voided (its price before discounts), in minor units. */
  readonly amount: number;
  /** Who approved it on the spot; absent when the operator was a supervisor or manager. */
  readonly approver?: StaffRef;
  /** When it was voided (ISO 8601 instant). */
  readonly at: string;
}

/**
 * The sale changed hands mid-sale: the till was locked with it under way and a supervisor or
 * manager unlocked it with their own PIN and carried on (`staff/staff-rules.ts`, `takeoverOf`).
 */
export interface TakeoverRecord {
  /** Who was signed in when the till was locked. */
  readonly from: StaffRef;
  /** Who unlocked it and carried on. */
  readonly to: StaffRef;
  /** When (ISO 8601 instant). */
  readonly at: string;
}

export interface SaleEntry extends EntryBase {
  readonly kind: 'sale';
  /** Times the sale changed hands at the lock screen, oldest first; absent when it never did. `operator` is who completed it. */
  readonly takeovers?: readonly TakeoverRecord[];
  /** Lines whose price was overridden, with why and who approved; absent when none was. */
  readonly overrides?: readonly LineOverride[];
  /** Lines voided after a tender, oldest first, with who approved; absent when none was. */
  readonly lineVoids?: readonly LineVoidRecord[];
  /** The age questions asked during the sale and their answers; absent when none was asked. */
  readonly ageChecks?: readonly AgeCheckRecord[];
  readonly book: BookRef;
  /** The basket exactly as priced: re-pricing these against the book gives the same receipt. */
  readonly items: readonly BasketItem[];
  readonly lines: readonly SaleLine[];
  readonly discounts: readonly DiscountLine[];
  readonly tenders: readonly JournalTender[];
  /** Cash handed back. */
  readonly change: number;
  readonly subtotal: number;
  readonly savings: number;
  readonly total: number;
  /**
   * VAT per rate, as the engine worked it out (`{ code, percent, label?, gross, tax, net }`, minor
   * units, grosses summing to `total`). Absent when the book had no `taxRates`, and on sales
   * recorded before VAT.
   */
  readonly taxes?: readonly TaxLine[];
  /**
   * Whether the total was proven the customer's lowest (the engine's `optimal`, on the main thread or
   * by the till's proof worker); false when the till charged the best price it found. Absent on
   * sales recorded before the till recorded it.
   */
  readonly proven?: boolean;
}

/** Units of a receipt line given back: the whole line, or some of its units. */
export interface RefundLine {
  /** The original receipt line's `index`. */
  readonly line: number;
  readonly sku: string;
  readonly name: string;
  /**
   * Units given back by this refund: all of the line's or some of them (a weighed line is always
   * given back whole, as 1). Entries recorded before partial refunds hold the line's whole
   * quantity here, which is what they gave back.
   */
  readonly quantity: number;
  /** What those units paid (the line's `paid` split per unit, see README), returned in full. */
  readonly amount: number;
}

/**
 * Money paid by card given back in another tender (cash), chosen on purpose and confirmed. Recorded
 * so that a rule (a supervisor's approval, an alert at HQ) can hook here.
 */
export interface CrossTender {
  readonly from: 'card';
  readonly to: 'cash';
  /** The part of the refund that the sale took by card and that went back as cash, in minor units. */
  readonly amount: number;
}

/**
 * What a refund's approver approved: the refund, or a cash refund of money the sale took by card
 * (a supervisor's action of its own, `staff/permissions.ts`).
 */
export type RefundApproval = 'refund' | 'cash-refund-of-card';

/** Lines of a past sale given back, as an entry of its own that points at the sale. */
export interface RefundEntry extends EntryBase {
  readonly kind: 'refund';
  readonly saleId: string;
  readonly saleReceiptNumber: number;
  readonly lines: readonly RefundLine[];
  /**
   * The money handed back, card first then cash, none of amount zero; the amounts sum to `total`.
   * (Entries recorded with a single `tender` are read as a list of that one.)
   */
  readonly tenders: readonly JournalTender[];
  /** Present when money paid by card went back as cash. */
  readonly crossTender?: CrossTender;
  /** What `approver` approved; present with `approver` (absent on refunds recorded before it was kept). */
  readonly approval?: RefundApproval;
  readonly total: number;
  /**
   * The VAT given back, per rate of the sale, for the rates this refund's lines have (see
   * `refund-taxes.ts`); grosses sum to `total`. Absent when the sale had no `taxes`.
   */
  readonly taxes?: readonly TaxLine[];
}

/** The cash drawer opened with no sale ("No sale"), with who did it and who approved it. */
export interface NoSaleEntry extends EntryBase {
  readonly kind: 'no-sale';
}

/** A sale voided whole before it completed: what it came to, and what was handed back. */
export interface VoidEntry extends EntryBase {
  readonly kind: 'void';
  /** The voided sale's id (never recorded as a sale). */
  readonly saleId: string;
  /** Units in the basket. */
  readonly items: number;
  /** What the sale came to, in minor units. */
  readonly total: number;
  /** Tendered before the void and handed back, in minor units. */
  readonly tendered: number;
  /** Times the sale changed hands at the lock screen before it was voided; absent when it never did. */
  readonly takeovers?: readonly TakeoverRecord[];
}

/** Entries that record what the till did, not money taken or given back: reports count no takings for them. */
export type TillEventEntry = NoSaleEntry | VoidEntry;

export type JournalEntry = SaleEntry | RefundEntry | TillEventEntry;

/** What the till hands over for an event (the journal adds the till, the number and the chain). */
export type EventToRecord = DistributiveOmit<TillEventEntry, 'tillId' | 'receiptNumber' | 'prevHash' | 'hash'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Whether an entry is a till event (No sale, a voided sale) rather than a sale or a refund. */
export const isTillEvent = (entry: JournalEntry): entry is TillEventEntry => entry.kind === 'no-sale' || entry.kind === 'void';

/** What the till hands over when a sale completes (the journal adds the till, number and paid amounts). */
export interface SaleToRecord extends EntryStaff {
  readonly id: string;
  readonly at: string;
  readonly storeName: string;
  readonly book: BookRef;
  readonly items: readonly BasketItem[];
  readonly receipt: {
    readonly currency: string;
    readonly lines: readonly ReceiptLine[];
    readonly discounts: readonly DiscountLine[];
    readonly subtotal: number;
    readonly savings: number;
    readonly total: number;
    /** The engine's VAT per rate, recorded as it is. */
    readonly taxes?: readonly TaxLine[];
    /** Whether the total was proven the lowest (the engine's `optimal`): recorded as `proven`. */
    readonly optimal?: boolean;
  };
  readonly tenders: readonly JournalTender[];
  readonly change: number;
  readonly ageChecks?: readonly AgeCheckRecord[];
  readonly overrides?: readonly LineOverride[];
  readonly lineVoids?: readonly LineVoidRecord[];
  readonly takeovers?: readonly TakeoverRecord[];
}

/** Some units of one receipt line, to give back. */
export interface RefundChoice {
  /** The receipt line's `index`. */
  readonly line: number;
  /** Units to give back, from 1 to those not yet refunded; a weighed line takes 1 (the whole line). */
  readonly quantity: number;
}

/**
 * How a refund goes back: `as-paid` to the tenders the sale was paid with (card first, never more
 * to card than the card paid), or `cash`, all in cash: for a sale paid by card, a cross-tender
 * refund that must be confirmed.
 */
export type RefundTenderChoice = 'as-paid' | 'cash';

/** A refund as asked for on the history screen. */
export interface RefundRequest extends EntryStaff {
  /** A fresh UUID per attempt: a retried or double-tapped refund records once. */
  readonly id: string;
  readonly saleId: string;
  readonly lines: readonly RefundChoice[];
  readonly tender: RefundTenderChoice;
  /** The cashier confirmed giving cash back for a card payment. */
  readonly crossTenderConfirmed?: boolean;
  /** What the approver approved (kept only with an approver). */
  readonly approval?: RefundApproval;
  readonly at: string;
}

/** Cash put in the drawer for a period, before or at its start. */
export interface OpeningFloat {
  /** Minor units. */
  readonly amount: number;
  /** When it was recorded (ISO 8601 instant, UTC). */
  readonly at: string;
  /** The period it is for: its first receipt number. */
  readonly fromReceipt: number;
}

/** A closed day: the period's figures, kept for good. Periods run by receipt number, so none overlap. */
export interface ZReport extends EntryStaff {
  /** Client-generated UUID of the close request: a double-tapped close records one Z. */
  readonly id: string;
  readonly tillId: string;
  /** Rises by one per Z on this till. */
  readonly zNumber: number;
  readonly closedAt: string;
  /** First receipt number of the period (the one after the previous Z's last). */
  readonly fromReceipt: number;
  /** Last receipt number of the period; `fromReceipt − 1` when nothing was sold. */
  readonly toReceipt: number;
  /**
   * The chain head it closed: the `hash` of entry `toReceipt` (64 zeros when the till had none).
   * Absent on Z reports closed before the journal was chained.
   */
  readonly chainHead?: string;
  readonly totals: import('./report-rules').ReportTotals;
}
