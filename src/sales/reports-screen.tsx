import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { moneyFormatter } from '../pricing';
import { Button } from '../ui/button';
import { formatReceiptNumber, formatWhen, VatAnalysis } from '../ui/printed-receipt';
import { Dialog } from '../ui/dialog';
import { journalCsv, journalJson } from './export-rules';
import { FloatPanel } from './float-panel';
import type { ZReport } from './journal-entry';
import { tillJournal } from './journal-loader';
import { journalQueries } from './journal-queries';
import type { ReportTotals } from './report-rules';
import { Field, inputClass, Panel, SalesFrame } from './sales-frame';
import { VerifyPanel } from './verify-panel';
import { newUuid } from '../lib/uuid';

/**
 * Money on a report, in its entries' currency. An empty period has none: its zeros are shown
 * without a symbol rather than in a currency the shop may not use.
 */
function reportFormat(totals: ReportTotals): (amount: number) => string {
  const [currency] = totals.currencies;
  return currency === undefined ? (amount) => (amount / 100).toFixed(2) : moneyFormatter(currency);
}

/** Local YYYY-MM-DD of a date. */
const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * End of day: the X report (running totals since the last Z, any time), closing the day as a Z
 * report (once per period), past Z reports, and the journal's export.
 */
export function ReportsScreen({ readOnly, nav }: { readonly readOnly: string | undefined; readonly nav: ReactNode }) {
  const client = useQueryClient();
  const period = useQuery(journalQueries.openPeriod());
  const zReports = useQuery(journalQueries.zReports());
  const [printing, setPrinting] = useState<string>('x');
  const [confirming, setConfirming] = useState<{ readonly id: string; readonly fromReceipt: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [closed, setClosed] = useState<ZReport | null>(null);

  const print = (target: string) => {
    setPrinting(target);
    requestAnimationFrame(() => window.print());
  };

  const closeDay = async () => {
    if (confirming === null) return;
    try {
      const result = await (await tillJournal()).closeDay({ ...confirming, at: new Date().toISOString() });
      if (result.ok) {
        setClosed(result.report);
        setProblem(null);
      } else setProblem(result.message);
    } catch (error) {
      setProblem(`The Z report was not closed: ${error instanceof Error ? error.message : String(error)}`);
    }
    setConfirming(null);
    await client.invalidateQueries({ queryKey: journalQueries.all() });
  };

  return (
    <SalesFrame title="Reports" nav={nav} readOnly={readOnly}>
      <div className="grid gap-6 xl:grid-cols-2 print:block">
        <div className="flex flex-col gap-6">
          <div role="alert" className="font-semibold text-danger-700 empty:hidden print:hidden">
            {problem ?? (period.error instanceof Error ? period.error.message : '')}
          </div>
          {closed !== null && (
            <div className={printing === closed.id ? '' : 'print:hidden'}>
              <ReportCard title={`Z report ${String(closed.zNumber).padStart(4, '0')}`} label="Z report just closed" totals={closed.totals} chainHead={closed.chainHead} subtitle={`Closed ${formatWhen(closed.closedAt)} · ${rangeOf(closed.fromReceipt, closed.toReceipt)}`} />
              <Button className="mt-2 print:hidden" onClick={() => print(closed.id)}>
                Print Z report
              </Button>
            </div>
          )}
          {period.data === undefined ? (
            <p className="text-ink-600">Reading the journal…</p>
          ) : (
            <div className={printing === 'x' ? '' : 'print:hidden'}>
              <FloatPanel period={period.data} readOnly={readOnly} format={reportFormat(period.data.totals)} />
              <ReportCard
                title="X report"
                label="X report"
                totals={period.data.totals}
                subtitle={`Since ${period.data.fromReceipt === 1 ? 'the first sale' : `the last Z (from receipt ${formatReceiptNumber(period.data.fromReceipt)})`} · not closed`}
              />
              <div className="mt-3 flex flex-wrap gap-2 print:hidden">
                <Button size="lg" onClick={() => print('x')}>
                  Print X report
                </Button>
                <Button
                  size="lg"
                  variant="danger"
                  disabled={readOnly !== undefined}
                  onClick={() => setConfirming({ id: newUuid(), fromReceipt: period.data.fromReceipt })}
                >
                  Close day (Z report)
                </Button>
              </div>
            </div>
          )}
        </div>

        <div className="flex flex-col gap-6 print:hidden">
          <VerifyPanel />
          <ExportPanel />
          <Panel label="Past Z reports">
            <h2 className="mb-3 text-lg font-semibold">Past Z reports</h2>
            {zReports.data === undefined || zReports.data.length === 0 ? (
              <p className="text-ink-600">No day has been closed yet.</p>
            ) : (
              <ul aria-label="Z reports" className="flex flex-col gap-2">
                {zReports.data.map((z) => (
                  <li key={z.id}>
                    <details className="rounded-xl ring-1 ring-ink-200">
                      <summary className="flex min-h-12 cursor-pointer items-center gap-4 px-4 font-semibold">
                        Z {String(z.zNumber).padStart(4, '0')} · {formatWhen(z.closedAt)} · {reportFormat(z.totals)(z.totals.net)}
                      </summary>
                      <div className="p-4">
                        <Figures totals={z.totals} />
                        <ChainHead hash={z.chainHead} />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      </div>

      {confirming !== null && (
        <Dialog title="Close the day?" onClose={() => setConfirming(null)} closeLabel="Keep the day open">
          <div className="flex flex-col gap-4 p-6">
            <p>The Z report records the totals since the last Z and starts a new period. It cannot be undone or closed again.</p>
            <div className="flex justify-end gap-2">
              <Button size="lg" onClick={() => setConfirming(null)} data-autofocus>
                Keep open
              </Button>
              <Button size="lg" variant="primary" onClick={() => void closeDay()}>
                Close Z report
              </Button>
            </div>
          </div>
        </Dialog>
      )}
    </SalesFrame>
  );
}

const rangeOf = (from: number, to: number) => (to < from ? 'no sales' : `receipts ${formatReceiptNumber(from)}–${formatReceiptNumber(to)}`);

/** The journal's chain head a Z report closed, printed with it so the paper anchors the chain (older Z reports have none). */
function ChainHead({ hash }: { readonly hash: string | undefined }) {
  return hash === undefined ? null : <p className="mt-4 font-mono text-sm break-all text-ink-600 print:text-black">Chain head {hash}</p>;
}

function ReportCard({ title, label, subtitle, totals, chainHead }: { readonly title: string; readonly label: string; readonly subtitle: string; readonly totals: ReportTotals; readonly chainHead?: string | undefined }) {
  return (
    <article aria-label={label} className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-ink-200 print:w-[72mm] print:p-0 print:font-mono print:text-[10pt] print:shadow-none print:ring-0">
      <h2 className="text-2xl font-bold">{title}</h2>
      <p className="mb-4 text-ink-600 print:text-black">{subtitle}</p>
      <Figures totals={totals} />
      <ChainHead hash={chainHead} />
    </article>
  );
}

function Figures({ totals }: { readonly totals: ReportTotals }) {
  const format = reportFormat(totals);
  const row = (name: string, value: string) => (
    <div key={name} className="contents">
      <dt>{name}</dt>
      <dd className="text-right font-semibold tabular-nums">{value}</dd>
    </div>
  );
  return (
    <>
      {totals.currencies.length > 1 && (
        <p role="alert" className="mb-3 font-semibold text-danger-700">
          This period has sales in {totals.currencies.join(' and ')}: its money figures add amounts in different currencies. Export the journal and total them per currency.
        </p>
      )}
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        {row('Sales', String(totals.sales))}
        {row('Refunds', String(totals.refunds))}
        {row('Sales total', format(totals.salesTotal))}
        {row('Refunded', format(totals.refundsTotal))}
        {row('Net takings', format(totals.net))}
        {row('Cash', format(totals.takings.cash))}
        {row('Card', format(totals.takings.card))}
        {row('Opening float', format(totals.openingFloat))}
        {row('Expected cash in drawer', format(totals.expectedCash))}
      </dl>
      {totals.taxes !== undefined && totals.taxes.length > 0 && (
        <>
          <h3 className="mt-4 mb-1 font-semibold">VAT per rate</h3>
          <p className="text-ink-600 print:text-black">Sales less refunds.</p>
          <VatAnalysis taxes={totals.taxes} format={format} label="VAT per rate" />
        </>
      )}
      <h3 className="mt-4 mb-1 font-semibold">Discounts given</h3>
      {totals.discounts.length === 0 ? (
        <p className="text-ink-600">None.</p>
      ) : (
        <ul aria-label="Discounts given" className="flex flex-col gap-1">
          {totals.discounts.map((d) => (
            <li key={d.offerId} className="flex justify-between gap-4">
              <span>
                {d.label} × {d.count}
              </span>
              <span className="tabular-nums">{format(d.saving)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ExportPanel() {
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
