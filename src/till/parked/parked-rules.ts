import { clearBasket, sanitizeBasket, type Basket } from '../basket/basket-rules';
import { openCheckout } from '../checkout/tender-rules';
import { freshSale, type SaleInProgress } from '../sale/sale-state';

/** Who parked a sale, as the app's staff store names them. */
export interface ParkedBy {
  readonly id: string;
  readonly name: string;
}

/**
 * A sale set aside (the customer went back for something) while the till serves the next one. It
 * keeps the basket as scanned (lines, age checks) and never money: a tendered sale cannot be parked.
 * `total` is what it came to when parked, in minor units of `currency`; on recall the basket is
 * priced again with the book of the day, and the cashier is told if that moved the total.
 */
export interface ParkedSale {
  /** The sale's id: it carries on as the same sale once recalled. */
  readonly id: string;
  /** When it was parked (ISO 8601 instant). */
  readonly parkedAt: string;
  /** Who parked it, when someone was signed in (the app adds it). */
  readonly operator?: ParkedBy | undefined;
  readonly basket: Basket;
  /** The total when parked, in minor units. */
  readonly total: number;
  /** ISO 4217 code of `total`. */
  readonly currency: string;
}

/** The record kept for a parked sale: bump `version` with every change of shape. */
export interface SavedParkedSale extends Omit<ParkedSale, 'id'> {
  readonly version: 1;
}

/** What the cashier may not park, in words: or undefined when the sale may be parked. */
export function parkRefusal(sale: SaleInProgress): string | undefined {
  if (sale.checkout.completed !== null) return 'The sale is complete: there is nothing to park';
  if (sale.checkout.tenders.length > 0) return 'Money has been taken for this sale: finish it, or remove the payments in Pay, before parking it';
  if (sale.basket.lines.length === 0) return 'The basket is empty: there is nothing to park';
  return undefined;
}

/** Why a parked sale may not come back onto the till now, or undefined when it may. */
export function recallRefusal(sale: SaleInProgress): string | undefined {
  if (sale.checkout.tenders.length > 0 || (sale.checkout.completed === null && sale.basket.lines.length > 0)) {
    return 'The till has a sale on it: park it, finish it or void it first, then recall';
  }
  return undefined;
}

/**
 * The till after parking `sale`: a new, empty sale whose line ids keep rising. The undo history
 * goes (not worth a reload, and no undo may reach into the parked customer's basket).
 */
export function afterParking(sale: SaleInProgress, newSaleId: string): SaleInProgress {
  return { ...freshSale(newSaleId), basket: clearBasket(sale.basket) };
}

/** The parked record of `sale` (see {@link parkRefusal} first). */
export function toParkedSale(sale: SaleInProgress, details: { readonly parkedAt: string; readonly total: number; readonly currency: string }): SavedParkedSale {
  const { undo: _undo, ...basket } = sale.basket;
  return { version: 1, parkedAt: details.parkedAt, basket, total: details.total, currency: details.currency };
}

/**
 * The sale in progress once `parked` is recalled: its basket (line ids rising past those already
 * used on this till), no undo history, no tenders, under its own sale id.
 */
export function recalledSale(parked: ParkedSale, current: SaleInProgress): SaleInProgress {
  const nextLineId = Math.max(parked.basket.nextLineId, current.basket.nextLineId);
  return { basket: { ...parked.basket, nextLineId, undo: [] }, checkout: openCheckout(parked.id) };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isMoney = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * Reads a parked sale back, or undefined when it is unreadable or empty. Storage is outside the
 * program's control, so nothing is trusted: the basket goes through its own sanitizer.
 */
export function readParkedSale(id: string, stored: unknown): ParkedSale | undefined {
  if (!isText(id) || typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Partial<Record<keyof SavedParkedSale, unknown>>;
  const basket = sanitizeBasket(s.basket);
  if (basket.lines.length === 0 || !isText(s.parkedAt) || Number.isNaN(Date.parse(s.parkedAt)) || !isMoney(s.total) || !isText(s.currency)) return undefined;
  const by = s.operator as Partial<ParkedBy> | undefined;
  const operator = by !== undefined && by !== null && isText(by.id) && isText(by.name) ? { id: by.id, name: by.name } : undefined;
  return { id, parkedAt: s.parkedAt, basket, total: s.total, currency: s.currency, ...(operator === undefined ? {} : { operator }) };
}

/** Parked sales in the order the list shows them: longest waiting first (ties by id, for a stable list). */
export function parkedInOrder(sales: readonly ParkedSale[]): ParkedSale[] {
  return [...sales].sort((a, b) => a.parkedAt.localeCompare(b.parkedAt) || a.id.localeCompare(b.id));
}

/** The notice when a recalled sale prices differently from when it was parked, or undefined when it does not. */
export function recallPriceNotice(parkedTotal: number, total: number, format: (amount: number) => string): string | undefined {
  return parkedTotal === total ? undefined : `Prices changed since it was parked: ${format(parkedTotal)} → ${format(total)}`;
}
