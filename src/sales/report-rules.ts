import type { TaxLine } from '../pricing';
import { tillEventTotals, type TillEventTotals } from './till-event-totals';
import { isTillEvent, type JournalEntry, type RefundEntry, type SaleEntry, type StaffRef, type TenderKind } from './journal-entry';

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

/** One operator's part of a period: what their own sales and refunds took. */
export interface OperatorTakings {
  /** The operator; null for entries recorded before sign-in existed. */
  readonly operator: StaffRef | null;
  readonly sales: number;
  readonly refunds: number;
  /** Their sales' totals less their refunds, minor units. */
  readonly net: number;
  /** As the report's takings, for their entries only; over all operators these sum to the report's. */
  readonly takings: Readonly<Record<TenderKind, number>>;
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
  /**
   * Takings split per operator, by operator id (entries with none last); they sum to the totals.
   * Absent on Z reports closed before sign-in existed.
   */
  readonly byOperator?: readonly OperatorTakings[];
  /**
   * Voided sales, No sales and lines voided after a tender: counted, per operator and per approver
   * (`till-event-totals.ts`); never in the takings. Absent on Z reports closed before they were counted.
   */
  readonly events?: TillEventTotals;
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
    } else if (entry.kind === 'refund') {
      // Till events (No sale, a voided sale) move no money: they are in the period, not in its takings.
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
    byOperator: splitByOperator(entries),
    events: tillEventTotals(entries),
    firstReceipt: numbers.length === 0 ? null : Math.min(...numbers),
    lastReceipt: numbers.length === 0 ? null : Math.max(...numbers),
  };
}

/** The entry's effect on a tender's takings (sales add what was kept, refunds take back). */
function entryTakings(entry: SaleEntry | RefundEntry): Record<TenderKind, number> {
  const takings = { cash: 0, card: 0 };
  const sign = entry.kind === 'sale' ? 1 : -1;
  for (const tender of entry.tenders) takings[tender.kind] += sign * tender.amount;
  if (entry.kind === 'sale') takings.cash -= entry.change;
  return takings;
}

/**
 * Splits a period's takings per operator (the one who recorded each entry; a refund counts against
 * whoever gave it, not whoever made the sale), in operator id order, entries with none last.
 */
export function splitByOperator(entries: readonly JournalEntry[]): OperatorTakings[] {
  const parts = new Map<string, { operator: StaffRef | null; sales: number; refunds: number; net: number; takings: Record<TenderKind, number> }>();
  for (const entry of entries) {
    if (isTillEvent(entry)) continue;
    const key = entry.operator?.id ?? '';
    const part = parts.get(key) ?? { operator: entry.operator ?? null, sales: 0, refunds: 0, net: 0, takings: { cash: 0, card: 0 } };
    const money = entryTakings(entry);
    part.takings.cash += money.cash;
    part.takings.card += money.card;
    if (entry.kind === 'sale') {
      part.sales += 1;
      part.net += entry.total;
    } else {
      part.refunds += 1;
      part.net -= entry.total;
    }
    parts.set(key, part);
  }
  const rank = (key: string) => (key === '' ? Number.POSITIVE_INFINITY : Number(key) || 0);
  return [...parts.entries()].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([, part]) => part);
}
