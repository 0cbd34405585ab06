/**
 * Writes the shipped demo price book, `public/books/demo.json`: Hollybush Market, a small British
 * supermarket with about two hundred products and offers of every kind, overlapping the way real
 * ones do (a meal deal whose drinks are also on a multi-buy, a cheese 3 for 2 beside a percent-off
 * on premium cheese, spend thresholds on the whole basket and on one category).
 *
 *     npx tsx scripts/make-demo-book.ts
 *
 * The products and offers are literals in `scripts/demo-book/` (catalogue, offers, VAT); only the
 * barcodes are computed, so the output is the same on every run. `test-support/demo-book.test.ts` checks the shipped file against this
 * script and prices hand-worked baskets with it.
 *
 * Barcodes (rules in `src/barcodes/README.md`):
 * - Every product sold by the unit has an EAN-13 `50 5719 CC 0 NNN C`: GS1 UK prefix 50, a made-up
 *   supplier number 5719, the category's two-digit code, its position in the category.
 *   Add new products at the end of their category, so existing codes never change.
 * - Every weighed product lists a weight-label base code `21 IIIII 00000 C`, where IIIII is its
 *   scale item reference (PLU): the scale prints `21 IIIII WWWWW C` with the weight in grams.
 * - Products that get store labels (bakery, butchery, fish, ready meals) also list a base code
 *   `20 IIIII 00000 C`, so a reduced-to-clear label `29 IIIII PPPPP C` finds them.
 * Item references are unique across the book.
 *
 * Wine, beer, cider and spirits carry `ageRestricted: 18` (not the alcohol-free lager), so the
 * till's age check can be tried on the demo.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCheckDigit } from '../src/barcodes';
import { CATEGORIES } from './demo-book/catalogue';
import type { Category, DemoBook, DemoProduct, Row } from './demo-book/demo-book-types';
import { OFFERS } from './demo-book/offers';
import { TAX_OF_SKU, TAX_RATES } from './demo-book/vat';

export type { DemoBook, DemoOffer, DemoProduct, DemoTaxRate } from './demo-book/demo-book-types';

// ---------------------------------------------------------------------------------------------
// Building and writing the book
// ---------------------------------------------------------------------------------------------

const withCheckDigit = (body: string): string => `${body}${computeCheckDigit(body)}`;

/** The EAN-13 of the `position`-th (from 1) product of a category: `50 5719 CC 0 NNN C`. */
const productGtin = (categoryCode: string, position: number): string =>
  withCheckDigit(`505719${categoryCode}0${String(position).padStart(3, '0')}`);

/** A base code: a restricted-range code with value 00000, found by labels with the same item reference. */
const baseCode = (prefix: '20' | '21', itemReference: string): string => withCheckDigit(`${prefix}${itemReference}00000`);

/** Every product shows its category's picture: one small SVG per category in `public/images/`. */
const categoryImage = (category: Category): string => `/images/${category.id}.svg`;

function toProduct(category: Category, row: Row, position: number): DemoProduct {
  const { sku, name, price } = row;
  const code = TAX_OF_SKU[sku] ?? category.tax;
  const tax = code === undefined ? {} : { tax: code };
  if (row.scale !== undefined) {
    return { sku, name, price, unit: 'kg', barcodes: [baseCode('21', row.scale)], category: category.id, image: categoryImage(category), ...tax };
  }
  const gtin = row.ean8 !== undefined ? withCheckDigit(row.ean8) : productGtin(category.code, position);
  const barcodes = row.label !== undefined ? [gtin, baseCode('20', row.label)] : [gtin];
  const age = category.ageExempt?.includes(sku) === true ? undefined : category.ageRestricted;
  return { sku, name, price, barcodes, category: category.id, image: categoryImage(category), ...(age === undefined ? {} : { ageRestricted: age }), ...tax };
}

/** The demo book, built from the literals in `demo-book/`. */
export function makeDemoBook(): DemoBook {
  return {
    id: 'demo',
    name: 'Hollybush Market',
    version: 1,
    currency: 'GBP',
    legal: { name: 'Hollybush Market Ltd', address: ['14 Hollybush Lane', 'Leeds LS6 3AB'], vatNumber: 'GB 000 0000 00' },
    taxRates: TAX_RATES,
    defaultTax: 'Z',
    products: CATEGORIES.flatMap((category) => category.rows.map((row, i) => toProduct(category, row, i + 1))),
    offers: OFFERS,
  };
}

/** JSON on one line with a space inside braces and after commas, like the hand-written books. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return `{ ${fields.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The book's file text: top-level fields on their own lines, one product or offer per line. */
export function renderDemoBook(book: DemoBook = makeDemoBook()): string {
  const list = (items: readonly unknown[]) => `[\n${items.map((item) => `    ${inline(item)}`).join(',\n')}\n  ]`;
  const fields = [
    `  "id": ${inline(book.id)}`,
    `  "name": ${inline(book.name)}`,
    `  "version": ${inline(book.version)}`,
    `  "currency": ${inline(book.currency)}`,
    `  "legal": ${inline(book.legal)}`,
    `  "taxRates": ${list(book.taxRates)}`,
    `  "defaultTax": ${inline(book.defaultTax)}`,
    `  "products": ${list(book.products)}`,
    `  "offers": ${list(book.offers)}`,
  ];
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Where the book is written, relative to this script (never an absolute path in the repository). */
export const DEMO_BOOK_URL = new URL('../public/books/demo.json', import.meta.url);

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const book = makeDemoBook();
  writeFileSync(DEMO_BOOK_URL, renderDemoBook(book));
  console.log(`Wrote ${book.products.length} products and ${book.offers.length} offers to public/books/demo.json`);
}
