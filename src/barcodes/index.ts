/**
 * Barcodes for the till: GTIN check digits, variable-measure labels and the barcode index.
 *
 * This is the package's single public entry. It is pure TypeScript (no UI, no DOM, no clock), and
 * the rules it implements are documented in `README.md` in this folder.
 *
 * @packageDocumentation
 */

export { computeCheckDigit, gtinKey, validateGtin } from './gtin';
export type { GtinInvalidReason, GtinKind, GtinValidation, InvalidGtin, ValidGtin } from './gtin';

export { isRestrictedRange, itemReferenceOf, readBarcode } from './variable-measure';
export type {
  BarcodeInvalidReason,
  BarcodeReading,
  GtinReading,
  InvalidReading,
  PriceEmbeddedReading,
  ReducedToClearReading,
  WeightEmbeddedReading,
} from './variable-measure';

export { buildBarcodeIndex, resolveBarcode } from './barcode-index';
export type {
  BarcodeIndex,
  BarcodeMatch,
  BarcodeMiss,
  BarcodeProduct,
  BarcodeResolution,
  GtinMatch,
  PriceEmbeddedMatch,
  ReducedToClearMatch,
  WeightEmbeddedMatch,
} from './barcode-index';
