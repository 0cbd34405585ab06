/** Someone on the till's staff as receipts and the journal name them. */
export interface StaffName {
  readonly id: string;
  readonly name: string;
}

/**
 * A line voided once money was in for the sale (a supervisor's action, `staff/permissions.ts`):
 * what the till keeps with the sale, the sale records and receipts print. Voids before a tender
 * are ordinary corrections and are not kept.
 */
export interface LineVoid {
  readonly sku: string;
  /** The product's name when it was voided. */
  readonly name: string;
  /** Units on the line; 1 for a weighed line. */
  readonly quantity: number;
  /** A weighed line's weight in grams. */
  readonly grams?: number;
  /** What the line came to when it was voided (its price before discounts), in minor units. */
  readonly amount: number;
  /** Who approved it on the spot (absent when the operator's own role allowed it). */
  readonly approver?: StaffName;
  /** When it was voided (ISO 8601 instant). */
  readonly at: string;
}

/** The void as receipts print it: "Voided after payment: B × 2 £0.60, approved by Sam". */
export function lineVoidText(voided: LineVoid, format: (amount: number) => string): string {
  const what = voided.quantity > 1 ? `${voided.name} × ${voided.quantity}` : voided.name;
  return `Voided after payment: ${what} ${format(voided.amount)}${voided.approver === undefined ? '' : `, approved by ${voided.approver.name}`}`;
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/** Reads one stored line void back, or undefined when it is not well formed (storage is outside the program's control). */
export function sanitizeLineVoid(stored: unknown): LineVoid | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const v = stored as Record<string, unknown>;
  if (typeof v.sku !== 'string' || v.sku === '' || typeof v.name !== 'string' || !isWhole(v.quantity, 1) || !isWhole(v.amount, 0) || typeof v.at !== 'string') return undefined;
  if (v.grams !== undefined && !isWhole(v.grams, 1)) return undefined;
  const a = v.approver as { id?: unknown; name?: unknown } | null | undefined;
  const approver = typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.name === 'string' ? { id: a.id, name: a.name } : undefined;
  return { sku: v.sku, name: v.name, quantity: v.quantity, ...(v.grams === undefined ? {} : { grams: v.grams }), amount: v.amount, ...(approver === undefined ? {} : { approver }), at: v.at };
}
