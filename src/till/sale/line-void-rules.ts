import type { ReceiptLine } from '../../pricing';
import type { LineVoid, StaffName } from '../../ui/line-void';
import type { BasketLine } from '../basket/basket-rules';

/** What the void of a line is recorded from: the line, as the engine priced it, and who approved. */
export interface LineVoidParts {
  readonly line: BasketLine;
  /** What the engine priced it at before discounts (the receipt line's, or a row's lines' summed), in minor units. */
  readonly priced: Pick<ReceiptLine, 'price'> | { readonly price: number } | undefined;
  /** The product's name (the SKU when the book has none for it). */
  readonly name: string;
  /** Whether money was in when it was voided: only then is the void kept. */
  readonly tendered: boolean;
  /** The supervisor who approved on the spot, if one had to. */
  readonly approver: StaffName | undefined;
  /** When (ISO 8601 instant). */
  readonly at: string;
}

/**
 * The record a line void leaves on the sale: one once money was in (a supervisor's action, kept
 * with who approved), none before (an ordinary correction). The amount is the line's price before
 * discounts as the engine priced it; a basket the engine could not price has taken no money, so a
 * line of it is never voided after a tender, and records 0 should it happen.
 */
export function lineVoidOf({ line, priced, name, tendered, approver, at }: LineVoidParts): LineVoid | undefined {
  if (!tendered) return undefined;
  return {
    sku: line.sku,
    name,
    quantity: line.quantity,
    ...(line.grams === undefined ? {} : { grams: line.grams }),
    amount: priced?.price ?? 0,
    ...(approver === undefined ? {} : { approver: { id: approver.id, name: approver.name } }),
    at,
  };
}
