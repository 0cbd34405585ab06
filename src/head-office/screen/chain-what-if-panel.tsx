import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { addDays, localDate, WhatIfResult, type WhatIfSummary } from '../../backoffice';
import { moneyFormatter } from '../../pricing';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { TextField } from '../../ui/text-field';
import { createAdminClient, type AdminConnection, type StoreSummary, type StoreWhatIf } from '../admin-client';
import { answerOf, HeadOfficeError } from '../head-office-queries';
import { failureText } from './failure-text';
import { periodError, periodScope } from './period';
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
  const today = localDate(new Date());
  const [from, setFrom] = useState(() => addDays(today, -6));
  const [until, setUntil] = useState(today);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = drafted.filter((s) => !left.has(s.id));
  const problem = periodError(from, until);
  const run = useMutation({
    mutationFn: () => answerOf(createAdminClient(connection).whatIf({ ...periodScope(from, until), drafts: Object.fromEntries(chosen.map((s) => [s.id, drafts[s.id]!.book])) })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem === undefined && chosen.length > 0) run.mutate();
  };
  const toggle = (id: string) =>
    setLeft((l) => {
      const next = new Set(l);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="chain-what-if-heading" className="flex flex-col gap-5">
      <div>
        <h2 id="chain-what-if-heading" className="text-2xl font-semibold text-ink-900">
          What if
        </h2>
        <p className="text-ink-600">Each store’s recorded sales of the period are priced again at head office with its draft book (edited in Price books, not yet published), exactly as its tills price, beside what was charged.</p>
      </div>
      {drafted.length === 0 ? (
        <p role="status" className="rounded-xl bg-white px-4 py-6 text-center text-ink-700 ring-1 ring-ink-200">
          No store has a draft book: edit a store’s book in Price books, without publishing it, to see what it would have changed.
        </p>
      ) : (
        <form onSubmit={submit} className="grid gap-5 rounded-2xl bg-white p-5 ring-1 ring-ink-200 lg:grid-cols-[1fr_18rem]">
          <fieldset>
            <legend className="mb-2 font-semibold text-ink-800">Stores with a draft</legend>
            {drafted.map((s) => (
              <label key={s.id} className="flex min-h-12 items-center gap-3 rounded-xl px-3 has-checked:bg-brand-50">
                <input type="checkbox" checked={!left.has(s.id)} onChange={() => toggle(s.id)} className="size-5 accent-brand-700" />
                {s.name}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-3">
            <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            <TextField label="Until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} error={problem} />
            <Button type="submit" variant="primary" disabled={run.isPending || chosen.length === 0}>
              Price the chain’s sales again
            </Button>
          </div>
        </form>
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
