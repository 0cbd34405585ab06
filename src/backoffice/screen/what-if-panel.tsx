import { useState } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import { Notice } from '../../ui/notice';
import { KIND_NAMES } from '../forms/offer-draft';
import { localDateOf, startOfLocalDay, endOfLocalDay } from '../local-dates';
import { toggled, WhatIfChoice, WhatIfForm, WhatIfHeading } from './what-if-form';
import { useLastWeek } from './period-fields';
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
  const period = useLastWeek(today);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'running' });
    try {
      const sales = await loadSales(startOfLocalDay(period.from), endOfLocalDay(period.until));
      const draft = all.filter((o) => chosen.has(o.id));
      setState({ kind: 'done', report: compareSales(book, draft, sales, { dateOf: localDateOf, limits: LIMITS }) });
    } catch (error) {
      setState({ kind: 'failed', message: `The recorded sales couldn't be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section aria-labelledby="what-if-heading" className="flex flex-col gap-5">
      <WhatIfHeading id="what-if-heading">Choose offers and a period: the recorded sales are priced again with those offers, exactly as the till prices, beside what was charged.</WhatIfHeading>
      <WhatIfForm legend="Draft offers" period={period} submitLabel="Price the sales again" disabled={state.kind === 'running'} onRun={() => void run()}>
        {all.map((offer) => (
          <WhatIfChoice key={offer.id} checked={chosen.has(offer.id)} onToggle={() => setChosen((c) => toggled(c, offer.id))}>
            <span className="min-w-0">
              <span className="block truncate font-medium">{offer.label ?? offer.id}</span>
              <span className="block text-sm text-ink-500">
                {KIND_NAMES[offer.kind]}
                {parked.includes(offer) ? ' · disabled now' : ''}
              </span>
            </span>
          </WhatIfChoice>
        ))}
      </WhatIfForm>
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
