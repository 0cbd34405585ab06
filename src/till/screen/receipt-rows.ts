import { money, type DiscountLine, type ReceiptLine } from '../../pricing';
import type { BasketLine } from '../basket/basket-rules';
import { placeDiscounts } from '../../ui/receipt-entries';

/** A row of the receipt on screen: one or more adjacent receipt lines of the same product, shown as one. */
export interface ReceiptRow extends ReceiptLine {
  /** The receipt line indexes this row stands for, in scan order; `index` is the last of them. */
  readonly members: readonly number[];
}

/**
 * Repeated scans shown as one row, for display only (the basket and the journal keep every scan):
 * adjacent lines join when they are the same product sold by the unit at the same unit price, with
 * no weight, no price label, no reduced label and no price override, and no discount shown between them. The joined
 * row's quantity and price are the sums; its `index` is its last line's, so a discount placed under
 * that line stays under the row. Discount lines are untouched.
 */
export function groupRepeatedScans(receipt: { readonly lines: readonly ReceiptLine[]; readonly discounts: readonly DiscountLine[] }, basket: readonly BasketLine[]): { lines: ReceiptRow[]; discounts: readonly DiscountLine[] } {
  const { underLine } = placeDiscounts(receipt);
  const plain = (line: ReceiptLine) => line.unit === 'each' && line.grams === undefined && line.reducedPrice === undefined && basket[line.index]?.price === undefined && basket[line.index]?.override === undefined;
  const rows: ReceiptRow[] = [];
  for (const line of receipt.lines) {
    const last = rows[rows.length - 1];
    const joins =
      last !== undefined && plain(line) && plain(last) && last.sku === line.sku && last.unitPrice === line.unitPrice && last.index === line.index - 1 && !underLine.has(last.index);
    if (joins) {
      rows[rows.length - 1] = { ...last, index: line.index, quantity: last.quantity + line.quantity, price: money(last.price + line.price), members: [...last.members, line.index] };
    } else {
      rows.push({ ...line, members: [line.index] });
    }
  }
  return { lines: rows, discounts: receipt.discounts };
}
