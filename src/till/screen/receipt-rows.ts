import { money, type DiscountLine, type ReceiptLine } from '../../pricing';
import type { BasketLine } from '../basket/basket-rules';
import { placeDiscounts } from '../../ui/receipt-entries';

/** A row of the receipt on screen: one or more adjacent receipt lines of the same product, shown as one. */
export interface ReceiptRow extends ReceiptLine {
  /** The receipt line indexes this row stands for, in scan order; `index` is the last of them. */
  readonly members: readonly number[];
}

/** The receipt as the cashier's screen shows it: rows, and the discount lines to show under them. */
export interface ReceiptRows {
  readonly lines: readonly ReceiptRow[];
  /**
   * For display only: each item discount under a row, in scan order, carries that row's `index` as
   * its only line when it sat under an earlier scan of the row (`ReceiptEntries` puts it there);
   * the rest are as the engine gave them, basket-wide ones last.
   */
  readonly discounts: readonly DiscountLine[];
}

type Priced = { readonly lines: readonly ReceiptLine[]; readonly discounts: readonly DiscountLine[] };

/**
 * Repeated scans shown as one row, for display only (the basket and the journal keep every scan):
 * adjacent lines join when they are the same product sold by the unit at the same unit price, with
 * no weight, no price label, no reduced label and no price override, and when nothing but their own
 * discounts stands between them (a discount all of whose lines are in the row: "Half price
 * strawberries" under each scan). A discount that also used another product's line (a meal deal)
 * ends the row where it sits, so it still reads under everything it used. The joined row's quantity
 * and price are the sums and its `index` is its last line's; its own discounts follow it.
 */
export function groupRepeatedScans(receipt: Priced, basket: readonly BasketLine[]): ReceiptRows {
  const { underLine, atEnd } = placeDiscounts(receipt);
  const plain = (line: ReceiptLine) => line.unit === 'each' && line.grams === undefined && line.reducedPrice === undefined && basket[line.index]?.price === undefined && basket[line.index]?.override === undefined;
  // Whether every discount under the row's last line used only the row's lines.
  const onlyOwn = (row: ReceiptRow) => (underLine.get(row.index) ?? []).every((d) => d.lines.every((l) => row.members.includes(l)));
  const rows: ReceiptRow[] = [];
  for (const line of receipt.lines) {
    const last = rows[rows.length - 1];
    const joins = last !== undefined && plain(line) && plain(last) && last.sku === line.sku && last.unitPrice === line.unitPrice && last.index === line.index - 1 && onlyOwn(last);
    if (joins) {
      rows[rows.length - 1] = { ...last, index: line.index, quantity: last.quantity + line.quantity, price: money(last.price + line.price), members: [...last.members, line.index] };
    } else {
      rows.push({ ...line, members: [line.index] });
    }
  }
  return { lines: rows, discounts: [...rows.flatMap((row) => discountsUnder(row, underLine)), ...atEnd] };
}

/**
 * The discount lines shown under a row: its members', in scan order, each as the engine gave it (a
 * scripted checkout lists them so), moved to the row's index where it sat under an earlier scan.
 */
function discountsUnder(row: ReceiptRow, underLine: ReadonlyMap<number, DiscountLine[]>): DiscountLine[] {
  return row.members.flatMap((member) => (underLine.get(member) ?? []).map((discount) => (member === row.index ? discount : { ...discount, lines: [row.index] })));
}

/** The row that shows receipt line `index`, if any. */
export function rowOf(rows: readonly ReceiptRow[], index: number): ReceiptRow | undefined {
  return rows.find((row) => row.members.includes(index));
}

/**
 * The basket line ids of each row, in receipt order: what ↑/↓, − and Void line act on. A basket the
 * engine could not price has no rows: each line is its own.
 */
export function rowLineIds(receipt: Priced | undefined, basket: readonly BasketLine[]): number[][] {
  if (receipt === undefined || receipt.lines.length !== basket.length) return basket.map((line) => [line.id]);
  return groupRepeatedScans(receipt, basket).lines.map((row) => row.members.flatMap((member) => (basket[member] === undefined ? [] : [basket[member].id])));
}
