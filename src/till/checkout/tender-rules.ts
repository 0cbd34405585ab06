import type { Receipt } from '../../pricing';
import type { PriceOverride } from '../../ui/price-override';
import type { LineVoid } from '../../ui/line-void';

export type TenderKind = 'cash' | 'card';

/** Money handed over: cash or a card payment, in minor units. */
export interface Tender {
  readonly id: number;
  readonly kind: TenderKind;
  readonly amount: number;
}

/** Where the payment stands against the total, all in minor units. */
export interface TenderSummary {
  readonly paid: number;
  /** Still to pay; zero once the tenders cover the total. */
  readonly owed: number;
  /** Cash to hand back. Only cash gives change. */
  readonly change: number;
  /**
   * Card money above the total. Cards are never taken above what is owed, but the total can fall
   * afterwards (a line voided mid-payment); the card must then be refunded before completing.
   */
  readonly cardOverpaid: number;
}

export type TenderResult = { readonly ok: true; readonly tenders: readonly Tender[] } | { readonly ok: false; readonly message: string };

export type CompletionCheck = { readonly ok: true; readonly change: number } | { readonly ok: false; readonly message: string };

/** A sale as it was paid: the snapshot the receipt view prints and the journal will keep. */
export interface CompletedSale {
  readonly saleId: string;
  /** Rises by one per completed sale, without gaps. */
  readonly receiptNumber: number;
  /** When the sale completed (ISO 8601 instant). */
  readonly completedAt: string;
  /** The book's `name`, printed at the top of the receipt. */
  readonly storeName: string;
  readonly receipt: Receipt;
  /** Lines whose price was set by hand, by receipt line index: the receipt shows them. */
  readonly overrides?: readonly (PriceOverride & { readonly line: number })[];
  /** Lines voided once money was in: the receipt lists them with who approved. */
  readonly lineVoids?: readonly LineVoid[];
  readonly tenders: readonly Tender[];
  /** Cash handed back, in minor units. */
  readonly change: number;
  /** The till that recorded it (printed on the receipt), when known. */
  readonly tillId?: string;
  /** Who served the customer (printed on the receipt), when someone was signed in. */
  readonly operator?: string;
}

const sumOf = (tenders: readonly Tender[], kind?: TenderKind) =>
  tenders.reduce((sum, t) => (kind === undefined || t.kind === kind ? sum + t.amount : sum), 0);

/** Paid, owed, change and any card overpayment for a total and the tenders taken so far. */
export function summarizeTenders(total: number, tenders: readonly Tender[]): TenderSummary {
  const paid = sumOf(tenders);
  const over = Math.max(0, paid - total);
  const change = Math.min(over, sumOf(tenders, 'cash'));
  return { paid, owed: Math.max(0, total - paid), change, cardOverpaid: over - change };
}

/**
 * Adds a tender, or says why not: the amount must be a positive whole number of minor units,
 * something must be owed, and a card never pays more than is owed (a card gives no change).
 */
export function addTender(total: number, tenders: readonly Tender[], tender: Tender, format: (amount: number) => string): TenderResult {
  if (!Number.isSafeInteger(tender.amount) || tender.amount <= 0) return { ok: false, message: 'Enter an amount above zero' };
  const { owed } = summarizeTenders(total, tenders);
  if (owed === 0) return { ok: false, message: 'Nothing is owed: complete the sale' };
  if (tender.kind === 'card' && tender.amount > owed) {
    return { ok: false, message: `A card payment can't be more than the ${format(owed)} owed (cards give no change)` };
  }
  return { ok: true, tenders: [...tenders, tender] };
}

/** Cash above this, in minor units, is confirmed before it is taken: £500 in pounds and pence. */
export const CONFIRM_CASH_ABOVE = 50_000;
/** Cash above this many times what is owed is confirmed: a slip of a digit or two (£200 for £2.00). */
export const CONFIRM_CASH_TIMES_OWED = 20;

/** Why a cash amount must be confirmed before it is taken. */
export type CashCaution = { readonly reason: 'over-limit'; readonly limit: number } | { readonly reason: 'times-owed'; readonly owed: number; readonly times: number };

/**
 * Whether a cash tender is large enough to confirm first: above {@link CONFIRM_CASH_ABOVE}, or above
 * {@link CONFIRM_CASH_TIMES_OWED} times what is owed. Either is more often a typing slip (an extra
 * zero, pence typed as pounds) than money in the customer's hand, and the change would come out of
 * the drawer. Cards never need it: a card is never taken above what is owed.
 */
export function cashCaution(owed: number, amount: number): CashCaution | undefined {
  if (amount > CONFIRM_CASH_ABOVE) return { reason: 'over-limit', limit: CONFIRM_CASH_ABOVE };
  if (owed > 0 && amount > owed * CONFIRM_CASH_TIMES_OWED) return { reason: 'times-owed', owed, times: CONFIRM_CASH_TIMES_OWED };
  return undefined;
}

/** Removes a tender taken by mistake. */
export function removeTender(tenders: readonly Tender[], id: number): readonly Tender[] {
  return tenders.filter((t) => t.id !== id);
}

/** Whether a sale may complete: something sold, nothing owed, no card money to refund. */
export function checkCompletion(total: number, lineCount: number, tenders: readonly Tender[], format: (amount: number) => string): CompletionCheck {
  if (lineCount === 0) return { ok: false, message: 'The basket is empty: scan an item first' };
  const { owed, change, cardOverpaid } = summarizeTenders(total, tenders);
  if (owed > 0) return { ok: false, message: `${format(owed)} is still owed` };
  if (cardOverpaid > 0) return { ok: false, message: `Card payments are ${format(cardOverpaid)} over the total: remove a card payment` };
  return { ok: true, change };
}

/** Banknotes offered as quick cash amounts, in major units (5, 10, 20, 50 of the currency). */
const NOTES = [5, 10, 20, 50];

/**
 * Quick cash amounts for what is owed: the exact amount, then up to three amounts a customer
 * plausibly hands over, each `owed` rounded up to the next multiple of a banknote, distinct and above `owed`.
 *
 * @param fractionDigits - The currency's minor-unit digits (2 for GBP), to scale the notes.
 */
export function quickCashAmounts(owed: number, fractionDigits: number): number[] {
  if (owed <= 0) return [];
  const scale = 10 ** fractionDigits;
  const rounded = NOTES.map((note) => Math.ceil(owed / (note * scale)) * note * scale).filter((amount) => amount > owed);
  return [owed, ...[...new Set(rounded)].sort((a, b) => a - b).slice(0, 3)];
}

/**
 * Reads a typed amount in major units ("20", "4.5", "13.40") as minor units; `undefined` when it
 * is not an amount. Integer arithmetic on the digits: "0.29" is 29, never 28.999….
 */
export function parseAmount(text: string, fractionDigits: number): number | undefined {
  const match = /^(\d{1,7})(?:[.,](\d*))?$/.exec(text.trim());
  if (match === null) return undefined;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > fractionDigits) return undefined;
  const minor = Number(whole) * 10 ** fractionDigits + Number(fraction.padEnd(fractionDigits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** The payment side of the sale in progress: its id, tenders taken, and the completed sale once paid. */
export interface Checkout {
  readonly saleId: string;
  readonly tenders: readonly Tender[];
  readonly nextTenderId: number;
  /** Set once the sale completes; the receipt view shows it until the next sale starts. */
  readonly completed: CompletedSale | null;
}

/** A new sale's checkout. */
export function openCheckout(saleId: string): Checkout {
  return { saleId, tenders: [], nextTenderId: 1, completed: null };
}

/**
 * Records the sale as completed. Idempotent: a sale already completed, or a snapshot of another
 * sale, leaves the checkout as it is, so a double tap completes once.
 */
export function completeSale(checkout: Checkout, sale: CompletedSale): Checkout {
  if (checkout.completed !== null || sale.saleId !== checkout.saleId) return checkout;
  return { ...checkout, completed: sale };
}

/** Reads a stored checkout; anything unreadable starts a fresh sale. */
export function sanitizeCheckout(stored: unknown, freshSaleId: () => string): Checkout {
  if (typeof stored !== 'object' || stored === null) return openCheckout(freshSaleId());
  const s = stored as Partial<Record<keyof Checkout, unknown>>;
  if (typeof s.saleId !== 'string' || s.saleId === '') return openCheckout(freshSaleId());
  const tenders = Array.isArray(s.tenders)
    ? (s.tenders as unknown[]).filter((t): t is Tender => {
        if (typeof t !== 'object' || t === null) return false;
        const { id, kind, amount } = t as Record<string, unknown>;
        return Number.isSafeInteger(id) && (kind === 'cash' || kind === 'card') && Number.isSafeInteger(amount) && (amount as number) > 0;
      })
    : [];
  const highest = tenders.reduce((max, t) => Math.max(max, t.id), 0);
  const next = typeof s.nextTenderId === 'number' && Number.isSafeInteger(s.nextTenderId) ? s.nextTenderId : 1;
  const completed = isCompletedSale(s.completed) && s.completed.saleId === s.saleId ? s.completed : null;
  return { saleId: s.saleId, tenders, nextTenderId: Math.max(next, highest + 1), completed };
}

/** A light shape check: the snapshot is the till's own, written by `completeSale`. */
function isCompletedSale(value: unknown): value is CompletedSale {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const receipt = v.receipt as Record<string, unknown> | null | undefined;
  return (
    typeof v.saleId === 'string' &&
    Number.isSafeInteger(v.receiptNumber) &&
    typeof v.completedAt === 'string' &&
    typeof v.storeName === 'string' &&
    Array.isArray(v.tenders) &&
    Number.isSafeInteger(v.change) &&
    typeof receipt === 'object' &&
    receipt !== null &&
    Array.isArray(receipt.lines) &&
    Array.isArray(receipt.discounts) &&
    Number.isSafeInteger(receipt.total)
  );
}
