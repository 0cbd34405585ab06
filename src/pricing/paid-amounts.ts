import { allocate } from './money';
import type { DiscountLine, ReceiptLine } from './receipt';

/**
 * What the customer actually paid for each receipt line, in minor units, in the order of `lines`.
 *
 * 1. Each line starts at its full price.
 * 2. Item discounts (every discount line with `units`, reduced labels included) take off each unit's
 *    `share`, which the engine already split by largest remainder.
 * 3. Thresholds (discount lines without `units`), in receipt order, are shared over the lines they
 *    covered in proportion to what those lines still pay, by largest remainder; a tie goes to the
 *    line scanned first. Sharing what is still paid (not the full price) means no line goes below zero.
 *
 * The amounts sum exactly to `subtotal − savings`, the receipt's total.
 */
export function paidAmounts(lines: readonly ReceiptLine[], discounts: readonly DiscountLine[]): number[] {
  const position = new Map(lines.map((line, i) => [line.index, i]));
  const paid = lines.map((line) => line.price as number);
  const at = (lineIndex: number): number => {
    const i = position.get(lineIndex);
    if (i === undefined) throw new RangeError(`A discount refers to receipt line ${lineIndex}, which is not on the receipt`);
    return i;
  };
  for (const discount of discounts) {
    for (const unit of discount.units) paid[at(unit.line)]! -= unit.share;
  }
  for (const discount of discounts) {
    if (discount.units.length > 0 || discount.saving === 0) continue;
    const covered = [...discount.lines].sort((a, b) => a - b).map(at);
    const weights = covered.map((i) => Math.max(0, paid[i]!));
    const stillPaid = weights.reduce((a, b) => a + b, 0);
    if (discount.saving > stillPaid) throw new RangeError(`${discount.label} saves more than its lines still pay`);
    allocate(discount.saving, weights).forEach((share, k) => (paid[covered[k]!]! -= share));
  }
  return paid;
}
