import type { BasketItem } from '../../pricing';

/**
 * One line of the basket: what was scanned or tapped, nothing derived. Prices, discounts and totals
 * come from the engine on every change.
 */
export interface BasketLine {
  /** Stable id for selecting, voiding and undoing; rises with every line added, never reused within a sale. */
  readonly id: number;
  readonly sku: string;
  /** Units of an `each` product; 1 for a weighed line. */
  readonly quantity: number;
  /** Net weight in grams, for a weighed product. */
  readonly grams?: number;
  /** Reduced-to-clear price of one unit in minor units, from a yellow label. */
  readonly reducedPrice?: number;
  /** Price of one unit in minor units from a price-embedded label, replacing the book price. */
  readonly price?: number;
}

/** What one scan or tap adds: a line without its id. */
export type ScannedItem = Omit<BasketLine, 'id'>;

/** The basket: lines in scan order, and the id the next line gets. */
export interface Basket {
  readonly lines: readonly BasketLine[];
  readonly nextLineId: number;
}

/** Most units one line may hold: a typo of 5000 instead of 5 should not sail through. */
export const MAX_QUANTITY = 999;

export const emptyBasket: Basket = { lines: [], nextLineId: 1 };

/** Adds a scanned item as a new line at the end. Every scan is its own line, so undo removes exactly one scan. */
export function addLine(basket: Basket, item: ScannedItem): Basket {
  const line: BasketLine = { ...item, id: basket.nextLineId };
  return { lines: [...basket.lines, line], nextLineId: basket.nextLineId + 1 };
}

/**
 * Changes a line's units by `delta`, keeping it between 1 and {@link MAX_QUANTITY}: a line at one
 * unit is voided explicitly, never by counting down. Weighed lines hold one weighed unit and do not change.
 */
export function changeQuantity(basket: Basket, lineId: number, delta: number): Basket {
  let changed = false;
  const lines = basket.lines.map((line) => {
    if (line.id !== lineId || line.grams !== undefined) return line;
    const quantity = Math.min(MAX_QUANTITY, Math.max(1, line.quantity + delta));
    if (quantity === line.quantity) return line;
    changed = true;
    return { ...line, quantity };
  });
  return changed ? { ...basket, lines } : basket;
}

/** Removes one line. */
export function voidLine(basket: Basket, lineId: number): Basket {
  const lines = basket.lines.filter((line) => line.id !== lineId);
  return lines.length === basket.lines.length ? basket : { ...basket, lines };
}

/** Removes the most recently added line still in the basket. */
export function undoLastScan(basket: Basket): Basket {
  const last = basket.lines.reduce<BasketLine | undefined>((latest, line) => (latest === undefined || line.id > latest.id ? line : latest), undefined);
  return last === undefined ? basket : voidLine(basket, last.id);
}

/** The lines as the engine's basket items, in scan order. */
export function toBasketItems(lines: readonly BasketLine[]): BasketItem[] {
  return lines.map(({ sku, quantity, grams, reducedPrice, price }) => ({
    sku,
    quantity,
    ...(grams !== undefined ? { grams } : {}),
    ...(reducedPrice !== undefined ? { reducedPrice } : {}),
    ...(price !== undefined ? { price } : {}),
  }));
}

/** Units in the basket, as the customer would count them: a weighed line is one item. */
export function countItems(lines: readonly BasketLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/**
 * Reads a basket back from storage, keeping only well-formed lines. Storage is outside the
 * program's control (an old version, a hand edit), so nothing is trusted.
 */
export function sanitizeBasket(stored: unknown): Basket {
  if (typeof stored !== 'object' || stored === null) return emptyBasket;
  const { lines, nextLineId } = stored as { lines?: unknown; nextLineId?: unknown };
  if (!Array.isArray(lines)) return emptyBasket;
  const kept: BasketLine[] = [];
  const seen = new Set<number>();
  for (const raw of lines as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const l = raw as Record<string, unknown>;
    if (!isWhole(l.id, 1) || seen.has(l.id) || typeof l.sku !== 'string' || l.sku === '' || !isWhole(l.quantity, 1)) continue;
    if (l.grams !== undefined && !isWhole(l.grams, 1)) continue;
    if (l.reducedPrice !== undefined && !isWhole(l.reducedPrice, 0)) continue;
    if (l.price !== undefined && !isWhole(l.price, 0)) continue;
    seen.add(l.id);
    kept.push({
      id: l.id,
      sku: l.sku,
      quantity: Math.min(l.quantity, MAX_QUANTITY),
      ...(l.grams !== undefined ? { grams: l.grams } : {}),
      ...(l.reducedPrice !== undefined ? { reducedPrice: l.reducedPrice } : {}),
      ...(l.price !== undefined ? { price: l.price } : {}),
    });
  }
  const highest = kept.reduce((max, line) => Math.max(max, line.id), 0);
  return { lines: kept, nextLineId: Math.max(highest + 1, isWhole(nextLineId, 1) ? nextLineId : 1) };
}
