import { MAX_QUANTITY } from '../basket/basket-rules';

/**
 * Most units one scan adds without asking. A quantity is typed before the scan (3 ×), so a slip
 * (60 for 6, a digit typed twice) would sell dozens of an item unnoticed; above this the cashier
 * confirms. Fifty is more than any household shop takes of one item and less than a trade order.
 */
export const CONFIRM_QUANTITY_ABOVE = 50;

export type QuantityReading = { readonly ok: true; readonly quantity: number } | { readonly ok: false; readonly message: string };

/**
 * Reads what was typed before × as a number of units: a whole number from 1 to
 * {@link MAX_QUANTITY}. A minus sign or a fraction is refused with its own reason, never read
 * as something else (a minus dropped, a fraction glued onto the next scan).
 */
export function readQuantity(typed: string): QuantityReading {
  const text = typed.trim();
  const range = `type how many (1 to ${MAX_QUANTITY}), then ×`;
  if (/^[-−]/.test(text)) return { ok: false, message: `A quantity can't be negative: ${range}. To take items off, select the line and press − or Void line` };
  if (/^\d*[.,]\d*$/.test(text) && /\d/.test(text)) return { ok: false, message: `${text} is not a whole number of items: ${range}. Weighed goods are weighed, not multiplied` };
  if (!/^\d+$/.test(text)) return { ok: false, message: `“${text}” is not a quantity: ${range}` };
  const quantity = Number(text);
  if (quantity < 1 || quantity > MAX_QUANTITY) return { ok: false, message: `A quantity is from 1 to ${MAX_QUANTITY}` };
  return { ok: true, quantity };
}

/** Whether a scan of `quantity` units must be confirmed first. */
export const quantityNeedsConfirming = (quantity: number): boolean => quantity > CONFIRM_QUANTITY_ABOVE;
