import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { moneyFormatter } from '../pricing';
import { Button } from '../ui/button';
import { formatReceiptNumber, formatWhen } from '../ui/printed-receipt';
import type { Authorize } from './authorize';
import { EntryReceipt } from './entry-receipt';
import { rangeSearch, receiptSearch, useHistorySearch, type HistorySearch, type SearchOrProblem } from './history-search';
import type { JournalEntry } from './journal-entry';
import { journalQueries } from './journal-queries';
import { RefundForm } from './refund-form';
import { Field, inputClass, Panel, SalesFrame } from './sales-frame';

/** How the list names each kind of entry, before its number. */
const ENTRY_NAMES: Readonly<Record<JournalEntry['kind'], string>> = { sale: 'Receipt', refund: 'Refund', 'no-sale': 'No sale', void: 'Void' };

/**
 * Sales history: the latest entries, or those found by receipt number or time; a chosen entry's
 * receipt with what was paid per line, reprinted on demand, and refunds of its lines.
 */
export function HistoryScreen({ readOnly, nav, authorize }: { readonly readOnly: string | undefined; readonly nav: ReactNode; readonly authorize?: Authorize }) {
  const [search, setSearch] = useState<HistorySearch>({ kind: 'latest' });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { found, failed } = useHistorySearch(search);
  const asked = (result: SearchOrProblem) => {
    if (result.ok) {
      setProblem(null);
      setSearch(result.search);
    } else setProblem(result.problem);
  };

  return (
    <SalesFrame title="Sales history" nav={nav} readOnly={readOnly}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] print:block">
        <div className="flex min-w-0 flex-col gap-6 print:hidden">
          <FindSalePanel searching={search.kind !== 'latest'} onSearch={asked} onLatest={() => setSearch({ kind: 'latest' })} problem={problem ?? (failed instanceof Error ? failed.message : '')} />
          <Panel label="Sales">
            {found === undefined ? (
              <p className="text-ink-600">Reading the journal…</p>
            ) : found.length === 0 ? (
              <p className="text-ink-600">{search.kind === 'latest' ? 'No sales recorded yet.' : 'No sale matches.'}</p>
            ) : (
              <EntryList entries={found} chosenId={chosenId} onChosen={setChosenId} />
            )}
          </Panel>
        </div>

        {chosenId === null ? (
          <p className="self-start rounded-2xl bg-white/60 p-6 text-ink-600 print:hidden">Choose a sale to see its receipt.</p>
        ) : (
          <ChosenEntry id={chosenId} readOnly={readOnly} onRefunded={setChosenId} authorize={authorize} />
        )}
      </div>
    </SalesFrame>
  );
}

interface FindSalePanelProps {
  /** A search other than the latest entries is showing. */
  readonly searching: boolean;
  readonly onSearch: (result: SearchOrProblem) => void;
  readonly onLatest: () => void;
  readonly problem: string;
}

/** "Find a sale": by receipt number, or by a time range. */
function FindSalePanel({ searching, onSearch, onLatest, problem }: FindSalePanelProps) {
  const [receiptText, setReceiptText] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <Panel label="Find a sale">
      <div className="flex flex-wrap items-end gap-4">
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            onSearch(receiptSearch(receiptText));
          }}
        >
          <Field label="Receipt number">
            <input className={`${inputClass} w-40`} inputMode="numeric" value={receiptText} onChange={(e) => setReceiptText(e.target.value)} />
          </Field>
          <Button type="submit" variant="primary">
            Find
          </Button>
        </form>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            onSearch(rangeSearch(from, to));
          }}
        >
          <Field label="From">
            <input type="datetime-local" className={inputClass} value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label="To">
            <input type="datetime-local" className={inputClass} value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
          <Button type="submit">Show</Button>
        </form>
        {searching && (
          <Button variant="quiet" onClick={onLatest}>
            Latest sales
          </Button>
        )}
      </div>
      <div role="alert" className="mt-2 font-semibold text-danger-700 empty:hidden">
        {problem}
      </div>
    </Panel>
  );
}

/** The entries found, each a button that shows its receipt. */
function EntryList({ entries, chosenId, onChosen }: { readonly entries: readonly JournalEntry[]; readonly chosenId: string | null; readonly onChosen: (id: string) => void }) {
  return (
    <ul aria-label="Journal entries" className="divide-y divide-ink-100">
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            onClick={() => onChosen(entry.id)}
            aria-current={entry.id === chosenId ? 'true' : undefined}
            className="grid min-h-12 w-full grid-cols-[9rem_1fr_auto] items-center gap-4 rounded-xl px-3 py-2 text-left hover:bg-ink-50 aria-[current=true]:bg-brand-50 aria-[current=true]:ring-2 aria-[current=true]:ring-brand-600"
          >
            <span className="font-mono font-semibold">
              {ENTRY_NAMES[entry.kind]} {formatReceiptNumber(entry.receiptNumber)}
            </span>
            <span className="text-ink-600">
              {formatWhen(entry.at)}
              {/* A manager looking down the list sees which sales changed hands (the receipt says who and when). */}
              {(entry.kind === 'sale' || entry.kind === 'void') && entry.takeovers !== undefined && entry.takeovers.length > 0 && ' · taken over'}
            </span>
            <span className="font-semibold tabular-nums">
              {entry.kind === 'refund' ? '−' : ''}
              {entry.kind === 'no-sale' ? '' : moneyFormatter(entry.currency)(entry.total)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ChosenEntry({ id, readOnly, onRefunded, authorize }: { readonly id: string; readonly readOnly: string | undefined; readonly onRefunded: (refundId: string) => void; readonly authorize: Authorize | undefined }) {
  const { data } = useQuery(journalQueries.entry(id));
  if (data === undefined) return <p className="text-ink-600">Reading the journal…</p>;
  if (data.entry === null) return <p role="alert">That entry is not in the journal.</p>;
  const { entry, refunds } = data;
  return (
    <div className="flex flex-col gap-4">
      <EntryReceipt entry={entry} />
      <div className="flex gap-2 print:hidden">
        <Button size="lg" onClick={() => window.print()}>
          Reprint receipt
        </Button>
      </div>
      {entry.kind === 'sale' && <RefundForm key={entry.id} sale={entry} refunds={refunds} readOnly={readOnly} onRefunded={onRefunded} {...(authorize === undefined ? {} : { authorize })} />}
    </div>
  );
}
