/**
 * Variable-measure labels: restricted-circulation EAN-13 codes (prefix `02` or `20`-`29`) that a
 * store prints itself, some with a price or weight embedded.
 *
 * Layout `PP IIIII VVVVV C`: prefix, item reference, value, check digit. The rules are documented
 * in `README.md` in this folder.
 */

import { validateGtin } from './gtin';
import type { GtinInvalidReason } from './gtin';

/** A code to be matched exactly by its normalised key, as any GTIN. */
export interface GtinReading {
  readonly kind: 'gtin';
  /** The normalised lookup key (see `validateGtin`). */
  readonly key: string;
}

/** A label (prefix `02` or `20`) carrying the price of this item. */
export interface PriceEmbeddedReading {
  readonly kind: 'price-embedded';
  /** The five-digit item reference, leading zeros kept. */
  readonly itemReference: string;
  /** The price of this item in minor units (pence). */
  readonly price: number;
}

/** A label (prefix `21`) carrying the net weight of this item. */
export interface WeightEmbeddedReading {
  readonly kind: 'weight-embedded';
  /** The five-digit item reference, leading zeros kept. */
  readonly itemReference: string;
  /** The net weight in grams, always greater than zero. */
  readonly grams: number;
}

/** A label (prefix `29`) marking one unit of a product reduced to clear. */
export interface ReducedToClearReading {
  readonly kind: 'reduced-to-clear';
  /** The five-digit item reference, leading zeros kept. */
  readonly itemReference: string;
  /** The reduced price of one unit in minor units (pence). */
  readonly reducedPrice: number;
}

/** Why a scanned code cannot be read: not a valid GTIN, or a weight label with no weight. */
export type BarcodeInvalidReason = GtinInvalidReason | 'zero-weight' | 'base-code';

/** A code that cannot be read, with a message a cashier understands. */
export interface InvalidReading {
  readonly kind: 'invalid';
  readonly reason: BarcodeInvalidReason;
  readonly message: string;
}

/** What a scanned code means, from {@link readBarcode}. */
export type BarcodeReading =
  | GtinReading
  | PriceEmbeddedReading
  | WeightEmbeddedReading
  | ReducedToClearReading
  | InvalidReading;

/** The label kinds whose value field carries a number, by prefix. */
type ValueLabelKind = 'price-embedded' | 'weight-embedded' | 'reduced-to-clear';

const VALUE_LABEL_KIND_BY_PREFIX: ReadonlyMap<string, ValueLabelKind> = new Map<string, ValueLabelKind>([
  ['02', 'price-embedded'],
  ['20', 'price-embedded'],
  ['21', 'weight-embedded'],
  ['29', 'reduced-to-clear'],
]);

/** The base code's value field: a base code names a product, not one item of it. */
const ZERO_VALUE = '00000';

/** True when a normalised 13-digit key has a restricted-circulation prefix. */
function hasRestrictedPrefix(key: string): boolean {
  return key.length === 13 && (key.startsWith('02') || key.startsWith('2'));
}

/** The label fields of a 13-digit key. */
function splitLabel(key: string): { prefix: string; itemReference: string; value: string } {
  return { prefix: key.slice(0, 2), itemReference: key.slice(2, 7), value: key.slice(7, 12) };
}

/**
 * Tells whether a code is a valid restricted-circulation EAN-13: its normalised 13-digit key starts
 * with `02` or `20`-`29` (a 12-digit UPC-A with number system 2 counts, as it normalises to `02…`).
 * An EAN-8 is never in the restricted range here.
 *
 * @param code - The code as scanned or typed.
 * @returns `true` for a valid GTIN in the restricted range, `false` otherwise (including invalid codes).
 * @example isRestrictedRange('2100042012509') // true
 */
export function isRestrictedRange(code: string): boolean {
  const validation = validateGtin(code);
  return validation.ok && hasRestrictedPrefix(validation.key);
}

/**
 * Gives the item reference of a base code: a valid restricted-range code with prefix `02`, `20`,
 * `21` or `29` and a value field of `00000`. A product lists its base code among its barcodes so
 * that labels carrying the same item reference (under any of those prefixes) find it.
 *
 * @param code - A code, usually one a product lists.
 * @returns The five-digit item reference, or `undefined` when the code is not a base code.
 * @example itemReferenceOf('2100042000001') // '00042'
 */
export function itemReferenceOf(code: string): string | undefined {
  const validation = validateGtin(code);
  if (!validation.ok || !hasRestrictedPrefix(validation.key)) return undefined;
  const { prefix, itemReference, value } = splitLabel(validation.key);
  return VALUE_LABEL_KIND_BY_PREFIX.has(prefix) && value === ZERO_VALUE ? itemReference : undefined;
}

/**
 * Reads a scanned or typed code: a plain GTIN, or a variable-measure label with its embedded value.
 *
 * - `02`, `20`: price-embedded; the value is the item's price in pence, more than zero (a zero
 *   value is the product's base code, refused as `base-code`).
 * - `21`: weight-embedded; the value is the net weight in grams, and must be more than zero.
 * - `29`: reduced-to-clear; the value is the reduced price of one unit in pence, more than zero.
 * - `22`-`28` and every other code: a plain GTIN matched by its normalised key.
 *
 * @param code - The code as scanned or typed (surrounding whitespace ignored).
 * @returns What the code means, or why it cannot be read, as data.
 * @example readBarcode('2900042001255') // { kind: 'reduced-to-clear', itemReference: '00042', reducedPrice: 125 }
 */
export function readBarcode(code: string): BarcodeReading {
  const validation = validateGtin(code);
  if (!validation.ok) {
    return { kind: 'invalid', reason: validation.reason, message: validation.message };
  }
  const { key } = validation;
  const labelKind = hasRestrictedPrefix(key) ? VALUE_LABEL_KIND_BY_PREFIX.get(key.slice(0, 2)) : undefined;
  if (labelKind === undefined) return { kind: 'gtin', key };

  const { itemReference, value } = splitLabel(key);
  const amount = Number(value);
  // A zero price is a product's base code (a shelf tag or the catalogue entry), never a label on
  // an item: selling it would give the item away.
  if (amount === 0 && labelKind !== 'weight-embedded') {
    return {
      kind: 'invalid',
      reason: 'base-code',
      message: `Barcode ${code.trim()} is a product's base code with no price on it: scan the label on the item`,
    };
  }
  switch (labelKind) {
    case 'price-embedded':
      return { kind: 'price-embedded', itemReference, price: amount };
    case 'reduced-to-clear':
      return { kind: 'reduced-to-clear', itemReference, reducedPrice: amount };
    case 'weight-embedded':
      if (amount === 0) {
        return {
          kind: 'invalid',
          reason: 'zero-weight',
          message: `Barcode ${code.trim()} is a weight label with no weight on it (0 g)`,
        };
      }
      return { kind: 'weight-embedded', itemReference, grams: amount };
  }
}
