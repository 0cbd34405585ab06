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

/** A line's override as the sale records it: the receipt line's index and the override. */
export type LineOverride = PriceOverride & { readonly line: number };

/** The sale's overrides, by receipt line index (the basket's order is the receipt's). */
export function overridesOf(lines: readonly BasketLine[]): LineOverride[] {
  return lines.flatMap((line, index) => (line.override === undefined ? [] : [{ line: index, ...line.override }]));
}
