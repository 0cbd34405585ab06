import * as z from 'zod/mini';
import { validateGtin, gtinKey } from '../barcodes';
import { money, type Money } from './money';

// zod's "mini" build: the same validator core with a functional API that tree-shakes, so the till
// ships about a third of the bytes the chained API costs.

/** A problem in a price book: where it is (a JSON path such as `$.offers[2].price`) and why, in plain words. */
export interface BookIssue {
  readonly path: string;
  readonly message: string;
}

const moneyField = (what: string) =>
  z.pipe(
    z.number({ error: (i) => (i.input === undefined ? `${what} is required` : `${what} must be a number of minor units`) }).check(
      z.int({ error: `${what} must be a whole number of minor units (no decimals: 1.30 is written 130)` }),
      z.nonnegative({ error: `${what} must not be negative` }),
    ),
    z.transform((v: number): Money => money(v)),
  );

/** A money field that must be more than zero. */
const positiveMoneyField = (what: string) => moneyField(what).check(z.refine((v) => v > 0, { error: `${what} must be more than zero` }));

const positiveInt = (what: string, min = 1, max?: number) =>
  z.number({ error: `${what} must be a whole number` }).check(
    z.int({ error: `${what} must be a whole number` }),
    z.minimum(min, { error: `${what} must be at least ${min}` }),
    ...(max === undefined ? [] : [z.maximum(max, { error: `${what} must be at most ${max}` })]),
  );

const nonEmpty = (error: string) => z.string().check(z.minLength(1, { error }));

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

const skuList = z.array(nonEmpty('a SKU must not be empty'), { error: 'must be a list of SKUs' });
const categoryList = z.array(nonEmpty('a category must not be empty'), { error: 'must be a list of categories' });

const productSchema = z.strictObject({
  sku: z.string({ error: 'sku is required' }).check(z.minLength(1, { error: 'sku must not be empty' })),
  name: z.string({ error: 'name is required' }).check(z.minLength(1, { error: 'name must not be empty' })),
  price: moneyField('price'),
  unit: z._default(z.enum(['each', 'kg'], { error: 'unit must be "each" or "kg"' }), 'each'),
  barcodes: z.optional(
    z.array(
      z.string().check(
        z.superRefine((code, ctx) => {
          const result = validateGtin(code);
          if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
        }),
      ),
    ),
  ),
  category: z.optional(nonEmpty('category must not be empty')),
  image: z.optional(
    z.string({ error: 'image must be a path such as "/images/dairy.svg"' }).check(
      // A path on the till's own site: a leading "/" and no second "/" or "\" after it (which a
      // browser reads as another host), no spaces. Same-site images work offline and leak nothing.
      z.regex(/^\/(?![/\\])\S*$/, { error: 'image must be a path on this site starting with "/", such as "/images/dairy.svg"' }),
      z.describe('Optional picture for the product\'s button: a path on the till\'s own site, starting with "/" (not "//"), such as "/images/dairy.svg". Shown lazily; never needed to sell the product.'),
    ),
  ),
  ageRestricted: z.optional(
    positiveInt('ageRestricted', 1, 99).check(
      z.describe(
        'Minimum age in whole years to buy this product (e.g. 18 for alcohol). The till asks the cashier to check the customer\'s age at the first such item of a sale, and records the answer with the sale.',
      ),
    ),
  ),
  tax: z.optional(
    nonEmpty('tax must not be empty: a code from taxRates').check(
      z.describe('VAT code of the product, one of the book\'s taxRates codes (e.g. "S"). Without it the product takes the book\'s defaultTax.'),
    ),
  ),
});

/**
 * A VAT rate's percent: zero to 100 with at most two decimals (5.5, 2.1), so that it is an exact
 * whole number of hundredths ({@link percentHundredths}) and no tax is ever worked out in floats.
 */
const taxPercent = z.number({ error: 'percent must be a number such as 20 or 5.5' }).check(
  z.minimum(0, { error: 'percent must not be negative' }),
  z.maximum(100, { error: 'percent must be at most 100' }),
  z.refine((p) => hasTwoDecimalsAtMost(p), { error: 'percent may have at most two decimals (5.5, 2.15)' }),
);

const taxRateSchema = z.strictObject({
  code: z.string({ error: 'code is required' }).check(z.minLength(1, { error: 'code must not be empty' })),
  percent: taxPercent,
  label: z.optional(z.string()),
});

const optionalText = (what: string) => z.optional(z.string({ error: `${what} must be text` }).check(z.minLength(1, { error: `${what} must not be empty` })));

/** The seller's details a VAT receipt must carry. */
const legalSchema = z.strictObject({
  name: optionalText('name'),
  address: z.optional(z.array(z.string({ error: 'each address line must be text' }), { error: 'address must be a list of lines' })),
  vatNumber: optionalText('vatNumber'),
});

/** Fields every offer kind shares. */
const offerCommon = {
  id: z.string({ error: 'id is required' }).check(z.minLength(1, { error: 'id must not be empty' })),
  label: z.optional(z.string()),
  products: z.optional(skuList),
  categories: z.optional(categoryList),
  priority: z.optional(z.number().check(z.int({ error: 'priority must be a whole number' }))),
  validFrom: z.optional(isoDate),
  validUntil: z.optional(isoDate),
  limit: z.optional(positiveInt('limit')),
};

const slotSchema = z.strictObject({
  products: z.optional(skuList),
  categories: z.optional(categoryList),
  quantity: z._default(positiveInt('quantity'), 1),
});

const multiBuySchema = z.strictObject({
  ...offerCommon,
  kind: z.literal('multi-buy'),
  quantity: positiveInt('quantity'),
  price: moneyField('price'),
});

const bundleSchema = z.strictObject({
  ...offerCommon,
  kind: z.literal('bundle'),
  slots: z.array(slotSchema, { error: 'slots must be a list' }).check(z.minLength(1, { error: 'a bundle needs at least one slot' })),
  price: moneyField('price'),
});

const cheapestFreeSchema = z.strictObject({
  ...offerCommon,
  kind: z.literal('cheapest-free'),
  buy: positiveInt('buy', 2),
  free: positiveInt('free'),
});

const percentOffSchema = z.strictObject({
  ...offerCommon,
  kind: z.literal('percent-off'),
  percent: positiveInt('percent', 1, 100),
});

const amountOffSchema = z.strictObject({
  ...offerCommon,
  kind: z.literal('amount-off'),
  amount: positiveMoneyField('amount'),
});

const spendThresholdSchema = z.strictObject({
  ...offerCommon,
  kind: z.literal('spend-threshold'),
  threshold: moneyField('threshold'),
  amount: z.optional(positiveMoneyField('amount')),
  percent: z.optional(positiveInt('percent', 1, 100)),
  basis: z.enum(['before-offers', 'after-offers', 'full-price-only'], {
    error: 'basis must be "before-offers", "after-offers" or "full-price-only"',
  }),
  exclusive: z.optional(z.boolean({ error: 'exclusive must be true or false' })),
});

const offerSchema = z.discriminatedUnion('kind', [
  multiBuySchema,
  bundleSchema,
  cheapestFreeSchema,
  percentOffSchema,
  amountOffSchema,
  spendThresholdSchema,
], {
  error: 'kind must be one of multi-buy, bundle, cheapest-free, percent-off, amount-off, spend-threshold',
});

/**
 * The structural schema of a price book (`docs/price-book-format.md`), plus the project's
 * documented optional fields `$schema`, `id`, `name`, `version`, `taxRates`, `defaultTax`,
 * `legal` (and the product's `ageRestricted` and `tax`). Objects are strict: a
 * misspelt field is reported rather than silently ignored, because an ignored `limit` costs a
 * store money. Cross-references (unknown SKUs, duplicate ids) are checked by {@link validatePriceBook}.
 */
export const priceBookSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.optional(z.string().check(z.minLength(1))),
  name: z.optional(z.string().check(z.minLength(1))),
  version: z.optional(z.union([z.string().check(z.minLength(1)), z.int()])),
  currency: z.string({ error: 'currency is required' }).check(z.regex(/^[A-Z]{3}$/, { error: 'currency must be an ISO 4217 code such as "GBP"' })),
  products: z.array(productSchema, { error: 'products must be a list' }),
  offers: z._default(z.array(offerSchema, { error: 'offers must be a list' }), []),
  taxRates: z.optional(
    z.array(taxRateSchema, { error: 'taxRates must be a list' }).check(
      z.describe('VAT rates (prices include VAT): { code, percent (at most two decimals), label? }. With them, every product needs a rate: its tax, or the book\'s defaultTax.'),
    ),
  ),
  defaultTax: z.optional(
    z.string({ error: 'defaultTax must be a code from taxRates' }).check(
      z.minLength(1, { error: 'defaultTax must not be empty' }),
      z.describe('The VAT code of every product without a tax of its own.'),
    ),
  ),
  legal: z.optional(legalSchema.check(z.describe('The seller\'s legal name, address lines and VAT number, printed on receipts.'))),
});

/** A validated price book: every reference resolves, every amount is integer {@link Money}. */
export type PriceBook = z.output<typeof priceBookSchema>;
/** A product of a validated book. */
export type Product = PriceBook['products'][number];
/** An offer of a validated book. */
export type Offer = PriceBook['offers'][number];
/** Offers that apply to items (every kind but `spend-threshold`). */
export type ItemOffer = Exclude<Offer, { kind: 'spend-threshold' }>;
/** A spend-threshold offer. */
export type ThresholdOffer = Extract<Offer, { kind: 'spend-threshold' }>;
/** A VAT rate of a book: `percent` of the price before tax, at most two decimals. */
export type TaxRate = NonNullable<PriceBook['taxRates']>[number];
/** The seller's legal details printed on receipts. */
export type LegalDetails = NonNullable<PriceBook['legal']>;
/** A bundle slot. */
export type BundleSlot = Extract<Offer, { kind: 'bundle' }>['slots'][number];

/** The result of {@link validatePriceBook}: typed data, or every problem at once. */
export type BookValidation = { ok: true; book: PriceBook } | { ok: false; issues: BookIssue[] };

/** Formats a path as `$.offers[2].products[0]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

/**
 * Validates an unknown JSON value as a price book. Reports every problem at once, structural
 * and referential, each with its JSON path and a plain-words reason. An invalid book never
 * yields data, so it never reaches the solver.
 */
export function validatePriceBook(input: unknown): BookValidation {
  const fast = validateValidBookFast(input);
  if (fast !== undefined) return fast;
  const parsed = priceBookSchema.safeParse(input);
  const issues: BookIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: plainMessage(i) }));
  issues.push(...checkReferences(input));
  if (!parsed.success || issues.length > 0) {
    return { ok: false, issues: dedupe(issues).sort(byPath) };
  }
  return { ok: true, book: parsed.data };
}

/** Whether a number has at most two decimals (5.5, 2.15 yes; 2.125 no), allowing for binary fractions. */
function hasTwoDecimalsAtMost(value: number): boolean {
  const hundredths = value * 100;
  return Number.isFinite(hundredths) && Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return issue.message;
}

function dedupe(issues: BookIssue[]): BookIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPath(a: BookIssue, b: BookIssue): number {
  return a.path.localeCompare(b.path, 'en', { numeric: true });
}

const ITEM_KINDS = new Set(['multi-buy', 'cheapest-free', 'percent-off', 'amount-off']);

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === 'string');

/**
 * The checks zod's per-field parse cannot see: uniqueness and references across the book.
 * Works on the raw input so it reports alongside structural problems, not after them.
 */
function checkReferences(input: unknown): BookIssue[] {
  if (!isObject(input)) return [];
  const issues: BookIssue[] = [];
  const products = asArray(input.products);
  const skus = new Set<string>();
  const categories = new Set<string>();
  const barcodeOwner = new Map<string, string>();

  products.forEach((p, i) => {
    if (!isObject(p)) return;
    if (typeof p.sku === 'string') {
      if (skus.has(p.sku)) issues.push({ path: `$.products[${i}].sku`, message: `duplicate SKU "${p.sku}"` });
      skus.add(p.sku);
    }
    if (typeof p.category === 'string') categories.add(p.category);
    strings(p.barcodes).forEach((code, j) => {
      const key = gtinKey(code);
      if (key === undefined) return;
      const owner = barcodeOwner.get(key);
      if (owner !== undefined && owner !== p.sku) {
        issues.push({ path: `$.products[${i}].barcodes[${j}]`, message: `barcode ${code} is already used by "${owner}"` });
      } else if (typeof p.sku === 'string') {
        barcodeOwner.set(key, p.sku);
      }
    });
  });

  const checkTargets = (target: Loose, at: string): void => {
    strings(target.products).forEach((sku, j) => {
      if (!skus.has(sku)) issues.push({ path: `${at}.products[${j}]`, message: `unknown SKU "${sku}": no product has it` });
    });
    strings(target.categories).forEach((cat, j) => {
      if (!categories.has(cat)) {
        issues.push({ path: `${at}.categories[${j}]`, message: `unknown category "${cat}": no product is in it` });
      }
    });
  };

  issues.push(...checkTaxes(input));

  const ids = new Set<string>();
  asArray(input.offers).forEach((o, i) => {
    if (!isObject(o)) return;
    const at = `$.offers[${i}]`;
    if (typeof o.id === 'string') {
      if (ids.has(o.id)) issues.push({ path: `${at}.id`, message: `duplicate offer id "${o.id}"` });
      ids.add(o.id);
    }
    const kind = o.kind;
    if (kind === 'bundle') {
      if (o.products !== undefined || o.categories !== undefined) {
        issues.push({ path: at, message: 'a bundle targets units through its slots, not products/categories of its own' });
      }
      asArray(o.slots).forEach((slot, s) => {
        if (!isObject(slot)) return;
        if (slot.products === undefined && slot.categories === undefined) {
          issues.push({ path: `${at}.slots[${s}]`, message: 'a slot must name products or categories' });
        } else {
          checkTargets(slot, `${at}.slots[${s}]`);
        }
      });
    } else if (kind === 'spend-threshold') {
      checkTargets(o, at);
      if ((o.amount === undefined) === (o.percent === undefined)) {
        issues.push({ path: at, message: 'a spend-threshold needs exactly one of "amount" or "percent"' });
      }
    } else if (typeof kind === 'string' && ITEM_KINDS.has(kind)) {
      if (o.products === undefined && o.categories === undefined) {
        issues.push({ path: at, message: 'an offer must target products or categories' });
      } else {
        checkTargets(o, at);
      }
    }
    if (kind === 'cheapest-free' && typeof o.buy === 'number' && typeof o.free === 'number' && o.free >= o.buy) {
      issues.push({ path: `${at}.free`, message: 'free must be fewer than buy' });
    }
    if (typeof o.validFrom === 'string' && typeof o.validUntil === 'string' && o.validFrom > o.validUntil) {
      issues.push({ path: `${at}.validUntil`, message: 'validUntil is before validFrom' });
    }
  });
  return issues;
}

/**
 * With `taxRates`, every product must resolve to a rate (its `tax`, else `defaultTax`) and every
 * code must be one of the book's; codes are unique. Without `taxRates` no product may name one.
 */
function checkTaxes(input: Loose): BookIssue[] {
  const issues: BookIssue[] = [];
  const codes = new Set<string>();
  asArray(input.taxRates).forEach((rate, i) => {
    if (!isObject(rate) || typeof rate.code !== 'string') return;
    if (codes.has(rate.code)) issues.push({ path: `$.taxRates[${i}].code`, message: `duplicate tax code "${rate.code}"` });
    codes.add(rate.code);
  });
  const hasRates = input.taxRates !== undefined;
  const known = (code: string) => (hasRates ? `unknown tax code "${code}": taxRates has ${[...codes].map((c) => `"${c}"`).join(', ') || 'none'}` : `tax code "${code}" but the book has no taxRates`);
  const fallback = typeof input.defaultTax === 'string' ? input.defaultTax : undefined;
  if (fallback !== undefined && !codes.has(fallback)) issues.push({ path: '$.defaultTax', message: known(fallback) });
  asArray(input.products).forEach((p, i) => {
    if (!isObject(p)) return;
    if (typeof p.tax === 'string') {
      if (!codes.has(p.tax)) issues.push({ path: `$.products[${i}].tax`, message: known(p.tax) });
    } else if (hasRates && fallback === undefined) {
      issues.push({ path: `$.products[${i}]`, message: 'no VAT rate: give the product a tax code from taxRates, or the book a defaultTax' });
    }
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// The fast path for valid books. zod checks 40,000 products in about half a second on the till's
// machine; the products are nearly all of a big book and their shape is simple, so they are checked
// here by hand, field by field, in a loop a tenth of that. It only ever says yes: the first product
// it is not sure of (anything it does not accept, even if zod would) sends the whole book down
// zod's path, so an invalid book gets zod's problems word for word, and a valid one the same data
// (same fields, same order) as zod gives. `schema.test.ts` checks both against zod.

const PRODUCT_FIELDS = new Set(['sku', 'name', 'price', 'unit', 'barcodes', 'category', 'image', 'ageRestricted', 'tax']);
const IMAGE_PATH = /^\/(?![/\\])\S*$/;

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const absentOr = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);

/** A product exactly as `productSchema` outputs it, or undefined when not sure it is valid. */
function productFast(p: unknown): Product | undefined {
  if (!isObject(p)) return undefined;
  for (const key in p) if (!PRODUCT_FIELDS.has(key) || p[key] === undefined) return undefined;
  const { sku, name, price, unit = 'each', barcodes, category, image, ageRestricted, tax } = p;
  if (!text(sku) || !text(name) || typeof price !== 'number' || !Number.isSafeInteger(price) || price < 0) return undefined;
  if (unit !== 'each' && unit !== 'kg') return undefined;
  if (barcodes !== undefined && !(Array.isArray(barcodes) && barcodes.every((code) => typeof code === 'string' && validateGtin(code).ok))) return undefined;
  if (!absentOr(category, text) || !absentOr(tax, text)) return undefined;
  if (!absentOr(image, (v) => typeof v === 'string' && IMAGE_PATH.test(v))) return undefined;
  if (!absentOr(ageRestricted, (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= 99)) return undefined;
  // Field order as zod's output: the schema's order, optional fields only when given.
  return {
    sku,
    name,
    price: money(price),
    unit,
    ...(barcodes === undefined ? {} : { barcodes: [...(barcodes as string[])] }),
    ...(category === undefined ? {} : { category: category as string }),
    ...(image === undefined ? {} : { image: image as string }),
    ...(ageRestricted === undefined ? {} : { ageRestricted: ageRestricted as number }),
    ...(tax === undefined ? {} : { tax: tax as string }),
  };
}

/** The book when it is certainly valid (its products checked by hand, the rest by zod), else undefined. */
function validateValidBookFast(input: unknown): BookValidation | undefined {
  if (!isObject(input) || !Array.isArray(input.products)) return undefined;
  const products: Product[] = [];
  for (const raw of input.products) {
    const product = productFast(raw);
    if (product === undefined) return undefined;
    products.push(product);
  }
  const rest = priceBookSchema.safeParse({ ...input, products: [] });
  if (!rest.success || checkReferences(input).length > 0) return undefined;
  return { ok: true, book: { ...rest.data, products } };
}
