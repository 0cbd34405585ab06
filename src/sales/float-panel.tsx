import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../ui/button';
import { formatWhen } from '../ui/printed-receipt';
import { fractionDigitsOf, parseFloatAmount } from './float-rules';
import type { OpenPeriod } from './journal-api';
import { tillJournal } from './journal-loader';
import { journalQueries } from './journal-queries';
import { Field, inputClass, Panel } from './sales-frame';

/**
 * The open period's opening float: the cash put in the drawer before the first sale. Recorded in
 * the journal for the period the cashier sees; recording it again replaces it.
 */
export function FloatPanel({ period, readOnly, format }: { readonly period: OpenPeriod; readonly readOnly: string | undefined; readonly format: (amount: number) => string }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const recorded = period.openingFloat;

  const record = async () => {
    const parsed = parseFloatAmount(text, fractionDigitsOf(period.totals.currencies[0]));
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setBusy(true);
    try {
      const result = await (await tillJournal()).recordOpeningFloat({ amount: parsed.amount, fromReceipt: period.fromReceipt, at: new Date().toISOString() });
      if (result.ok) {
        setProblem(null);
        setText('');
      } else setProblem(result.message);
    } catch (error) {
      setProblem(`The float was not recorded: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
    await client.invalidateQueries({ queryKey: journalQueries.all() });
  };

  return (
    <Panel label="Opening float" className="mb-4 print:hidden">
      <h2 className="mb-1 text-lg font-semibold">Opening float</h2>
      <p className="mb-3 text-ink-600">
        {recorded === null
          ? 'The cash put in the drawer before the first sale. None recorded for this period.'
          : `${format(recorded.amount)} recorded ${formatWhen(recorded.at)}. Record it again to correct it.`}
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void record();
        }}
      >
        <Field label="Float amount">
          <input className={`${inputClass} w-40`} inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} disabled={readOnly !== undefined} />
        </Field>
        <Button type="submit" disabled={readOnly !== undefined || text.trim() === ''} aria-busy={busy}>
          Record float
        </Button>
      </form>
      <div role="alert" className="mt-2 font-semibold text-danger-700 empty:hidden">
        {problem ?? ''}
      </div>
    </Panel>
  );
}
