/**
 * The barcode index: which product a scanned code belongs to.
 *
 * A plain GTIN resolves by its normalised key; a variable-measure label resolves by its item
 * reference to the product that lists a base code with that item reference. The rules are
 * documented in `README.md` in this folder.
 */

import { itemReferenceOf, readBarcode } from './variable-measure';

/** The part of a price-book product the index needs. */
export interface BarcodeProduct {
  readonly sku: string;
  readonly barcodes?: readonly string[] | undefined;
}

/**
 * A lookup from codes to SKUs, built by {@link buildBarcodeIndex}. Frozen and typed read-only:
 * resolve codes with {@link resolveBarcode}; never mutate it.
 */
export interface BarcodeIndex {
  /** SKU by normalised GTIN key, for every listed code that reads as a plain GTIN. */
  readonly skuByKey: ReadonlyMap<string, string>;
  /** SKU by five-digit item reference, for every listed base code (see `itemReferenceOf`). */
  readonly skuByItemReference: ReadonlyMap<string, string>;
}

/** A plain GTIN matched to its product. */
export interface GtinMatch {
  readonly ok: true;
  readonly label: 'gtin';
  readonly sku: string;
  readonly grams?: never;
  readonly price?: never;
  readonly reducedPrice?: never;
}

/** A price-embedded label matched to its product. */
export interface PriceEmbeddedMatch {
  readonly ok: true;
  readonly label: 'price-embedded';
  readonly sku: string;
  /** The price of this item in minor units (pence), from the label. */
  readonly price: number;
  readonly grams?: never;
  readonly reducedPrice?: never;
}

/** A weight-embedded label matched to its product. */
export interface WeightEmbeddedMatch {
  readonly ok: true;
  readonly label: 'weight-embedded';
  readonly sku: string;
  /** The net weight in grams, from the label; always greater than zero. */
  readonly grams: number;
  readonly price?: never;
  readonly reducedPrice?: never;
}

/** A reduced-to-clear label matched to its product. */
export interface ReducedToClearMatch {
  readonly ok: true;
  readonly label: 'reduced-to-clear';
  readonly sku: string;
  /** The reduced price of one unit in minor units (pence), from the label. */
  readonly reducedPrice: number;
  readonly grams?: never;
  readonly price?: never;
}

/**
 * A scanned code matched to a product. Narrow on `label` to reach the value the label carries;
 * the other value fields are always absent.
 */
export type BarcodeMatch = GtinMatch | PriceEmbeddedMatch | WeightEmbeddedMatch | ReducedToClearMatch;

/** A scanned code that matches no product: unreadable (`invalid`) or not in the price book (`unknown`). */
export interface BarcodeMiss {
  readonly ok: false;
  readonly reason: 'invalid' | 'unknown';
  /** A message a cashier understands. */
  readonly message: string;
}

/** The outcome of {@link resolveBarcode}. */
export type BarcodeResolution = BarcodeMatch | BarcodeMiss;

/**
 * Builds the barcode index for a price book.
 *
 * Each listed code that reads as a plain GTIN is indexed by its normalised key, so a product listed
 * as UPC-A `036000291452` also matches EAN-13 `0036000291452`. Each listed base code is indexed by
 * its item reference. When two products claim the same key or item reference, the first listed wins.
 * Listed codes that are invalid, or that are variable-measure labels with a non-zero value, can never
 * be matched and are left out (the price book schema reports such problems).
 *
 * @param products - The products in price-book order.
 * @returns A frozen, read-only index.
 */
export function buildBarcodeIndex(products: ReadonlyArray<BarcodeProduct>): BarcodeIndex {
  const skuByKey = new Map<string, string>();
  const skuByItemReference = new Map<string, string>();
  for (const { sku, barcodes } of products) {
    for (const code of barcodes ?? []) {
      const itemReference = itemReferenceOf(code);
      if (itemReference !== undefined) {
        if (!skuByItemReference.has(itemReference)) skuByItemReference.set(itemReference, sku);
        continue;
      }
      const reading = readBarcode(code);
      if (reading.kind === 'gtin' && !skuByKey.has(reading.key)) skuByKey.set(reading.key, sku);
    }
  }
  return Object.freeze({ skuByKey, skuByItemReference });
}

/**
 * Finds the product a scanned code belongs to, with the value a variable-measure label carries.
 *
 * @param index - The index from {@link buildBarcodeIndex}.
 * @param code - The code as scanned or typed (surrounding whitespace ignored).
 * @returns The SKU and label details, or why no product matches, as data.
 * @example resolveBarcode(index, '2100042012509') // { ok: true, label: 'weight-embedded', sku: …, grams: 1250 }
 */
export function resolveBarcode(index: BarcodeIndex, code: string): BarcodeResolution {
  const reading = readBarcode(code);
  if (reading.kind === 'invalid') return { ok: false, reason: 'invalid', message: reading.message };

  const shown = code.trim();
  if (reading.kind === 'gtin') {
    const sku = index.skuByKey.get(reading.key);
    return sku === undefined ? unknown(`No product has barcode ${shown}`) : { ok: true, label: 'gtin', sku };
  }

  const sku = index.skuByItemReference.get(reading.itemReference);
  if (sku === undefined) {
    return unknown(`No product has barcode ${shown} (a label for item ${reading.itemReference})`);
  }
  switch (reading.kind) {
    case 'price-embedded':
      return { ok: true, label: 'price-embedded', sku, price: reading.price };
    case 'weight-embedded':
      return { ok: true, label: 'weight-embedded', sku, grams: reading.grams };
    case 'reduced-to-clear':
      return { ok: true, label: 'reduced-to-clear', sku, reducedPrice: reading.reducedPrice };
  }
}

/** A miss for a readable code that no product lists. */
function unknown(message: string): BarcodeMiss {
  return { ok: false, reason: 'unknown', message };
}
