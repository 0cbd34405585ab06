import type { BasketItem, DiscountLine, ReceiptLine } from '../pricing';

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
}

/** A receipt line as recorded: the engine's line plus what the customer actually paid for it. */
export interface SaleLine extends ReceiptLine {
  /** The line's price less its shares of every discount, in minor units. Lines' `paid` sum to the sale's total. */
  readonly paid: number;
}

/** What every journal entry has. */
interface EntryBase {
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
}

/** A completed sale, written once, in one transaction, when it completes. */
export interface SaleEntry extends EntryBase {
  readonly kind: 'sale';
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
}

/** A line given back: the original receipt line and the money returned for it. */
export interface RefundLine {
  /** The original receipt line's `index`. */
  readonly line: number;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  /** What was paid for it, returned in full. */
  readonly amount: number;
}

/** Lines of a past sale given back, as an entry of its own that points at the sale. */
export interface RefundEntry extends EntryBase {
  readonly kind: 'refund';
  readonly saleId: string;
  readonly saleReceiptNumber: number;
  readonly lines: readonly RefundLine[];
  /** The money handed back; its amount is the refund's total. */
  readonly tender: JournalTender;
  readonly total: number;
}

export type JournalEntry = SaleEntry | RefundEntry;

/** What the till hands over when a sale completes (the journal adds the till, number and paid amounts). */
export interface SaleToRecord {
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
  };
  readonly tenders: readonly JournalTender[];
  readonly change: number;
}

/** A refund as asked for on the history screen. */
export interface RefundRequest {
  /** A fresh UUID per attempt: a retried or double-tapped refund records once. */
  readonly id: string;
  readonly saleId: string;
  /** Receipt line indexes to give back. */
  readonly lines: readonly number[];
  readonly tenderKind: TenderKind;
  readonly at: string;
}

/** A closed day: the period's figures, kept for good. Periods run by receipt number, so none overlap. */
export interface ZReport {
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
  readonly totals: import('./report-rules').ReportTotals;
}
