import type { DiscountLine, ReceiptLine } from '../../pricing';
import type { BasketLine } from '../basket/basket-rules';
import { overrideKey } from '../../ui/price-override';
import { joinRepeatedScans, type ReceiptRow, type ReceiptRows } from '../../ui/receipt-rows';

export type { ReceiptRow, ReceiptRows };

type Priced = { readonly lines: readonly ReceiptLine[]; readonly discounts: readonly DiscountLine[] };

/**
 * The receipt as the cashier's screen shows it: repeated scans as one row (`joinRepeatedScans`),
 * a line priced from a price label kept apart, overridden scans joined only with scans that carry
 * the same override (the basket knows which): a row overridden as one stays one row.
 */
export function groupRepeatedScans(receipt: Priced, basket: readonly BasketLine[]): ReceiptRows {
  return joinRepeatedScans(receipt, (line) => {
    const scanned = basket[line.index];
    return scanned?.price !== undefined ? null : overrideKey(scanned?.override);
  });
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

/** The basket lines of the row that shows line `lineId`, in scan order: the line alone when no row shows it (none when it is not in the basket). */
export function rowLinesOf(receipt: Priced | undefined, basket: readonly BasketLine[], lineId: number): BasketLine[] {
  const ids = rowLineIds(receipt, basket).find((row) => row.includes(lineId)) ?? [lineId];
  return basket.filter((line) => ids.includes(line.id));
}
