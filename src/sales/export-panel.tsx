import { useState } from 'react';
import { Button } from '../ui/button';
import { journalCsv, journalJson } from './export-rules';
import { tillJournal } from './journal-loader';
import { Field, inputClass, Panel } from './sales-frame';

/** Local YYYY-MM-DD of a date. */
const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The journal's export: a range of whole local days, as CSV or JSON. */
export function ExportPanel() {
  const today = dayOf(new Date());
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (kind: 'csv' | 'json') => {
    if (from === '' || to === '' || from > to) {
      setProblem('Choose dates: From on or before To');
      return;
    }
    // Whole local days: from midnight of From to midnight after To.
    const start = new Date(`${from}T00:00`);
    const end = new Date(`${to}T00:00`);
    end.setDate(end.getDate() + 1);
    try {
      const entries = await (await tillJournal()).between(start.toISOString(), end.toISOString());
      const text = kind === 'csv' ? journalCsv(entries) : journalJson(entries, start.toISOString(), end.toISOString());
      const url = URL.createObjectURL(new Blob([text], { type: kind === 'csv' ? 'text/csv' : 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `journal-${from}-to-${to}.${kind}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setProblem(null);
    } catch (error) {
      setProblem(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <Panel label="Export">
      <h2 className="mb-3 text-lg font-semibold">Export the journal</h2>
      <div className="flex flex-wrap items-end gap-3">
        <Field label="From">
          <input type="date" className={inputClass} value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To">
          <input type="date" className={inputClass} value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Button onClick={() => void download('csv')}>Download CSV</Button>
        <Button onClick={() => void download('json')}>Download JSON</Button>
      </div>
      <div role="alert" className="mt-2 font-semibold text-danger-700 empty:hidden">
        {problem ?? ''}
      </div>
    </Panel>
  );
}
