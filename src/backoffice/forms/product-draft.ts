import type { PriceBook, Product } from '../../pricing';
import { compact, problemsFor, readList, readMoney, withEntry, writeMoney, type FieldProblems, type ReadError } from './draft-fields';

/** A product as the edit form holds it. The SKU is fixed: offers and recorded sales refer to it. */
export interface ProductDraft {
  readonly sku: string;
  readonly name: string;
  /** In the currency's major unit; per kilogram for a weighed product. */
  readonly price: string;
  readonly unit: 'each' | 'kg';
  /** Barcodes separated by commas or spaces. */
  readonly barcodes: string;
  readonly category: string;
}

/** The form's text for a product. */
export function productToDraft(product: Product, fractionDigits: number): ProductDraft {
  return {
    sku: product.sku,
    name: product.name,
    price: writeMoney(product.price, fractionDigits),
    unit: product.unit,
    barcodes: (product.barcodes ?? []).join(', '),
    category: product.category ?? '',
  };
}

/** The product JSON a draft stands for, and the fields that could not be read. */
export function draftToProduct(draft: ProductDraft, fractionDigits: number): { product: Record<string, unknown>; readErrors: ReadError[] } {
  const readErrors: ReadError[] = [];
  const price = readMoney(draft.price, fractionDigits);
  if (price.error !== undefined) readErrors.push({ field: 'price', message: price.error });
  const product = compact({
    sku: draft.sku,
    name: draft.name.trim(),
    price: price.value,
    unit: draft.unit,
    barcodes: readList(draft.barcodes, /[\s,]+/),
    category: draft.category.trim() === '' ? undefined : draft.category.trim(),
  });
  return { product, readErrors };
}

/**
 * Checks a product draft with the engine: bad check digits and duplicate barcodes beside the
 * Barcodes field; an offer left targeting a category no product is in any more as a general problem.
 */
export function validateProductDraft(book: PriceBook, index: number, draft: ProductDraft, fractionDigits: number): FieldProblems {
  const { product, readErrors } = draftToProduct(draft, fractionDigits);
  return problemsFor(withEntry(book, 'products', index, product), `$.products[${index}]`, readErrors);
}

/** The book with the product at `index` replaced by the draft. */
export function bookWithProduct(book: PriceBook, index: number, draft: ProductDraft, fractionDigits: number): Record<string, unknown> {
  return withEntry(book, 'products', index, draftToProduct(draft, fractionDigits).product);
}
