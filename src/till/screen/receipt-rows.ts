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
   * For display only: each item discount under a row carries that row's `index` as its only line
   * (`ReceiptEntries` puts it there); one offer's discounts under one row are one line ("× 2"),
   * their savings summed. Basket-wide discounts are as the engine gave them.
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

/** The discount lines shown under a row: its members' in scan order, one line per offer, at the row's index. */
function discountsUnder(row: ReceiptRow, underLine: ReadonlyMap<number, DiscountLine[]>): DiscountLine[] {
  const byOffer = new Map<string, { first: DiscountLine; count: number; saving: number }>();
  for (const discount of row.members.flatMap((member) => underLine.get(member) ?? [])) {
    const key = `${discount.offerId}\u0000${discount.label}`;
    const seen = byOffer.get(key);
    byOffer.set(key, seen === undefined ? { first: discount, count: 1, saving: discount.saving } : { ...seen, count: seen.count + 1, saving: seen.saving + discount.saving });
  }
  return [...byOffer.values()].map(({ first, count, saving }) =>
    count === 1 && first.lines.length > 0 && Math.max(...first.lines) === row.index ? first : { ...first, label: count === 1 ? first.label : `${first.label} × ${count}`, saving: money(saving), lines: [row.index] },
  );
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
