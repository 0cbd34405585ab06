/**
 * Receipt numbers: one per completed sale, rising by one without gaps, and the same number again
 * for a sale already numbered, so a double-tapped "Complete sale" never uses two.
 */
export interface ReceiptNumbers {
  /** The last number given; 0 before the first sale. */
  readonly last: number;
  /** The most recent sales and their numbers, newest last (enough to recognise a repeat). */
  readonly recent: readonly { readonly saleId: string; readonly receiptNumber: number }[];
}

/** How many recent sales are remembered for repeats. A repeat only ever comes from the sale just completed. */
const REMEMBERED = 20;

export const noReceiptNumbers: ReceiptNumbers = { last: 0, recent: [] };

/** The receipt number for a sale: its existing one, or the next. */
export function assignReceiptNumber(state: ReceiptNumbers, saleId: string): { state: ReceiptNumbers; receiptNumber: number } {
  const known = state.recent.find((entry) => entry.saleId === saleId);
  if (known !== undefined) return { state, receiptNumber: known.receiptNumber };
  const receiptNumber = state.last + 1;
  return { state: { last: receiptNumber, recent: [...state.recent, { saleId, receiptNumber }].slice(-REMEMBERED) }, receiptNumber };
}

/** Reads stored receipt numbers; anything unreadable keeps the count at zero rather than crash the till. */
export function sanitizeReceiptNumbers(stored: unknown): ReceiptNumbers {
  if (typeof stored !== 'object' || stored === null) return noReceiptNumbers;
  const { last, recent } = stored as { last?: unknown; recent?: unknown };
  if (typeof last !== 'number' || !Number.isSafeInteger(last) || last < 0) return noReceiptNumbers;
  const entries = Array.isArray(recent)
    ? (recent as unknown[]).filter(
        (e): e is { saleId: string; receiptNumber: number } =>
          typeof e === 'object' && e !== null && typeof (e as { saleId?: unknown }).saleId === 'string' && Number.isSafeInteger((e as { receiptNumber?: unknown }).receiptNumber),
      )
    : [];
  return { last, recent: entries.map(({ saleId, receiptNumber }) => ({ saleId, receiptNumber })).slice(-REMEMBERED) };
}
