import type { BasketLine, JsonPriceBook, JsonProduct, JsonTargets } from './price-book-json';
import type { Rng } from './random-store-rng';

// What the tiny and the realistic stores share: the sizes, the pricing date, and the money rules
// both draw their offers with.

/**
 * How big a store to make. `'tiny'` instances are small enough for the exact oracle; the lettered
 * sizes are realistic stores for the benchmark:
 *
 * | size | basket units | offers | products |
 * |------|--------------|--------|----------|
 * | tiny | 2-12         | 1-5    | 3-8      |
 * | S    | 10           | 5      | 25       |
 * | M    | 50           | 20     | 100      |
 * | L    | 200          | 60     | 300      |
 * | XL   | 1000         | 200    | 1000     |
 */
export type StoreSize = 'tiny' | 'S' | 'M' | 'L' | 'XL';

/** A generated store: a plain JSON price book and a basket in scan order. */
export interface RandomStore {
  readonly book: JsonPriceBook;
  /** Lines in scan order (a fresh array each call: the caller may hand it on freely). */
  readonly basket: BasketLine[];
}

/**
 * The pricing date the generated validity windows are drawn around: some offers expire the day
 * before, some start the day after, some start or end on it (the bounds are inclusive).
 */
export const PRICING_DATE = '2026-06-15';

/** The day before and after {@link PRICING_DATE}: offers that expired, or have not started yet. */
export const DAY_BEFORE = '2026-06-14';
export const DAY_AFTER = '2026-06-16';

/** Full price of a basket line in minor units: weighed lines rounded half up once per line. */
export function linePrice(product: JsonProduct, line: BasketLine): number {
  if (product.unit === 'kg') return roundHalfUp(product.price * (line.grams ?? 0), 1000);
  return product.price * (line.quantity ?? 1);
}

export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function roundTo(amount: number, step: number): number {
  return Math.max(step, Math.round(amount / step) * step);
}

/**
 * Draws `count` integers in [lo, hi] not yet in `taken` (and adds them). When the range runs
 * short, which a big catalogue does in its cheap categories, it takes the next free value above.
 */
export function distinctInts(rng: Rng, count: number, lo: number, hi: number, taken = new Set<number>()): number[] {
  const out: number[] = [];
  while (out.length < count) {
    let v = rng.int(lo, hi);
    for (let tries = 0; taken.has(v) && tries < 8; tries++) v = rng.int(lo, hi);
    while (taken.has(v)) v += 1;
    taken.add(v);
    out.push(v);
  }
  return out;
}

export const matches = (targets: JsonTargets, product: JsonProduct): boolean =>
  (targets.products?.includes(product.sku) ?? false) ||
  (product.category !== undefined && (targets.categories?.includes(product.category) ?? false));

export const average = (values: readonly number[], fallback: number): number =>
  values.length === 0 ? fallback : values.reduce((a, b) => a + b, 0) / values.length;

/** Full price of the basket's units matching `targets` (the whole basket when it names nothing). */
export function spendOn(products: ReadonlyMap<string, JsonProduct>, basket: readonly BasketLine[], targets: JsonTargets): number {
  const whole = targets.products === undefined && targets.categories === undefined;
  return basket.reduce((sum, line) => {
    const product = products.get(line.sku);
    if (product === undefined || !(whole || matches(targets, product))) return sum;
    return sum + linePrice(product, line);
  }, 0);
}
