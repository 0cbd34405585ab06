import { money, priceByWeight, type Money } from './money';
import type { PriceBook, Product } from './schema';

/**
 * One scan as the engine sees it: a product and how much of it. The basket is a list of these in
 * scan order; the till's store holds exactly this and nothing derived.
 */
export interface BasketItem {
  /** The product's SKU. */
  readonly sku: string;
  /** Units of an `each` product (default 1). */
  readonly quantity?: number;
  /** Net weight in grams, for a weighed (`kg`) product: required unless a label gives its `price`. */
  readonly grams?: number;
  /** Reduced-to-clear price of one unit, in minor units (a yellow label). */
  readonly reducedPrice?: number;
  /** Full price of one unit from a price-embedded label, in minor units, replacing the book price. */
  readonly price?: number;
}

/** Why a basket item cannot be priced. Business outcomes are data, not exceptions. */
export type BasketProblem =
  | { readonly kind: 'unknown-sku'; readonly item: number; readonly sku: string; readonly message: string }
  | { readonly kind: 'missing-grams'; readonly item: number; readonly sku: string; readonly message: string }
  | { readonly kind: 'invalid-amount'; readonly item: number; readonly sku: string; readonly message: string };

/** A priced receipt line before offers: one per basket item. */
export interface PricedLine {
  /** Position of the item in the basket (scan order). */
  readonly index: number;
  readonly product: Product;
  /** Units (each) or 1 (a weighed line is one unit). */
  readonly quantity: number;
  /** Grams for a weighed line. */
  readonly grams?: number;
  /** Price per kilogram a weighed line was priced at (absent when a price label set its price). */
  readonly pricePerKg?: Money;
  /** Full price of one unit (for weighed lines, of the whole line). */
  readonly unitPrice: Money;
  /** Full price of the line: unitPrice × quantity. */
  readonly price: Money;
  /** Reduced-to-clear price of one unit, when labelled and lower than the full price. */
  readonly reducedPrice?: Money;
}

const isWhole = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;

/**
 * A book's products by SKU. The book's pricing context (`pricing-context.ts`) builds it once, not
 * on every scan of a thousand-product book.
 */
export function productsBySku(book: PriceBook): ReadonlyMap<string, Product> {
  return new Map(book.products.map((p) => [p.sku, p]));
}

/**
 * Resolves basket items against a book into priced lines, or reports every item that cannot be
 * priced. Weighed lines are priced from grams here, rounded half up once per line.
 */
export function priceLines(
  book: PriceBook,
  items: readonly BasketItem[],
  bySku: ReadonlyMap<string, Product> = productsBySku(book),
): { ok: true; lines: PricedLine[] } | { ok: false; problems: BasketProblem[] } {
  const lines: PricedLine[] = [];
  const problems: BasketProblem[] = [];
  // A plain loop with no closure per item: this runs on every scan, over the whole basket.
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const product = bySku.get(item.sku);
    const problem = product === undefined ? ({ kind: 'unknown-sku', message: `No product has SKU "${item.sku}"` } as const) : checkItem(product, item);
    if (problem !== undefined) {
      problems.push({ kind: problem.kind, item: index, sku: item.sku, message: problem.message });
      continue;
    }
    if (problems.length > 0) continue;
    const p = product!;
    let line: PricedLine;
    if (p.unit === 'kg') {
      // checkItem saw to it that a weighed line has grams, a label price, or both.
      const full = money(item.price ?? priceByWeight(p.price, item.grams!));
      line =
        item.price === undefined
          ? { index, product: p, quantity: 1, grams: item.grams!, pricePerKg: p.price, unitPrice: full, price: full }
          : item.grams === undefined
            ? { index, product: p, quantity: 1, unitPrice: full, price: full }
            : { index, product: p, quantity: 1, grams: item.grams, unitPrice: full, price: full };
    } else {
      const quantity = item.quantity ?? 1;
      const unitPrice = money(item.price ?? p.price);
      line = { index, product: p, quantity, unitPrice, price: money(unitPrice * quantity) };
    }
    lines.push(withReduced(line, item));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}

/** Why an item of a known product cannot be priced, if it cannot. */
function checkItem(product: Product, item: BasketItem): { kind: BasketProblem['kind']; message: string } | undefined {
  if (item.price !== undefined && !isWhole(item.price, 0)) return invalid(`The label price of ${product.name} must be a whole number of minor units`);
  if (item.reducedPrice !== undefined && !isWhole(item.reducedPrice, 0)) return invalid(`The reduced price of ${product.name} must be a whole number of minor units`);
  if (product.unit === 'kg') {
    // A price-embedded label on a weighed pack (a deli counter's, say) prices it without a weight.
    if (item.grams === undefined && item.price === undefined) return { kind: 'missing-grams', message: `${product.name} is sold by weight: give its weight in grams (or the price on its label)` };
    if (item.grams !== undefined && !isWhole(item.grams, 1)) return invalid(`The weight of ${product.name} must be a whole number of grams above zero`);
    if (item.quantity !== undefined && item.quantity !== 1) return invalid(`${product.name} is sold by weight: scan each weighed pack as its own line`);
    return undefined;
  }
  if (item.grams !== undefined) return invalid(`${product.name} is sold by the unit, not by weight`);
  if (!isWhole(item.quantity ?? 1, 1)) return invalid(`The quantity of ${product.name} must be a whole number of at least 1`);
  return undefined;
}

function invalid(message: string): { kind: 'invalid-amount'; message: string } {
  return { kind: 'invalid-amount', message };
}

function withReduced(line: PricedLine, item: BasketItem): PricedLine {
  // A "reduced" price at or above the full price reduces nothing: the unit is simply full price.
  if (item.reducedPrice === undefined || item.reducedPrice >= line.unitPrice) return line;
  return { ...line, reducedPrice: money(item.reducedPrice) };
}
