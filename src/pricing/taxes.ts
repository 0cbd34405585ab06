import { money, roundHalfUp } from './money';
import { paidAmounts } from './paid-amounts';
import type { Receipt, ReceiptLine, TaxLine } from './receipt';
import type { PriceBook, TaxRate } from './schema';

/**
 * A rate's percent as a whole number of hundredths (20 → 2000, 5.5 → 550), the exact form every
 * VAT sum uses. The schema lets through at most two decimals, so rounding here only removes the
 * binary fraction of a decimal such as 2.1 (210.00000000000003 hundredths).
 */
export function percentHundredths(percent: number): number {
  const hundredths = Math.round(percent * 100);
  if (!Number.isSafeInteger(hundredths) || hundredths < 0 || Math.abs(percent * 100 - hundredths) > 1e-6) {
    throw new RangeError(`A VAT percent must be zero or more with at most two decimals, got ${percent}`);
  }
  return hundredths;
}

/**
 * The VAT inside a VAT-inclusive amount, in minor units: `gross × percent / (100 + percent)`,
 * rounded half up once, in integers only (percent in hundredths: `gross × h / (10000 + h)`).
 */
export function vatOf(gross: number, percent: number): number {
  const h = percentHundredths(percent);
  return roundHalfUp(gross * h, 10_000 + h);
}

/** A VAT line for one rate: the tax within `gross` and the net left. */
export function taxLine(rate: TaxRate, gross: number): TaxLine {
  const tax = vatOf(gross, rate.percent);
  return {
    code: rate.code,
    percent: rate.percent,
    ...(rate.label === undefined ? {} : { label: rate.label }),
    gross: money(gross),
    tax: money(tax),
    net: money(gross - tax),
  };
}

/**
 * VAT per rate for amounts by VAT code, in minor units: one line per code that has an amount, in
 * `rates` order, each rounded once on the rate's whole gross (never per line, so sums do not
 * drift). Codes not in `rates` are a programmer error: a valid book names only its own codes.
 */
export function taxesByCode(rates: readonly TaxRate[], grossByCode: ReadonlyMap<string, number>): TaxLine[] {
  for (const code of grossByCode.keys()) {
    if (!rates.some((r) => r.code === code)) throw new RangeError(`VAT code "${code}" is not one of the book's taxRates`);
  }
  return rates.filter((r) => grossByCode.has(r.code)).map((r) => taxLine(r, grossByCode.get(r.code)!));
}

/**
 * A book's VAT code per SKU. The book's pricing context (`pricing-context.ts`) builds it once: a
 * big book has many thousand products and a till prices on every scan.
 */
export function taxCodesBySku(book: PriceBook): ReadonlyMap<string, string | undefined> {
  return new Map(book.products.map((p) => [p.sku, p.tax ?? book.defaultTax]));
}

/**
 * The receipt with each line's VAT code and the VAT analysis (`taxes`), when the book has
 * `taxRates`; the same receipt otherwise. A rate's gross is what its lines paid after item offers
 * and threshold shares ({@link paidAmounts}, the journal's rule), so the grosses sum to the total.
 * `codes` is the book's {@link taxCodesBySku} (from its pricing context), made here when not given.
 */
export function withTaxes<R extends Pick<Receipt, 'lines' | 'discounts'>>(
  book: PriceBook,
  receipt: R,
  codes?: ReadonlyMap<string, string | undefined>,
): R & Pick<Receipt, 'taxes'> {
  const rates = book.taxRates;
  if (rates === undefined) return receipt;
  const bySku = codes ?? taxCodesBySku(book);
  const lines: ReceiptLine[] = receipt.lines.map((line) => {
    const tax = bySku.get(line.sku);
    if (tax === undefined) throw new RangeError(`Product "${line.sku}" has no VAT code in a book with taxRates`);
    return { ...line, tax };
  });
  const paid = paidAmounts(lines, receipt.discounts);
  const gross = new Map<string, number>();
  lines.forEach((line, i) => gross.set(line.tax!, (gross.get(line.tax!) ?? 0) + paid[i]!));
  return { ...receipt, lines, taxes: taxesByCode(rates, gross) };
}
