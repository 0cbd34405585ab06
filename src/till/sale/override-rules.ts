import type { ReceiptLine } from '../../pricing';
import { MAX_OVERRIDE_NOTE, type OverrideReason, type PriceOverride } from '../../ui/price-override';
import type { BasketLine } from '../basket/basket-rules';

/** Why the chosen line's price may not be overridden now, or undefined when it may. */
export function overrideRefusal(line: BasketLine | undefined, tendered: boolean): string | undefined {
  if (line === undefined) return 'Select the line whose price changes first (tap it, or ↑/↓)';
  if (tendered) return 'A price cannot change once payment has started: remove the tenders first';
  return undefined;
}

/** What the cashier filled in the Override price dialog. */
export interface OverrideInput {
  /** The new unit price in minor units, or undefined when none was typed. */
  readonly price: number | undefined;
  readonly reason: OverrideReason | undefined;
  /** The reason in words (for "other"). */
  readonly note: string;
}

/**
 * The override to approve, or why the input is refused: a price above zero and not the current
 * one (zero is a void, not a price), a reason, and words for "other". `was` is the unit price the
 * engine priced the line at before any override.
 */
export function checkOverride(input: OverrideInput, was: number, current: number): { ok: true; override: PriceOverride } | { ok: false; message: string } {
  const { price, reason } = input;
  const note = input.note.trim();
  if (price === undefined) return { ok: false, message: 'Type the new price, e.g. 1.00' };
  if (price === 0) return { ok: false, message: 'A price cannot be overridden to nothing: void the line instead' };
  if (price === current) return { ok: false, message: 'That is the price already' };
  if (reason === undefined) return { ok: false, message: 'Choose why the price changes' };
  if (reason === 'other' && note === '') return { ok: false, message: 'Say why the price changes' };
  if (note.length > MAX_OVERRIDE_NOTE) return { ok: false, message: `Keep the reason to ${MAX_OVERRIDE_NOTE} characters` };
  return { ok: true, override: { price, was, reason, ...(reason === 'other' ? { note } : {}) } };
}

/** Why a row cannot be priced to check an override against: the engine could not price the basket. */
const UNPRICED = 'The basket cannot be priced: remove what it cannot price first';

/**
 * A priced line's unit price as an override replaces it, in minor units: its reduced-to-clear price
 * when it has a yellow label (what the customer was to pay; the override takes its place), else the
 * unit price (the book's, a price label's, an earlier override's; a weighed pack's whole price).
 */
export const unitPriceNow = (priced: Pick<ReceiptLine, 'unitPrice' | 'reducedPrice'>): number => priced.reducedPrice ?? priced.unitPrice;

/** An override checked for a receipt row: the basket lines it sets, their units and their unit price now (minor units), or why it is refused. */
export type RowOverride =
  | { readonly ok: true; readonly override: PriceOverride; readonly lineIds: readonly number[]; readonly units: number; readonly current: number }
  | { readonly ok: false; readonly message: string };

/**
 * The override of a receipt row, as one action on every scan it shows ("3 × £2.75" set to £2.50
 * sets all three: an override is a unit's price, and a wrong shelf label is wrong for every unit).
 * `row` is the row's basket lines in scan order (one line for a weighed pack, a reduced label or a
 * price label, which are rows of their own); `unitPrice` the row's unit price now (`unitPriceNow`),
 * undefined when the engine could not price the basket. A row's scans share their unit price and override
 * (`screen/receipt-rows.ts` joins no others), so the price before is the first scan's: what it was
 * before any override, else the unit price now.
 */
export function rowOverride(row: readonly BasketLine[], unitPrice: number | undefined, input: OverrideInput, tendered: boolean): RowOverride {
  const refusal = overrideRefusal(row[0], tendered);
  if (refusal !== undefined) return { ok: false, message: refusal };
  if (unitPrice === undefined) return { ok: false, message: UNPRICED };
  const checked = checkOverride(input, row[0]!.override?.was ?? unitPrice, unitPrice);
  if (!checked.ok) return checked;
  return { ok: true, override: checked.override, lineIds: row.map((line) => line.id), units: row.reduce((sum, line) => sum + line.quantity, 0), current: unitPrice };
}

/** A row as the override's approval and notice name it: "Granola" for one unit, "Granola × 3" for more. */
export const rowName = (name: string, units: number): string => (units > 1 ? `${name} × ${units}` : name);

/** A line's override as the sale records it: the receipt line's index and the override. */
export type LineOverride = PriceOverride & { readonly line: number };

/** The sale's overrides, by receipt line index (the basket's order is the receipt's). */
export function overridesOf(lines: readonly BasketLine[]): LineOverride[] {
  return lines.flatMap((line, index) => (line.override === undefined ? [] : [{ line: index, ...line.override }]));
}
