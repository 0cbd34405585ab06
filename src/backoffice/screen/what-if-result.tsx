import { DataTable, type Column } from '../../ui/data-table';
import type { OfferSavings } from '../what-if/what-if';

/** A sale whose total the draft changes, as the result lists it. */
export interface ChangedRow {
  readonly id: string;
  readonly receipt: string;
  /** When it was completed (a till's what-if) or at which till (the chain's). */
  readonly place: string;
  readonly total: number;
  readonly whatIfTotal: number;
  readonly difference: number;
}

/** A what-if's outcome, from a till's journal or from head office: the figures the result shows. */
export interface WhatIfSummary {
  readonly sales: number;
  readonly charged: { readonly total: number; readonly savings: number };
  readonly whatIf: { readonly total: number; readonly savings: number };
  readonly offers: readonly OfferSavings[];
  /** The column that says where or when a changed sale was: "Completed" or "Till". */
  readonly placeHeader: string;
  readonly changed: readonly ChangedRow[];
  readonly unpriced: readonly { readonly id: string; readonly receipt: string; readonly reason: string }[];
}

export interface WhatIfResultProps {
  readonly result: WhatIfSummary;
  readonly format: (minor: number) => string;
  /** The region's name (default "What-if result"): the chain names one per store. */
  readonly label?: string;
}

/** The draft set against what was charged: totals, savings per offer, the sales that change, the sales left out. */
export function WhatIfResult({ result, format, label = 'What-if result' }: WhatIfResultProps) {
  if (result.sales === 0 && result.unpriced.length === 0) {
    return (
      <p role="status" aria-label={label} className="rounded-xl bg-ink-50 px-4 py-6 text-center text-ink-700 ring-1 ring-ink-200">
        There are no recorded sales in this period.
      </p>
    );
  }
  const cost = result.whatIf.savings - result.charged.savings;
  const signed = (minor: number) => (minor > 0 ? `+${format(minor)}` : minor < 0 ? `−${format(-minor)}` : format(0));
  const offerColumns: readonly Column<OfferSavings>[] = [
    { header: 'Offer', cell: (o) => o.label },
    { header: 'Saved as charged', numeric: true, cell: (o) => format(o.charged) },
    { header: 'With the draft', numeric: true, cell: (o) => format(o.whatIf) },
    { header: 'Difference', numeric: true, className: 'font-semibold', cell: (o) => signed(o.whatIf - o.charged) },
  ];
  const changedColumns: readonly Column<ChangedRow>[] = [
    { header: 'Receipt', cell: (c) => c.receipt },
    { header: result.placeHeader, cell: (c) => c.place },
    { header: 'Charged', numeric: true, cell: (c) => format(c.total) },
    { header: 'With the draft', numeric: true, cell: (c) => format(c.whatIfTotal) },
    { header: 'Difference', numeric: true, className: 'font-semibold', cell: (c) => signed(c.difference) },
  ];
  return (
    <div role="region" aria-label={label} className="flex flex-col gap-5">
      <dl className="grid gap-3 sm:grid-cols-4">
        <Figure term="Sales re-priced" value={String(result.sales)} />
        <Figure term="Savings given" value={format(result.charged.savings)} />
        <Figure term="Savings with the draft" value={format(result.whatIf.savings)} />
        <Figure term="Difference in savings" value={signed(cost)} strong />
      </dl>
      <p className="text-ink-700">
        Charged {format(result.charged.total)} in all; with the draft the same baskets would come to {format(result.whatIf.total)}.
      </p>
      <DataTable caption="Savings per offer" columns={offerColumns} rows={result.offers} rowKey={(o) => o.offerId} empty="No offer saved anything, as charged or with the draft." />
      <DataTable
        label="Sales whose totals change"
        caption={result.changed.length === 0 ? 'No sale’s total changes.' : `${result.changed.length} ${result.changed.length === 1 ? 'sale’s total changes' : 'sales’ totals change'}`}
        columns={changedColumns}
        rows={result.changed}
        rowKey={(c) => c.id}
      />
      {result.unpriced.length > 0 && (
        <div className="rounded-xl bg-hint-50 px-4 py-3 text-hint-800 ring-1 ring-hint-200">
          <p className="font-semibold">{result.unpriced.length} sales could not be priced with this book and are left out:</p>
          <ul>
            {result.unpriced.map((u) => (
              <li key={u.id}>
                Receipt {u.receipt}: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Figure({ term, value, strong = false }: { readonly term: string; readonly value: string; readonly strong?: boolean }) {
  return (
    <div className={`rounded-2xl p-4 ring-1 ${strong ? 'bg-brand-50 ring-brand-200' : 'bg-white ring-ink-200'}`}>
      <dt className="text-sm text-ink-600">{term}</dt>
      <dd className="text-2xl font-semibold tabular-nums text-ink-900">{value}</dd>
    </div>
  );
}
