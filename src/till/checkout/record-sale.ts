import type { BasketItem, Receipt } from '../../pricing';
import type { PriceOverride } from '../../ui/price-override';
import type { LineVoid } from '../../ui/line-void';
import type { Takeover } from '../../ui/takeover';
import type { AgeCheck } from '../guards/age-rules';
import type { Tender } from './tender-rules';

/** A completed sale as the till hands it to whatever records it (the sales journal, composed in `src/app`). */
export interface SaleRecord {
  /** The sale id: recording the same id twice records one sale. */
  readonly id: string;
  /** When "Complete sale" was pressed (ISO 8601 instant). */
  readonly at: string;
  readonly storeName: string;
  /** The price book's `id` and `version`, or its address when it has no id. */
  readonly book: { readonly id: string; readonly version?: string | number; readonly hqVersion?: number };
  /** The basket exactly as priced. */
  readonly items: readonly BasketItem[];
  /** The cashier's answers to the age questions of the sale, oldest first; absent when none was asked. */
  readonly ageChecks?: readonly AgeCheck[];
  /** Lines whose price a supervisor set by hand (`line`: the receipt line's index); absent when none. */
  readonly overrides?: readonly (PriceOverride & { readonly line: number })[];
  /** Lines voided once money was in, oldest first, with who approved; absent when none was. */
  readonly lineVoids?: readonly LineVoid[];
  /** Times the sale changed hands at the lock screen (from whom, to whom, when), oldest first; absent when it never did. */
  readonly takeovers?: readonly Takeover[];
  readonly receipt: Receipt;
  readonly tenders: readonly Tender[];
  readonly change: number;
}

/** What recording gives a sale: its receipt number and the time it was recorded (ISO 8601 instant). */
export interface RecordedSale {
  readonly receiptNumber: number;
  readonly at: string;
  /** The till that recorded it, when the recorder knows (printed on the receipt). */
  readonly tillId?: string;
  /** The name of the operator it was recorded for, when one was signed in. */
  readonly operator?: string;
}

/**
 * Records a completed sale durably and resolves with its receipt number (and recorded time) only
 * once it is stored; rejects when it could not be stored. Idempotent by `sale.id`. `after` gives
 * the sale in progress to save in the same transaction (the completed sale's receipt view, an
 * empty basket): a crash leaves the sale either recorded or still on the till, never both.
 */
export type RecordSale = (sale: SaleRecord, after: (recorded: RecordedSale) => unknown) => Promise<RecordedSale>;
