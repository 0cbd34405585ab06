import { useState, type FormEvent } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { TextField } from '../../ui/text-field';
import { KIND_NAMES } from '../forms/offer-draft';
import { localDateOf, startOfLocalDay, endOfLocalDay, addDays } from '../local-dates';
import { compareSales, type LoadSales, type WhatIfReport } from '../what-if/what-if';
import { WhatIfResult, type WhatIfSummary } from './what-if-result';

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
      {state.kind === 'failed' && <Notice tone="problem">{state.message}</Notice>}
      {state.kind === 'done' && <WhatIfResult result={resultOf(state.report)} format={format} />}
    </section>
  );
}

/** A till's what-if report as the result view shows it: each changed sale with when it was completed. */
function resultOf(report: WhatIfReport): WhatIfSummary {
  return {
    ...report,
    placeHeader: 'Completed',
    changed: report.changed.map((c) => ({ id: c.sale.id, receipt: String(c.sale.receiptNumber), place: new Date(c.sale.completedAt).toLocaleString('en-GB'), total: c.sale.total, whatIfTotal: c.whatIfTotal, difference: c.difference })),
    unpriced: report.unpriced.map((u) => ({ id: u.sale.id, receipt: String(u.sale.receiptNumber), reason: u.reason })),
  };
}
