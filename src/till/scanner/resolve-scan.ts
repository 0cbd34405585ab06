import { buildBarcodeIndex, resolveBarcode, type BarcodeIndex } from '../../barcodes';
import type { PriceBook, Product } from '../../pricing';
import type { ScannedItem } from '../basket/basket-rules';

/** A price book made ready for look-ups: products by SKU and the barcode index. Build once per book. */
export interface Catalogue {
  readonly book: PriceBook;
  readonly barcodes: BarcodeIndex;
  readonly bySku: ReadonlyMap<string, Product>;
  /** Products by lower-case SKU, for typed SKUs; `null` where two SKUs differ only by case. */
  readonly byFoldedSku: ReadonlyMap<string, Product | null>;
}

/** What a scan, a typed code or a tap comes to. */
export type ScanResolution =
  /** Ready for the basket. */
  | { readonly kind: 'item'; readonly item: ScannedItem; readonly product: Product }
  /** A weighed product with no weight on its label: the cashier weighs it, then it goes in with this label data. */
  | { readonly kind: 'weigh'; readonly product: Product; readonly label: WeighLabel }
  | { readonly kind: 'refused'; readonly message: string };

const catalogues = new WeakMap<PriceBook, Catalogue>();

/**
 * The book's catalogue, built on first need and kept as long as the book is: the screen asks on
 * every render, and the app warms it while the cashier signs in (`src/app/till-warm-up.tsx`).
 */
export function catalogueFor(book: PriceBook): Catalogue {
  let catalogue = catalogues.get(book);
  if (catalogue === undefined) {
    catalogue = buildCatalogue(book);
    catalogues.set(book, catalogue);
  }
  return catalogue;
}

/** A new catalogue of the book's products (`catalogueFor` keeps one per book). */
export function buildCatalogue(book: PriceBook): Catalogue {
  const folded = new Map<string, Product | null>();
  for (const product of book.products) {
    const key = product.sku.toLowerCase();
    folded.set(key, folded.has(key) ? null : product);
  }
  return {
    book,
    barcodes: buildBarcodeIndex(book.products),
    bySku: new Map(book.products.map((p) => [p.sku, p])),
    byFoldedSku: folded,
  };
}

const DIGITS = /^\d+$/;

/**
 * Resolves a scanned or typed code: a barcode (EAN-13, EAN-8, UPC-A, or a variable-measure label read
 * by the rules in `src/barcodes/README.md`) or a SKU typed into the Barcode field.
 *
 * Digits are read as a barcode first; a SKU made of digits is found when no barcode matches. Other
 * codes are SKUs, matched exactly, then ignoring case.
 *
 * @param quantity - Units from the multiplier (1 without one).
 */
export function resolveScan(catalogue: Catalogue, code: string, quantity: number): ScanResolution {
  const typed = code.trim();
  if (DIGITS.test(typed)) {
    const match = resolveBarcode(catalogue.barcodes, typed);
    if (!match.ok) {
      const bySku = catalogue.bySku.get(typed);
      return bySku === undefined ? { kind: 'refused', message: match.message } : resolveProduct(bySku, quantity);
    }
    const product = catalogue.bySku.get(match.sku);
    if (product === undefined) return { kind: 'refused', message: `No product has barcode ${typed}` };
    switch (match.label) {
      case 'gtin':
        return resolveProduct(product, quantity);
      case 'weight-embedded':
        if (product.unit !== 'kg') return { kind: 'refused', message: `Barcode ${typed} is a weight label, but ${product.name} is sold by the unit` };
        if (quantity > 1) return notMultipliable(product);
        return { kind: 'item', product, item: { sku: product.sku, quantity: 1, grams: match.grams } };
      case 'price-embedded':
        return withLabel(product, quantity, { price: match.price });
      case 'reduced-to-clear':
        return withLabel(product, quantity, { reducedPrice: match.reducedPrice });
    }
  }
  const product = catalogue.bySku.get(typed) ?? catalogue.byFoldedSku.get(typed.toLowerCase()) ?? undefined;
  if (product === undefined) return { kind: 'refused', message: `No product has the barcode or SKU "${typed}"` };
  return resolveProduct(product, quantity);
}

/** A product found by a plain barcode, a SKU or a tap: weighed products ask for their weight. */
export function resolveProduct(product: Product, quantity: number): ScanResolution {
  if (product.unit === 'kg') return quantity > 1 ? notMultipliable(product) : { kind: 'weigh', product, label: {} };
  return { kind: 'item', product, item: { sku: product.sku, quantity } };
}

/** A weighed product with its weight, from the weighing dialog. */
export function weighedItem(product: Product, grams: number, label: WeighLabel): ScannedItem {
  return { sku: product.sku, quantity: 1, grams, ...label };
}

/** What a label on a pack still to be weighed says: only a reduced-to-clear price can be waiting. */
export interface WeighLabel {
  readonly reducedPrice?: number;
}

function withLabel(product: Product, quantity: number, label: { price: number } | { reducedPrice: number }): ScanResolution {
  if (product.unit !== 'kg') return { kind: 'item', product, item: { sku: product.sku, quantity, ...label } };
  if (quantity > 1) return notMultipliable(product);
  // A price label prices a weighed pack as it is (a deli counter's); a reduced label cuts the full
  // price, which only the weight gives, so that pack is weighed.
  if ('price' in label) return { kind: 'item', product, item: { sku: product.sku, quantity: 1, price: label.price } };
  return { kind: 'weigh', product, label };
}

function notMultipliable(product: Product): ScanResolution {
  return { kind: 'refused', message: `${product.name} is sold by weight, so it can't be multiplied: weigh each one on its own` };
}
