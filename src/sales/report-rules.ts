import type { TaxLine } from '../pricing';
import type { JournalEntry, TenderKind } from './journal-entry';

/** What one offer gave away over a period. */
export interface OfferDiscount {
  readonly offerId: string;
  readonly label: string;
  /** Times it applied. */
  readonly count: number;
  /** Minor units saved. */
  readonly saving: number;
}

/** A VAT rate's figures over a period, in minor units: sales' VAT less refunds' VAT. */
export interface ReportTax {
  readonly code: string;
  readonly percent: number;
  readonly label?: string;
  /** Sales' gross at this rate less refunds' gross. */
  readonly gross: number;
  /** Sales' VAT at this rate less refunds' VAT (each entry's own, as recorded, never re-rounded). */
  readonly tax: number;
  /** gross − tax. */
  readonly net: number;
}

/** The figures of an X or Z report, all money in minor units. */
export interface ReportTotals {
  /**
   * The entries' currencies (ISO 4217), in the order first met: one for a till that kept to one
   * price book's currency, none for an empty period. Amounts in different currencies are never
   * meant to be added, so a screen shows a period with more than one as a problem.
   */
  readonly currencies: readonly string[];
  readonly sales: number;
  readonly refunds: number;
  /** Sum of sale totals. */
  readonly salesTotal: number;
  /** Sum of money given back. */
  readonly refundsTotal: number;
  /** salesTotal − refundsTotal. */
  readonly net: number;
  /** Money kept per tender: cash is notes taken less change less cash refunds; card is card taken less card refunds. */
  readonly takings: Readonly<Record<TenderKind, number>>;
  /** Discounts given on the period's sales, per offer, largest saving first (ties by offer id). */
  readonly discounts: readonly OfferDiscount[];
  /**
   * VAT per rate (a code at one percent; a code whose percent changed between books reads as two
   * rates), in the order first met. Empty when no entry recorded VAT; absent on Z reports closed
   * before VAT was recorded.
   */
  readonly taxes?: readonly ReportTax[];
  /** Cash put in the drawer at the start of the period (0 when none was recorded). */
  readonly openingFloat: number;
  /** Cash that should be in the drawer: the opening float plus the cash takings (cash taken less change less cash refunds). */
  readonly expectedCash: number;
  /** First and last receipt numbers covered; null when there are none. */
  readonly firstReceipt: number | null;
  readonly lastReceipt: number | null;
}

/**
 * The report's figures for a set of journal entries (an X report's running totals, or a Z report's
 * period) and the period's opening float, in minor units.
 */
export function reportTotals(entries: readonly JournalEntry[], openingFloat = 0): ReportTotals {
  const takings = { cash: 0, card: 0 };
  const offers = new Map<string, OfferDiscount>();
  const taxes = new Map<string, ReportTax>();
  const addTaxes = (lines: readonly TaxLine[] | undefined, sign: 1 | -1): void => {
    for (const t of lines ?? []) {
      const key = `${t.code}\u0000${t.percent}`;
      const seen = taxes.get(key) ?? { code: t.code, percent: t.percent, ...(t.label === undefined ? {} : { label: t.label }), gross: 0, tax: 0, net: 0 };
      taxes.set(key, { ...seen, gross: seen.gross + sign * t.gross, tax: seen.tax + sign * t.tax, net: seen.net + sign * t.net });
    }
  };
  let sales = 0;
  let refunds = 0;
  let salesTotal = 0;
  let refundsTotal = 0;
  for (const entry of entries) {
    if (entry.kind === 'sale') {
      sales += 1;
      salesTotal += entry.total;
      for (const tender of entry.tenders) takings[tender.kind] += tender.amount;
      takings.cash -= entry.change;
      addTaxes(entry.taxes, 1);
      for (const d of entry.discounts) {
        const seen = offers.get(d.offerId);
        offers.set(d.offerId, { offerId: d.offerId, label: seen?.label ?? d.label, count: (seen?.count ?? 0) + 1, saving: (seen?.saving ?? 0) + d.saving });
      }
    } else {
      refunds += 1;
      refundsTotal += entry.total;
      for (const tender of entry.tenders) takings[tender.kind] -= tender.amount;
      addTaxes(entry.taxes, -1);
    }
  }
  const numbers = entries.map((e) => e.receiptNumber);
  return {
    currencies: [...new Set(entries.map((e) => e.currency))],
    sales,
    refunds,
    salesTotal,
    refundsTotal,
    net: salesTotal - refundsTotal,
    takings,
    discounts: [...offers.values()].sort((a, b) => b.saving - a.saving || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0)),
    taxes: [...taxes.values()],
    openingFloat,
    expectedCash: openingFloat + takings.cash,
    firstReceipt: numbers.length === 0 ? null : Math.min(...numbers),
    lastReceipt: numbers.length === 0 ? null : Math.max(...numbers),
  };
}
