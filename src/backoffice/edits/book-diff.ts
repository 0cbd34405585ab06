import type { Offer, PriceBook, Product } from '../../pricing';

/** A value before and after an import. */
export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** The product fields an import can change (the SKU is the product's identity). */
export type ProductField = 'name' | 'price' | 'unit' | 'barcodes' | 'category';

/** A product both books have, with the fields that differ (never empty). */
export interface ProductChange extends Change<Product> {
  readonly sku: string;
  readonly fields: readonly ProductField[];
}

/** An offer both books have (same `id`), with the fields that differ, in sorted order (never empty). */
export interface OfferChange extends Change<Offer> {
  readonly id: string;
  readonly fields: readonly string[];
}

/**
 * What an import would change in the book in use. Products are matched by SKU and offers by id;
 * `version` and `$schema` are left out, since a saved import gets the next edited version anyway.
 */
export interface BookDiff {
  readonly products: {
    /** In the imported book only, in its order. */
    readonly added: readonly Product[];
    /** In the book in use only, in its order. */
    readonly removed: readonly Product[];
    /** In both, with different fields, in the imported book's order. */
    readonly changed: readonly ProductChange[];
    /** The products both books have come in another order: the till's buttons follow the book's order. */
    readonly reordered: boolean;
  };
  readonly offers: {
    readonly added: readonly Offer[];
    readonly removed: readonly Offer[];
    readonly changed: readonly OfferChange[];
  };
  /** The store's name (`name`), when it changes. */
  readonly name?: Change<string | undefined>;
  /** The currency, when it changes: every amount then means another money. */
  readonly currency?: Change<string>;
  /** The store's book id (`id`), when it differs: the imported book is another store's (or names none). */
  readonly store?: Change<string | undefined>;
}

const PRODUCT_FIELDS: readonly ProductField[] = ['name', 'price', 'unit', 'barcodes', 'category'];

/**
 * Compares the book in use with an imported one. Pure: neither book is touched. Offer order is not
 * compared: the engine picks offers by what saves most (or by `priority`, then `id`), never by place.
 */
export function diffBooks(current: PriceBook, imported: PriceBook): BookDiff {
  const name = current.name === imported.name ? undefined : { before: current.name, after: imported.name };
  const currency = current.currency === imported.currency ? undefined : { before: current.currency, after: imported.currency };
  const store = current.id === imported.id ? undefined : { before: current.id, after: imported.id };
  return {
    products: diffProducts(current.products, imported.products),
    offers: diffOffers(current.offers, imported.offers),
    ...(name && { name }),
    ...(currency && { currency }),
    ...(store && { store }),
  };
}

/** How many separate changes the diff lists (each product or offer once, each book field once). */
export function changeCount(diff: BookDiff): number {
  const { products: p, offers: o } = diff;
  const book = [diff.name, diff.currency, diff.store, p.reordered || undefined].filter((c) => c !== undefined).length;
  return p.added.length + p.removed.length + p.changed.length + o.added.length + o.removed.length + o.changed.length + book;
}

/** True when importing would change nothing the till, the receipts or the sales records use. */
export function isEmptyDiff(diff: BookDiff): boolean {
  return changeCount(diff) === 0;
}

function diffProducts(before: readonly Product[], after: readonly Product[]): BookDiff['products'] {
  const old = new Map(before.map((p) => [p.sku, p]));
  const next = new Map(after.map((p) => [p.sku, p]));
  const changed: ProductChange[] = [];
  for (const product of after) {
    const previous = old.get(product.sku);
    if (previous === undefined) continue;
    const fields = PRODUCT_FIELDS.filter((field) => !sameValue(productField(previous, field), productField(product, field)));
    if (fields.length > 0) changed.push({ sku: product.sku, before: previous, after: product, fields });
  }
  const keptBefore = before.filter((p) => next.has(p.sku)).map((p) => p.sku);
  const keptAfter = after.filter((p) => old.has(p.sku)).map((p) => p.sku);
  return {
    added: after.filter((p) => !old.has(p.sku)),
    removed: before.filter((p) => !next.has(p.sku)),
    changed,
    reordered: keptBefore.some((sku, i) => sku !== keptAfter[i]),
  };
}

/** A product field as the till reads it: no barcodes and an empty list of them are the same. */
function productField(product: Product, field: ProductField): unknown {
  return field === 'barcodes' ? (product.barcodes ?? []) : product[field];
}

function diffOffers(before: readonly Offer[], after: readonly Offer[]): BookDiff['offers'] {
  const old = new Map(before.map((o) => [o.id, o]));
  const next = new Map(after.map((o) => [o.id, o]));
  const changed: OfferChange[] = [];
  for (const offer of after) {
    const previous = old.get(offer.id);
    if (previous === undefined) continue;
    const a = previous as Readonly<Record<string, unknown>>;
    const b = offer as Readonly<Record<string, unknown>>;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !sameValue(a[key], b[key])).sort();
    if (fields.length > 0) changed.push({ id: offer.id, before: previous, after: offer, fields });
  }
  return { added: after.filter((o) => !old.has(o.id)), removed: before.filter((o) => !next.has(o.id)), changed };
}

/**
 * Deep equality of JSON values. A field left out and a field set to `undefined` are the same (the
 * engine reads both as absent); arrays compare in order (a list's order is what the file says).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((key) => sameValue(x[key], y[key]));
}
