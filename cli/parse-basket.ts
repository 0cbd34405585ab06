import { buildBarcodeIndex, resolveBarcode, type BarcodeIndex } from '../src/barcodes';
import type { BasketItem, PriceBook } from '../src/pricing';

/** What a code is looked up in: the book's SKUs and its barcode index. Build once per book. */
export interface CodeLookup {
  readonly skus: ReadonlySet<string>;
  readonly barcodes: BarcodeIndex;
}

/** Basket items ready for the engine, or every reason the basket could not be read (errors as data). */
export type ParsedBasket = { readonly ok: true; readonly items: BasketItem[] } | { readonly ok: false; readonly errors: string[] };

type ParsedItem = { readonly ok: true; readonly item: BasketItem } | { readonly ok: false; readonly error: string };

/** Builds the lookup for a validated book. */
export function createCodeLookup(book: PriceBook): CodeLookup {
  return { skus: new Set(book.products.map((p) => p.sku)), barcodes: buildBarcodeIndex(book.products) };
}

/**
 * Reads codes typed on the command line, one unit each.
 *
 * A code that is a SKU in the book is that SKU (SKUs are checked first, so a numeric SKU such as
 * a PLU is never mistaken for a barcode). Otherwise a code of digits is read as a barcode: a plain
 * GTIN gives `{ sku }`, a weight label adds `grams`, a price label `price`, a reduced-to-clear
 * label `reducedPrice`.
 */
export function parseCodes(codes: readonly string[], lookup: CodeLookup): ParsedBasket {
  return collect(codes.map((code) => parseCode(code, lookup)));
}

/**
 * Reads one line of a baskets file: a JSON array whose items are codes (as {@link parseCodes}) or
 * objects `{ "sku" | "barcode", "quantity"?, "grams"?, "reducedPrice"?, "price"? }`.
 *
 * Only the shape is checked here; whether amounts are whole and positive is the engine's rule, and
 * it reports them in its own words. A value a barcode label carries may not also be given by hand,
 * since the two could disagree.
 */
export function parseBasketLine(line: string, lookup: CodeLookup): ParsedBasket {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (!Array.isArray(json)) return { ok: false, errors: ['a basket must be a JSON array of codes or items'] };
  return collect(json.map((entry: unknown, i) => parseEntry(entry, `item ${i + 1}`, lookup)));
}

const ITEM_FIELDS = new Set(['sku', 'barcode', 'quantity', 'grams', 'reducedPrice', 'price']);
const AMOUNT_FIELDS = ['quantity', 'grams', 'reducedPrice', 'price'] as const;

function parseEntry(entry: unknown, where: string, lookup: CodeLookup): ParsedItem {
  if (typeof entry === 'string') return parseCode(entry, lookup);
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return fail(`${where} must be a code or an object with "sku" or "barcode"`);
  }
  const fields = entry as Record<string, unknown>;
  // A misspelt field ("gram") is reported, not ignored: ignoring it would price the wrong amount.
  const unknown = Object.keys(fields).filter((k) => !ITEM_FIELDS.has(k));
  if (unknown.length > 0) return fail(`${where} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`);
  for (const name of AMOUNT_FIELDS) {
    if (fields[name] !== undefined && typeof fields[name] !== 'number') return fail(`${where}: "${name}" must be a number`);
  }
  const amounts = {
    ...(fields.quantity !== undefined ? { quantity: fields.quantity as number } : {}),
    ...(fields.grams !== undefined ? { grams: fields.grams as number } : {}),
    ...(fields.reducedPrice !== undefined ? { reducedPrice: fields.reducedPrice as number } : {}),
    ...(fields.price !== undefined ? { price: fields.price as number } : {}),
  };
  const { sku, barcode } = fields;
  if ((sku === undefined) === (barcode === undefined)) return fail(`${where} must have exactly one of "sku" or "barcode"`);
  if (sku !== undefined) {
    if (typeof sku !== 'string') return fail(`${where}: "sku" must be a string`);
    // An unknown SKU is left to the engine, which reports it with the others it finds.
    return { ok: true, item: { sku, ...amounts } };
  }
  if (typeof barcode !== 'string') return fail(`${where}: "barcode" must be a string of digits`);
  const scanned = readBarcodeItem(barcode, lookup);
  if (!scanned.ok) return scanned;
  const clash = AMOUNT_FIELDS.find((name) => scanned.item[name] !== undefined && fields[name] !== undefined);
  if (clash !== undefined) return fail(`barcode ${barcode.trim()} carries its own ${describe(clash)}: do not give "${clash}" as well`);
  return { ok: true, item: { ...scanned.item, ...amounts } };
}

function parseCode(code: string, lookup: CodeLookup): ParsedItem {
  if (lookup.skus.has(code)) return { ok: true, item: { sku: code } };
  if (/^\d+$/.test(code.trim())) return readBarcodeItem(code, lookup);
  return fail(`No product has SKU "${code}"`);
}

function readBarcodeItem(code: string, lookup: CodeLookup): ParsedItem {
  const match = resolveBarcode(lookup.barcodes, code);
  if (!match.ok) return fail(match.message);
  switch (match.label) {
    case 'gtin':
      return { ok: true, item: { sku: match.sku } };
    case 'weight-embedded':
      return { ok: true, item: { sku: match.sku, grams: match.grams } };
    case 'price-embedded':
      return { ok: true, item: { sku: match.sku, price: match.price } };
    case 'reduced-to-clear':
      return { ok: true, item: { sku: match.sku, reducedPrice: match.reducedPrice } };
  }
}

function describe(field: (typeof AMOUNT_FIELDS)[number]): string {
  return { quantity: 'quantity', grams: 'weight', reducedPrice: 'reduced price', price: 'price' }[field];
}

function fail(error: string): ParsedItem {
  return { ok: false, error };
}

function collect(parsed: readonly ParsedItem[]): ParsedBasket {
  const errors = parsed.flatMap((p) => (p.ok ? [] : [p.error]));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items: parsed.flatMap((p) => (p.ok ? [p.item] : [])) };
}
