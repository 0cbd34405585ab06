import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { localDate, toggled, useLastWeek, WhatIfChoice, WhatIfForm, WhatIfHeading, WhatIfResult, type WhatIfSummary } from '../../backoffice';
import { moneyFormatter } from '../../pricing';
import { Notice } from '../../ui/notice';
import { createAdminClient, type AdminConnection, type StoreSummary, type StoreWhatIf } from '../admin-client';
import { answerOf, HeadOfficeError } from '../head-office-queries';
import { failureText } from './failure-text';
import { periodScope } from './period';
import type { Drafts } from './publish-panel';

export interface ChainWhatIfPanelProps {
  readonly connection: AdminConnection;
  readonly stores: readonly StoreSummary[];
  /** The books edited in Price books and not yet published: what the what-if prices with. */
  readonly drafts: Drafts;
}

/** A store's what-if as the result view shows it: each changed sale with its till. */
export function summaryOf(result: StoreWhatIf): WhatIfSummary {
  return {
    ...result,
    placeHeader: 'Till',
    changed: result.changed.map((c) => ({ ...c, receipt: String(c.receiptNumber), place: c.till })),
    unpriced: result.unpriced.map((u) => ({ id: u.id, receipt: u.id, reason: u.reason })),
  };
}

/**
 * The chain what-if: each chosen store's recorded sales of a period priced again at head office
 * with the store's draft book, beside what was charged.
 */
export function ChainWhatIfPanel({ connection, stores, drafts }: ChainWhatIfPanelProps) {
  const drafted = stores.filter((s) => drafts[s.id] !== undefined);
  const period = useLastWeek(localDate(new Date()));
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = drafted.filter((s) => !left.has(s.id));
  const run = useMutation({
    mutationFn: () => answerOf(createAdminClient(connection).whatIf({ ...periodScope(period.from, period.until), drafts: Object.fromEntries(chosen.map((s) => [s.id, drafts[s.id]!.book])) })),
  });

  return (
    <section aria-labelledby="chain-what-if-heading" className="flex flex-col gap-5">
      <WhatIfHeading id="chain-what-if-heading">Each store’s recorded sales of the period are priced again at head office with its draft book (edited in Price books, not yet published), exactly as its tills price, beside what was charged.</WhatIfHeading>
      {drafted.length === 0 ? (
        <p role="status" className="rounded-xl bg-white px-4 py-6 text-center text-ink-700 ring-1 ring-ink-200">
          No store has a draft book: edit a store’s book in Price books, without publishing it, to see what it would have changed.
        </p>
      ) : (
        <WhatIfForm legend="Stores with a draft" period={period} submitLabel="Price the chain’s sales again" disabled={run.isPending || chosen.length === 0} onRun={() => run.mutate()}>
          {drafted.map((s) => (
            <WhatIfChoice key={s.id} checked={!left.has(s.id)} onToggle={() => setLeft((l) => toggled(l, s.id))}>
              {s.name}
            </WhatIfChoice>
          ))}
        </WhatIfForm>
      )}
      {run.isError && <Notice tone="problem" {...(run.error instanceof HeadOfficeError && run.error.failure.kind === 'refused' ? { issues: run.error.failure.problems } : {})}>{failureText(run.error)}</Notice>}
      {run.isPending && <p className="text-ink-600">Pricing the recorded sales at head office…</p>}
      {run.isSuccess &&
        run.data.map((result) => {
          const store = stores.find((s) => s.id === result.store);
          const currency = drafts[result.store]?.book.currency ?? 'GBP';
          return (
            <section key={result.store} aria-label={`What if at ${store?.name ?? result.store}`} className="flex flex-col gap-3">
              <h3 className="text-xl font-semibold text-ink-900">{store?.name ?? result.store}</h3>
              {result.truncated && <p className="text-hint-800">Only the first {result.sales} sales of the period were priced again: choose a shorter period for all of them.</p>}
              <WhatIfResult result={summaryOf(result)} format={moneyFormatter(currency)} label={`What-if result for ${store?.name ?? result.store}`} />
            </section>
          );
        })}
    </section>
  );
}
