import type { ChainVerdict } from './chain/verify-chain';
import type { EntryStaff, EventToRecord, JournalEntry, OpeningFloat, RefundEntry, RefundRequest, SaleEntry, SaleToRecord, TillEventEntry, ZReport } from './journal-entry';
import type { OfferDiscount, ReportTotals } from './report-rules';

// What the journal offers the rest of the till (`journal.ts` opens it), and the outcomes it gives.

/** The entry's operator and approver, copied only when given (as `{ id, name }`). */
export function staffOf(from: EntryStaff): EntryStaff {
  return {
    ...(from.operator === undefined ? {} : { operator: { id: from.operator.id, name: from.operator.name } }),
    ...(from.approver === undefined ? {} : { approver: { id: from.approver.id, name: from.approver.name } }),
  };
}

/**
 * What the sale in progress becomes once a sale is recorded (the receipt view of the completed
 * sale, an empty basket), made from the recorded entry and saved in the same transaction.
 */
export type SaleInProgressAfter = (entry: SaleEntry) => unknown;

/** A refund's outcome: the entry, or why it was refused (nothing was written). */
export type RefundResult = { readonly ok: true; readonly entry: RefundEntry } | { readonly ok: false; readonly message: string };

/** A Z close's outcome: the report, or why not (nothing was written). */
export type CloseResult = { readonly ok: true; readonly report: ZReport } | { readonly ok: false; readonly message: string };

/** Recording an opening float: the float, or why not (nothing was written). */
export type FloatResult = { readonly ok: true; readonly float: OpeningFloat } | { readonly ok: false; readonly message: string };

/** The period an X report covers: everything since the last Z. */
export interface OpenPeriod {
  readonly fromReceipt: number;
  readonly entries: readonly JournalEntry[];
  /** The period's opening float, when one was recorded (its amount is in `totals` too). */
  readonly openingFloat: OpeningFloat | null;
  readonly totals: ReportTotals;
}

/** A recorded sale as the back office's what-if re-pricing reads it. */
export interface RecordedSale {
  readonly id: string;
  readonly receiptNumber: number;
  readonly at: string;
  readonly book: SaleEntry['book'];
  readonly items: SaleEntry['items'];
  readonly total: number;
  readonly savings: number;
  /** Each discount line's offer and saving, as recorded. */
  readonly discounts: readonly Pick<OfferDiscount, 'offerId' | 'label' | 'saving'>[];
}

/** The journal of completed sales and refunds, and the Z reports that close days, in IndexedDB. */
export interface Journal {
  /** This till's id. */
  tillId(): Promise<string>;
  /**
   * Records a completed sale in one transaction and gives it the next receipt number. Idempotent by
   * `sale.id`: the same sale again (a double tap, a retry after an unknown outcome) returns the
   * entry already recorded.
   */
  recordSale(sale: SaleToRecord, after?: SaleInProgressAfter): Promise<SaleEntry>;
  /**
   * Records a till event (No sale, a voided sale) in one transaction with the next receipt number,
   * chained like any entry. Idempotent by `event.id`.
   */
  recordEvent(event: EventToRecord): Promise<TillEventEntry>;
  /** The sale in progress as last saved, or undefined when none was ever saved. */
  saleInProgress(): Promise<unknown>;
  /** Saves the sale in progress; resolves once it is on disk. */
  saveSaleInProgress(state: unknown): Promise<void>;
  /** Every parked sale as saved, by its id (the till reads them through its own sanitizer). */
  parkedSales(): Promise<{ readonly id: string; readonly state: unknown }[]>;
  /** Parks a sale and saves what replaces it on the till, in one transaction. */
  parkSale(id: string, parked: unknown, current: unknown): Promise<void>;
  /**
   * Recalls a parked sale, in one transaction: its row is removed and `current(parked)` becomes the
   * sale in progress. Resolves with the parked state, or undefined (nothing written) when no sale
   * is parked under that id (another tab recalled it).
   */
  recallSale(id: string, current: (parked: unknown) => unknown): Promise<unknown>;
  /**
   * Records a refund of some units of some lines of a sale, and how the money goes back, both
   * checked against the sale's earlier refunds inside the same transaction. Idempotent by `request.id`.
   */
  recordRefund(request: RefundRequest): Promise<RefundResult>;
  /**
   * Records the open period's opening float (again: the new amount replaces the old). `fromReceipt`
   * is the period the cashier saw: if a Z has closed it since, nothing is written.
   */
  recordOpeningFloat(request: { readonly amount: number; readonly fromReceipt: number; readonly at: string }): Promise<FloatResult>;
  entry(id: string): Promise<JournalEntry | undefined>;
  /** This till's entry with that receipt number. */
  byReceiptNumber(receiptNumber: number): Promise<JournalEntry | undefined>;
  /** Entries recorded in [from, to) (ISO instants), oldest first. */
  between(from: string, to: string): Promise<JournalEntry[]>;
  /** The latest entries, newest first. */
  latest(limit: number): Promise<JournalEntry[]>;
  /** Refunds of a sale, oldest first. */
  refundsOf(saleId: string): Promise<RefundEntry[]>;
  /** What an X report shows: every entry since the last Z, and their totals. */
  openPeriod(): Promise<OpenPeriod>;
  /**
   * Closes the open period as a Z report. `fromReceipt` is the period the cashier saw: if a Z has
   * closed it since (another tap, another attempt), nothing is written. Idempotent by `id`.
   */
  closeDay(request: { readonly id: string; readonly fromReceipt: number; readonly at: string } & EntryStaff): Promise<CloseResult>;
  /** Z reports, newest first. */
  zReports(): Promise<ZReport[]>;
  /** Recorded sales in [from, to), oldest first, for re-pricing in a what-if. */
  recordedSalesBetween(from: string, to: string): Promise<RecordedSale[]>;
  /**
   * Recomputes this till's chain from the entries as stored, its till row and its Z reports, and
   * names the first entry altered, removed or inserted (see `chain/verify-chain.ts`).
   */
  verify(): Promise<ChainVerdict>;
  /** This till's entries numbered after `receiptNumber`, oldest first, at most `limit` (the outbox's next batch). */
  entriesAfter(receiptNumber: number, limit: number): Promise<JournalEntry[]>;
  /** How many of this till's entries are numbered after `receiptNumber` (what the outbox still holds). */
  countAfter(receiptNumber: number): Promise<number>;
  /** This till's Z reports numbered after `zNumber`, oldest first, at most `limit`. */
  zReportsAfter(zNumber: number, limit: number): Promise<ZReport[]>;
  /** A setting kept with the journal (undefined when never saved); the journal does not look inside. */
  setting(name: string): Promise<unknown>;
  /** Saves a setting (undefined removes it); resolves once it is on disk. */
  saveSetting(name: string, value: unknown): Promise<void>;
  close(): void;
}
