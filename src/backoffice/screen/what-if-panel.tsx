import { useState, type FormEvent } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { KIND_NAMES } from '../forms/offer-draft';
import { localDateOf, startOfLocalDay, endOfLocalDay, addDays } from '../local-dates';
import { compareSales, type LoadSales, type WhatIfReport } from '../what-if/what-if';

export interface WhatIfPanelProps {
  readonly book: PriceBook;
  readonly parked: readonly Offer[];
  readonly today: string;
  readonly format: (minor: number) => string;
  readonly loadSales: LoadSales;
}

type State = { readonly kind: 'idle' } | { readonly kind: 'running' } | { readonly kind: 'done'; readonly report: WhatIfReport } | { readonly kind: 'failed'; readonly message: string };

/** The engine's wall-clock guard, as the till passes it. */
const LIMITS = { clock: () => performance.now() };

/**
 * Re-prices the recorded sales of a period with a draft set of offers (any of the book's offers
 * and the disabled ones) and shows it beside what was charged: what a promotion would have cost.
 */
export function WhatIfPanel({ book, parked, today, format, loadSales }: WhatIfPanelProps) {
  const all = [...book.offers, ...parked];
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(book.offers.map((o) => o.id)));
  const [from, setFrom] = useState(() => addDays(today, -6));
  const [until, setUntil] = useState(today);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const periodError = from !== '' && until !== '' && from > until ? 'The period ends before it starts' : undefined;

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (periodError !== undefined || from === '' || until === '') return;
    setState({ kind: 'running' });
    try {
      const sales = await loadSales(startOfLocalDay(from), endOfLocalDay(until));
      const draft = all.filter((o) => chosen.has(o.id));
      setState({ kind: 'done', report: compareSales(book, draft, sales, { dateOf: localDateOf, limits: LIMITS }) });
    } catch (error) {
      setState({ kind: 'failed', message: `The recorded sales couldn't be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="what-if-heading" className="flex flex-col gap-5">
      <div>
        <h2 id="what-if-heading" className="text-2xl font-semibold text-ink-900">
          What if
        </h2>
        <p className="text-ink-600">Choose offers and a period: the recorded sales are priced again with those offers, exactly as the till prices, beside what was charged.</p>
      </div>
      <form onSubmit={(e) => void run(e)} className="grid gap-5 rounded-2xl bg-white p-5 ring-1 ring-ink-200 lg:grid-cols-[1fr_18rem]">
        <fieldset>
          <legend className="mb-2 font-semibold text-ink-800">Draft offers</legend>
          <div className="grid max-h-80 gap-1 overflow-y-auto sm:grid-cols-2">
            {all.map((offer) => (
              <label key={offer.id} className="flex min-h-12 items-center gap-3 rounded-xl px-3 has-checked:bg-brand-50">
                <input type="checkbox" checked={chosen.has(offer.id)} onChange={() => toggle(offer.id)} className="size-5 shrink-0 accent-brand-700" />
                <span className="min-w-0">
                  <span className="block truncate font-medium">{offer.label ?? offer.id}</span>
                  <span className="block text-sm text-ink-500">
                    {KIND_NAMES[offer.kind]}
                    {parked.includes(offer) ? ' · disabled now' : ''}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-3">
          <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <TextField label="Until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} error={periodError} />
          <Button type="submit" variant="primary" disabled={state.kind === 'running'}>
            Price the sales again
          </Button>
        </div>
      </form>
      {state.kind === 'failed' && (
        <p role="alert" className="rounded-xl bg-danger-50 px-4 py-3 text-danger-700">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && <Report report={state.report} format={format} />}
    </section>
  );
}

function Report({ report, format }: { readonly report: WhatIfReport; readonly format: (minor: number) => string }) {
  if (report.sales === 0 && report.unpriced.length === 0) {
    return (
      <p role="status" className="rounded-xl bg-ink-50 px-4 py-6 text-center text-ink-700 ring-1 ring-ink-200">
        There are no recorded sales in this period.
      </p>
    );
  }
  const cost = report.whatIf.savings - report.charged.savings;
  const signed = (minor: number) => (minor > 0 ? `+${format(minor)}` : minor < 0 ? `−${format(-minor)}` : format(0));
  return (
    <div role="region" aria-label="What-if result" className="flex flex-col gap-5">
      <dl className="grid gap-3 sm:grid-cols-4">
        <Figure term="Sales re-priced" value={String(report.sales)} />
        <Figure term="Savings given" value={format(report.charged.savings)} />
        <Figure term="Savings with the draft" value={format(report.whatIf.savings)} />
        <Figure term="Difference in savings" value={signed(cost)} strong />
      </dl>
      <p className="text-ink-700">
        Charged {format(report.charged.total)} in all; with the draft offers the same baskets would come to {format(report.whatIf.total)}.
      </p>
      <table aria-label="Savings per offer" className="w-full rounded-2xl bg-white text-left ring-1 ring-ink-200">
        <thead className="border-b border-ink-200 text-sm text-ink-600">
          <tr>
            <th className="px-4 py-3">Offer</th>
            <th className="px-4 py-3 text-right">Saved as charged</th>
            <th className="px-4 py-3 text-right">With the draft</th>
            <th className="px-4 py-3 text-right">Difference</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100 tabular-nums">
          {report.offers.map((o) => (
            <tr key={o.offerId}>
              <td className="px-4 py-2">{o.label}</td>
              <td className="px-4 py-2 text-right">{format(o.charged)}</td>
              <td className="px-4 py-2 text-right">{format(o.whatIf)}</td>
              <td className="px-4 py-2 text-right font-semibold">{signed(o.whatIf - o.charged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label="Sales whose totals change" className="w-full rounded-2xl bg-white text-left ring-1 ring-ink-200">
        <caption className="px-4 pt-3 text-left font-semibold text-ink-800">
          {report.changed.length === 0 ? 'No sale’s total changes.' : `${report.changed.length} ${report.changed.length === 1 ? 'sale’s total changes' : 'sales’ totals change'}`}
        </caption>
        <thead className="border-b border-ink-200 text-sm text-ink-600">
          <tr>
            <th className="px-4 py-3">Receipt</th>
            <th className="px-4 py-3">Completed</th>
            <th className="px-4 py-3 text-right">Charged</th>
            <th className="px-4 py-3 text-right">With the draft</th>
            <th className="px-4 py-3 text-right">Difference</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100 tabular-nums">
          {report.changed.map((c) => (
            <tr key={c.sale.id}>
              <td className="px-4 py-2">{String(c.sale.receiptNumber)}</td>
              <td className="px-4 py-2">{new Date(c.sale.completedAt).toLocaleString('en-GB')}</td>
              <td className="px-4 py-2 text-right">{format(c.sale.total)}</td>
              <td className="px-4 py-2 text-right">{format(c.whatIfTotal)}</td>
              <td className="px-4 py-2 text-right font-semibold">{signed(c.difference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.unpriced.length > 0 && (
        <div className="rounded-xl bg-hint-50 px-4 py-3 text-hint-800 ring-1 ring-hint-200">
          <p className="font-semibold">{report.unpriced.length} sales could not be priced with this book and are left out:</p>
          <ul>
            {report.unpriced.map((u) => (
              <li key={u.sale.id}>
                Receipt {String(u.sale.receiptNumber)}: {u.reason}
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
