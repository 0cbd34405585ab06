/** Why a supervisor set a line's price by hand: a short, fixed list (and free text for "other"). */
export type OverrideReason = 'damaged' | 'price-match' | 'wrong-label' | 'other';

/** The reasons in the order the dialog offers them, with their words on receipts. */
export const OVERRIDE_REASONS: readonly { readonly value: OverrideReason; readonly label: string }[] = [
  { value: 'damaged', label: 'damaged' },
  { value: 'price-match', label: 'price match' },
  { value: 'wrong-label', label: 'wrong label' },
  { value: 'other', label: 'other' },
];

/** Longest free-text reason: it prints on a 42-column till roll in a line or two. */
export const MAX_OVERRIDE_NOTE = 60;

/** A line's price set by hand: what the till keeps on the line, the sale records and receipts print. */
export interface PriceOverride {
  /** The new unit price in minor units (for a weighed pack, the whole pack's). */
  readonly price: number;
  /** The unit price before the override, in minor units. */
  readonly was: number;
  readonly reason: OverrideReason;
  /** The reason in words, for "other". */
  readonly note?: string;
  /** Who approved it on the spot (absent when the operator's own role allowed it). */
  readonly approver?: { readonly id: string; readonly name: string };
}

/** The reason in words: the free text for "other", else the reason's label. */
export function overrideReasonText(override: Pick<PriceOverride, 'reason' | 'note'>): string {
  if (override.reason === 'other' && override.note !== undefined) return override.note;
  return OVERRIDE_REASONS.find((r) => r.value === override.reason)?.label ?? override.reason;
}

/** The line's note on every receipt: "Price override £1.00 (was £1.50): damaged". */
export function overrideText(override: PriceOverride, format: (amount: number) => string): string {
  return `Price override ${format(override.price)} (was ${format(override.was)}): ${overrideReasonText(override)}`;
}

/**
 * What two lines' overrides must share for the lines to show as one row ("3 × £2.50"): everything
 * the override records (price, price before, reason, words, approver), '' for no override. Scans
 * overridden together share it; an override set apart (another price, reason or approval) does not.
 */
export function overrideKey(override: PriceOverride | undefined): string {
  if (override === undefined) return '';
  return JSON.stringify([override.price, override.was, override.reason, override.note ?? null, override.approver?.id ?? null]);
}
