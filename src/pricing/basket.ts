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
  /** Net weight in grams, for a weighed (`kg`) product. */
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

/** Products by SKU, per (immutable) book: built once, not on every scan of a thousand-product book. */
const productMaps = new WeakMap<PriceBook, ReadonlyMap<string, Product>>();

function productsOf(book: PriceBook): ReadonlyMap<string, Product> {
  let bySku = productMaps.get(book);
  if (bySku === undefined) {
    bySku = new Map(book.products.map((p) => [p.sku, p]));
    productMaps.set(book, bySku);
  }
  return bySku;
}

/**
 * Resolves basket items against a book into priced lines, or reports every item that cannot be
 * priced. Weighed lines are priced from grams here, rounded half up once per line.
 */
export function priceLines(
  book: PriceBook,
  items: readonly BasketItem[],
): { ok: true; lines: PricedLine[] } | { ok: false; problems: BasketProblem[] } {
  const bySku = productsOf(book);
  const lines: PricedLine[] = [];
  const problems: BasketProblem[] = [];
  items.forEach((item, index) => {
    const product = bySku.get(item.sku);
    const fail = (kind: BasketProblem['kind'], message: string) =>
      problems.push({ kind, item: index, sku: item.sku, message });
    if (product === undefined) {
      fail('unknown-sku', `No product has SKU "${item.sku}"`);
      return;
    }
    if (item.price !== undefined && !isWhole(item.price, 0)) {
      fail('invalid-amount', `The label price of ${product.name} must be a whole number of minor units`);
      return;
    }
    if (item.reducedPrice !== undefined && !isWhole(item.reducedPrice, 0)) {
      fail('invalid-amount', `The reduced price of ${product.name} must be a whole number of minor units`);
      return;
    }
    if (product.unit === 'kg') {
      if (item.grams === undefined) {
        fail('missing-grams', `${product.name} is sold by weight: give its weight in grams`);
        return;
      }
      if (!isWhole(item.grams, 1)) {
        fail('invalid-amount', `The weight of ${product.name} must be a whole number of grams above zero`);
        return;
      }
      if (item.quantity !== undefined && item.quantity !== 1) {
        fail('invalid-amount', `${product.name} is sold by weight: scan each weighed pack as its own line`);
        return;
      }
      const full = money(item.price ?? priceByWeight(product.price, item.grams));
      const rate = item.price === undefined ? { pricePerKg: product.price } : {};
      lines.push(withReduced({ index, product, quantity: 1, grams: item.grams, ...rate, unitPrice: full, price: full }, item));
      return;
    }
    if (item.grams !== undefined) {
      fail('invalid-amount', `${product.name} is sold by the unit, not by weight`);
      return;
    }
    const quantity = item.quantity ?? 1;
    if (!isWhole(quantity, 1)) {
      fail('invalid-amount', `The quantity of ${product.name} must be a whole number of at least 1`);
      return;
    }
    const unitPrice = money(item.price ?? product.price);
    lines.push(withReduced({ index, product, quantity, unitPrice, price: money(unitPrice * quantity) }, item));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}

function withReduced(line: PricedLine, item: BasketItem): PricedLine {
  // A "reduced" price at or above the full price reduces nothing: the unit is simply full price.
  if (item.reducedPrice === undefined || item.reducedPrice >= line.unitPrice) return line;
  return { ...line, reducedPrice: money(item.reducedPrice) };
}
