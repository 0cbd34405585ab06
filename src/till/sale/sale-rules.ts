import type { BasketItem, PriceBook, Receipt } from '../../pricing';
import type { BasketLine, BasketLineVoid } from '../basket/basket-rules';
import type { SaleRecord } from '../checkout/record-sale';
import type { Tender } from '../checkout/tender-rules';
import type { AgeCheck } from '../guards/age-rules';
import type { Takeover } from '../../ui/takeover';
import { overridesOf } from './override-rules';

/** What may stop the cashier from changing the sale or taking money, at this moment. */
export interface SaleGate {
  /** Why this tab may not sell (the till is open in another tab). */
  readonly readOnly?: string | undefined;
  /** A sale is being recorded: nothing changes until it is. */
  readonly recording: boolean;
  /** Why sales cannot be recorded now (journal or storage down): payment waits. */
  readonly paymentBlocked?: string | undefined;
  /** Why payment waits for the price check (`proof/proof-rules.ts`: the total is not proven yet). */
  readonly priceCheck?: string | undefined;
}

/** Why the basket may not change now, or undefined when it may. */
export function changeRefusal({ readOnly, recording }: SaleGate): string | undefined {
  if (readOnly !== undefined) return readOnly;
  if (recording) return 'Wait: the sale is being recorded';
  return undefined;
}

/** Why payment is refused while storage is down: plain words, and that no money was taken. */
export function blockedMessage(problem: string): string {
  return `Payment is blocked: the till cannot record sales right now. ${problem}`;
}

/** Why Pay may not open (or a sale complete), or undefined when it may. */
export function payRefusal(gate: SaleGate, hasLines: boolean): string | undefined {
  if (gate.readOnly !== undefined) return gate.readOnly;
  if (gate.paymentBlocked !== undefined) return blockedMessage(gate.paymentBlocked);
  if (!hasLines) return 'The basket is empty: scan an item first';
  return gate.priceCheck;
}

/** Why Delete voids nothing: no line was chosen on purpose. */
export function voidLineRefusal(chosen: BasketLine | undefined, lineCount: number): string | undefined {
  if (chosen !== undefined) return undefined;
  return lineCount === 0 ? 'Nothing to void' : 'Select the line to void first (tap it, or ↑/↓), then Delete';
}

/** The supervisor's approval voiding a line needs: none before a tender, one after (money is in for it). */
export function voidLineAction(tendered: boolean): 'void-line-after-tender' | undefined {
  return tendered ? 'void-line-after-tender' : undefined;
}

/** Why No sale may not open the drawer now, or undefined when it may: only between sales. */
export function noSaleRefusal(gate: SaleGate, saleUnderWay: boolean): string | undefined {
  const refusal = changeRefusal(gate);
  if (refusal !== undefined) return refusal;
  return saleUnderWay ? 'Finish or void the sale first: No sale opens the drawer between sales' : undefined;
}

/**
 * The line ↑ (−1) or ↓ (+1) selects: the newest scan of the receipt row before or after the
 * selected line's, kept within the receipt. `rows` are the basket line ids of each row, in order
 * (`screen/receipt-rows.ts`): repeated scans shown as one row are stepped over as one.
 */
export function movedSelection(rows: readonly (readonly number[])[], selectedId: number | undefined, step: number): number | undefined {
  if (selectedId === undefined) return undefined;
  const at = rows.findIndex((row) => row.includes(selectedId)) + step;
  return rows[Math.max(0, Math.min(rows.length - 1, at))]?.at(-1);
}

/**
 * What − does to a receipt row (its basket lines, in scan order): one unit fewer on its newest
 * scan, else, in a row of several scans, that scan taken off. A lone line at one unit, or a weighed
 * pack, stays: a line goes only when voided on purpose.
 */
export function fewerOnRow(row: readonly BasketLine[]): { readonly kind: 'quantity' | 'void'; readonly lineId: number } | undefined {
  const newest = row.at(-1);
  if (newest === undefined || newest.grams !== undefined) return undefined;
  if (newest.quantity > 1) return { kind: 'quantity', lineId: newest.id };
  return row.length > 1 ? { kind: 'void', lineId: newest.id } : undefined;
}

/** Everything the sale's record is made of, as the screen has it priced. */
export interface SaleRecordParts {
  readonly saleId: string;
  /** When Complete sale was pressed (ISO 8601 instant). */
  readonly at: string;
  readonly book: PriceBook;
  /** Where the book came from: its name when it has no id. */
  readonly bookUrl: string;
  readonly items: readonly BasketItem[];
  /** The basket's lines, in the order of `items`: their price overrides are recorded. */
  readonly lines: readonly BasketLine[];
  readonly ageChecks: readonly AgeCheck[];
  /** Lines voided once money was in (recorded without the basket's line ids). */
  readonly lineVoids: readonly BasketLineVoid[];
  /** Times the sale changed hands at the lock screen. */
  readonly takeovers: readonly Takeover[];
  readonly receipt: Receipt;
  readonly tenders: readonly Tender[];
  readonly change: number;
}

/** The completed sale as the till hands it over to be recorded. */
export function saleRecordFrom({ saleId, at, book, bookUrl, items, lines, ageChecks, lineVoids, takeovers, receipt, tenders, change }: SaleRecordParts): SaleRecord {
  const overrides = overridesOf(lines);
  return {
    id: saleId,
    at,
    storeName: book.name ?? 'Till',
    book: { id: book.id ?? bookUrl, ...(book.version === undefined ? {} : { version: book.version }) },
    items,
    ...(ageChecks.length > 0 ? { ageChecks } : {}),
    ...(overrides.length > 0 ? { overrides } : {}),
    ...(lineVoids.length > 0 ? { lineVoids: lineVoids.map(({ lineId: _lineId, ...record }) => record) } : {}),
    ...(takeovers.length > 0 ? { takeovers } : {}),
    receipt,
    tenders,
    change,
  };
}
