import { money, type DiscountLine, type ReceiptLine } from '../pricing';
import { placeDiscounts } from './receipt-entries';

/** A line as a receipt shows it, with what the customer paid for it when a recorded sale knows it. */
type RowLine = ReceiptLine & { readonly paid?: number | undefined };

/** A row of a receipt: one or more adjacent receipt lines of the same product, shown as one. */
export type ReceiptRow<Line extends RowLine = ReceiptLine> = Line & {
  /** The receipt line indexes this row stands for, in scan order; `index` is the last of them. */
  readonly members: readonly number[];
};

/** A receipt as rows, and the discount lines to show under them. */
export interface ReceiptRows<Line extends RowLine = ReceiptLine> {
  readonly lines: readonly ReceiptRow<Line>[];
  /**
   * For display only: each item discount under a row, in scan order, carries that row's `index` as
   * its only line when it sat under an earlier scan of the row (`ReceiptEntries` puts it there);
   * the rest are as the engine gave them, basket-wide ones last.
   */
  readonly discounts: readonly DiscountLine[];
}

/**
 * Repeated scans shown as one row, for display and print only (the basket and the journal keep
 * every scan): adjacent lines join when they are the same product sold by the unit at the same unit
 * price, with no weight and no reduced label, when the caller's `joinKey` gives both the same key
 * (the same price override, or none) and neither `null` (a line that stands alone: a price label),
 * and when nothing but their own discounts stands between them (a discount all of whose lines are
 * in the row: "Half price strawberries" under each scan). A discount that also used another
 * product's line (a meal deal) ends the row where it sits, so it still reads under everything it
 * used. The joined row's quantity, price and what was paid are the sums and its `index` is its
 * last line's; its own discounts follow it.
 */
export function joinRepeatedScans<Line extends RowLine>(
  receipt: { readonly lines: readonly Line[]; readonly discounts: readonly DiscountLine[] },
  joinKey: (line: Line) => string | null = () => '',
): ReceiptRows<Line> {
  const { underLine, atEnd } = placeDiscounts(receipt);
  const plain = (line: Line) => line.unit === 'each' && line.grams === undefined && line.reducedPrice === undefined && joinKey(line) !== null;
  // Whether every discount under the row's last line used only the row's lines.
  const onlyOwn = (row: ReceiptRow<Line>) => (underLine.get(row.index) ?? []).every((d) => d.lines.every((l) => row.members.includes(l)));
  const rows: ReceiptRow<Line>[] = [];
  for (const line of receipt.lines) {
    const last = rows[rows.length - 1];
    const joins = last !== undefined && plain(line) && plain(last) && last.sku === line.sku && last.unitPrice === line.unitPrice && joinKey(last) === joinKey(line) && last.index === line.index - 1 && onlyOwn(last);
    if (joins) rows[rows.length - 1] = joined(last, line);
    else rows.push({ ...line, members: [line.index] });
  }
  return { lines: rows, discounts: [...rows.flatMap((row) => discountsUnder(row, underLine)), ...atEnd] };
}

/** A row with one more line: quantities, prices and (where both know it) what was paid summed. */
function joined<Line extends RowLine>(row: ReceiptRow<Line>, line: Line): ReceiptRow<Line> {
  const paid = row.paid !== undefined && line.paid !== undefined ? row.paid + line.paid : undefined;
  return { ...row, index: line.index, quantity: row.quantity + line.quantity, price: money(row.price + line.price), paid, members: [...row.members, line.index] };
}

/**
 * The discount lines shown under a row: its members', in scan order, each as the engine gave it (a
 * scripted checkout lists them so), moved to the row's index where it sat under an earlier scan.
 */
function discountsUnder(row: ReceiptRow<RowLine>, underLine: ReadonlyMap<number, DiscountLine[]>): DiscountLine[] {
  return row.members.flatMap((member) => (underLine.get(member) ?? []).map((discount) => (member === row.index ? discount : { ...discount, lines: [row.index] })));
}
