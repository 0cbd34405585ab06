import { emptyBasket, sanitizeBasket, type Basket } from '../basket/basket-rules';
import { openCheckout, sanitizeCheckout, type Checkout } from '../checkout/tender-rules';

/**
 * The sale in progress: what was scanned and how it is being paid. It is saved as one record, so
 * a crash never leaves the basket of one moment beside the tenders of another.
 */
export interface SaleInProgress {
  readonly basket: Basket;
  readonly checkout: Checkout;
}

/** A new, empty sale with the given id. */
export function freshSale(saleId: string): SaleInProgress {
  return { basket: emptyBasket, checkout: openCheckout(saleId) };
}

/** The record kept for the sale in progress: bump `version` with every change of shape. */
export interface SavedSale {
  readonly version: 1;
  readonly basket: Basket;
  readonly checkout: Checkout;
}

/** What is saved for a sale in progress: data only, and not the undo history (not worth a reload). */
export function toSavedSale({ basket, checkout }: SaleInProgress): SavedSale {
  const { undo: _undo, ...kept } = basket;
  return { version: 1, basket: kept, checkout };
}

/**
 * Reads a saved sale back. Storage is outside the program's control (an older version, a hand
 * edit), so nothing is trusted: each part goes through its own sanitizer, and anything unreadable
 * becomes a fresh sale.
 */
export function readSavedSale(stored: unknown, freshSaleId: () => string): SaleInProgress {
  if (typeof stored !== 'object' || stored === null) return freshSale(freshSaleId());
  const { basket, checkout } = stored as { basket?: unknown; checkout?: unknown };
  return { basket: sanitizeBasket(basket), checkout: sanitizeCheckout(checkout, freshSaleId) };
}

/** Where earlier versions kept the sale in progress (Zustand's `persist` in localStorage). */
export const LEGACY_KEYS = { basket: 'till.basket', checkout: 'till.checkout' } as const;

/**
 * Reads a sale kept by an earlier version in localStorage (`{ state, version }` JSON per store),
 * or undefined when there is none. An upgrade must not lose the sale on screen.
 */
export function readLegacySale(basketJson: string | null, checkoutJson: string | null, freshSaleId: () => string): SaleInProgress | undefined {
  if (basketJson === null && checkoutJson === null) return undefined;
  const state = (json: string | null): unknown => {
    try {
      return (JSON.parse(json ?? 'null') as { state?: unknown } | null)?.state;
    } catch {
      return undefined;
    }
  };
  return { basket: sanitizeBasket(state(basketJson)), checkout: sanitizeCheckout(state(checkoutJson), freshSaleId) };
}
