import { memo, type ReactNode } from 'react';
import type { DiscountLine, Receipt, ReceiptLine } from '../pricing';
import { overrideText, type PriceOverride } from './price-override';

/** The discounts to show under each receipt line, and the basket-wide ones (spend thresholds) for the end. */
export function placeDiscounts(receipt: Pick<Receipt, 'discounts'>): { underLine: ReadonlyMap<number, DiscountLine[]>; atEnd: DiscountLine[] } {
  const underLine = new Map<number, DiscountLine[]>();
  const atEnd: DiscountLine[] = [];
  for (const discount of receipt.discounts) {
    // An item discount sits under the last line it used, so every line it used is above it.
    if (discount.kind === 'spend-threshold' || discount.lines.length === 0) {
      atEnd.push(discount);
      continue;
    }
    const last = Math.max(...discount.lines);
    underLine.set(last, [...(underLine.get(last) ?? []), discount]);
  }
  return { underLine, atEnd };
}

/** "0.750 kg" from grams. */
export function formatWeight(grams: number): string {
  return `${(grams / 1000).toFixed(3)} kg`;
}

/**
 * The small print under a line's name: units × unit price, weight × price per kg, label notes.
 *
 * @param pricePerKg - The book's price per kg for a weighed line. (A receipt line's `unitPrice` is
 *   the whole weighed line's price, so the per-kg price comes from the product.)
 * @param labelPrice - Whether the unit price came from a price-embedded label.
 * A line carrying its price `override` (the till's, a recorded sale's) says so, with the reason.
 */
export function lineDetail(line: ReceiptLine & { readonly override?: PriceOverride | undefined }, format: (amount: number) => string, pricePerKg: number | undefined, labelPrice: boolean): string | undefined {
  const notes: string[] = [];
  if (line.grams !== undefined) {
    notes.push(labelPrice || pricePerKg === undefined ? formatWeight(line.grams) : `${formatWeight(line.grams)} × ${format(pricePerKg)}/kg`);
  } else if (line.quantity > 1) {
    notes.push(`${line.quantity} × ${format(line.unitPrice)}`);
  }
  if (line.override !== undefined) notes.push(overrideText(line.override, format));
  else if (labelPrice) notes.push('price label');
  if (line.reducedPrice !== undefined) notes.push(`reduced label ${format(line.reducedPrice)}${line.quantity > 1 ? ' each' : ''}`);
  return notes.length === 0 ? undefined : notes.join(' · ');
}

export interface ReceiptEntriesProps<Line extends ReceiptLine> {
  /** The lines and discount lines: a live receipt's, or a recorded sale's. */
  readonly receipt: { readonly lines: readonly Line[]; readonly discounts: readonly DiscountLine[] };
  readonly format: (amount: number) => string;
  /** Renders one line's list item (the till adds selection and actions; the printed receipt does not). */
  readonly renderLine: (line: Line) => ReactNode;
  /** `screen`: the till's padded rows; `paper`: a till roll, amounts flush with the lines'. */
  readonly look?: 'screen' | 'paper';
}

/**
 * The items of the Receipt list: every line, each item discount under the last line it used, and
 * the basket-wide discounts at the end. Discount items start with a visually hidden "Discount:" so
 * a screen reader (and a script) can tell them from lines.
 */
export function ReceiptEntries<Line extends ReceiptLine>({ receipt, format, renderLine, look = 'screen' }: ReceiptEntriesProps<Line>) {
  const { underLine, atEnd } = placeDiscounts(receipt);
  return (
    <>
      {receipt.lines.map((line) => [
        renderLine(line),
        ...(underLine.get(line.index) ?? []).map((discount, i) => <DiscountItem key={`d${line.index}-${i}`} discount={discount} format={format} look={look} />),
      ])}
      {atEnd.map((discount, i) => (
        <DiscountItem key={`t${i}`} discount={discount} format={format} look={look} />
      ))}
    </>
  );
}

/** Memoised on what it shows: the engine's discount objects are new on every scan. */
const DiscountItem = memo(
  function DiscountItem({ discount, format, look }: { discount: DiscountLine; format: (amount: number) => string; look: 'screen' | 'paper' }) {
    const spacing = look === 'screen' ? 'py-1.5 pl-7 pr-4' : 'py-0.5 pl-3';
    return (
      <li className={`relative flex items-baseline justify-between gap-3 ${spacing} text-brand-700 print:py-0.5 print:pl-3 print:pr-0 print:text-black`}>
        <span className="min-w-0">
          <span className="sr-only">Discount: </span>
          <span className="font-medium">{discount.label}</span>
        </span>{' '}
        <span className="shrink-0 font-semibold tabular-nums">−{format(discount.saving)}</span>
      </li>
    );
  },
  (a, b) => a.format === b.format && a.look === b.look && a.discount.label === b.discount.label && a.discount.saving === b.discount.saving,
);
