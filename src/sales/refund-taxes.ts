import { money, vatOf, type TaxLine } from '../pricing';
import type { RefundEntry, RefundLine, SaleEntry } from './journal-entry';

/**
 * The VAT a refund gives back, per rate of the sale, in minor units, or `undefined` when the sale
 * recorded no VAT. A rate's gross is what the refunded units paid (the refund lines' `amount`, by
 * the sale line's VAT code). Its VAT is worked out on everything given back at that rate so far,
 * less what earlier refunds already gave back: VAT(earlier + this) − VAT(earlier). So refunds of a
 * whole sale, in one go or unit by unit, give back exactly the sale's VAT, never a penny of
 * rounding more or less. Rates come in the sale's order; only rates this refund's lines have.
 */
export function refundTaxes(sale: SaleEntry, earlier: readonly RefundEntry[], lines: readonly RefundLine[]): TaxLine[] | undefined {
  if (sale.taxes === undefined) return undefined;
  const codeOf = new Map(sale.lines.map((line) => [line.index, line.tax]));
  const grossBy = (refundLines: readonly RefundLine[]): Map<string | undefined, number> => {
    const gross = new Map<string | undefined, number>();
    for (const line of refundLines) {
      const code = codeOf.get(line.line);
      gross.set(code, (gross.get(code) ?? 0) + line.amount);
    }
    return gross;
  };
  const before = grossBy(earlier.flatMap((refund) => refund.lines));
  const now = grossBy(lines);
  return sale.taxes
    .filter((rate) => now.has(rate.code))
    .map((rate) => {
      const gross = now.get(rate.code)!;
      const already = before.get(rate.code) ?? 0;
      const tax = vatOf(already + gross, rate.percent) - vatOf(already, rate.percent);
      return { code: rate.code, percent: rate.percent, ...(rate.label === undefined ? {} : { label: rate.label }), gross: money(gross), tax: money(tax), net: money(gross - tax) };
    });
}
