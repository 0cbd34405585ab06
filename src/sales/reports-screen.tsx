import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { formatReceiptNumber, formatWhen } from '../ui/printed-receipt';
import { Dialog } from '../ui/dialog';
import { authorizeAnything, type Authorize } from './authorize';
import { ExportPanel } from './export-panel';
import { FloatPanel } from './float-panel';
import { journalQueries } from './journal-queries';
import { ChainHead, closedBy, Figures, rangeOf, ReportCard, reportFormat } from './report-figures';
import { Panel, SalesFrame } from './sales-frame';
import { useCloseDay } from './use-close-day';
import { VerifyPanel } from './verify-panel';

/**
 * End of day: the X report (running totals since the last Z, any time), closing the day as a Z
 * report (once per period), past Z reports, the journal check and the journal's export.
 */
export function ReportsScreen({ readOnly, nav, authorize = authorizeAnything }: { readonly readOnly: string | undefined; readonly nav: ReactNode; readonly authorize?: Authorize }) {
  const period = useQuery(journalQueries.openPeriod());
  const close = useCloseDay(authorize);
  // Which report a printout shows: 'x', or a Z report's id.
  const [printing, setPrinting] = useState<string>('x');
  const print = (target: string) => {
    setPrinting(target);
    requestAnimationFrame(() => window.print());
  };
  const { closed } = close;

  return (
    <SalesFrame title="Reports" nav={nav} readOnly={readOnly}>
      <div className="grid gap-6 xl:grid-cols-2 print:block">
        <div className="flex flex-col gap-6">
          <div role="alert" className="font-semibold text-danger-700 empty:hidden print:hidden">
            {close.problem ?? (period.error instanceof Error ? period.error.message : '')}
          </div>
          {closed !== null && (
            <div className={printing === closed.id ? '' : 'print:hidden'}>
              <ReportCard title={`Z report ${String(closed.zNumber).padStart(4, '0')}`} label="Z report just closed" totals={closed.totals} chainHead={closed.chainHead} subtitle={[`Closed ${formatWhen(closed.closedAt)} · ${rangeOf(closed.fromReceipt, closed.toReceipt)}`, closedBy(closed)].filter(Boolean).join(' · ')} />
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
                <Button size="lg" variant="danger" disabled={readOnly !== undefined} onClick={() => close.ask(period.data.fromReceipt)}>
                  Close day (Z report)
                </Button>
              </div>
            </div>
          )}
        </div>

        <div className="flex flex-col gap-6 print:hidden">
          <VerifyPanel />
          <ExportPanel />
          <PastZReports />
        </div>
      </div>

      {close.confirming && <CloseDayDialog onKeepOpen={close.cancel} onClose={() => void close.closeDay()} />}
    </SalesFrame>
  );
}

/** "Close the day?": the Z report cannot be undone, so it asks first. */
function CloseDayDialog({ onKeepOpen, onClose }: { readonly onKeepOpen: () => void; readonly onClose: () => void }) {
  return (
    <Dialog title="Close the day?" onClose={onKeepOpen} closeLabel="Keep the day open">
      <div className="flex flex-col gap-4 p-6">
        <p>The Z report records the totals since the last Z and starts a new period. It cannot be undone or closed again.</p>
        <div className="flex justify-end gap-2">
          <Button size="lg" onClick={onKeepOpen} data-autofocus>
            Keep open
          </Button>
          <Button size="lg" variant="primary" onClick={onClose}>
            Close Z report
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** The Z reports closed so far, newest first, each opening to its figures and chain head. */
function PastZReports() {
  const zReports = useQuery(journalQueries.zReports());
  return (
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
                  {closedBy(z) !== undefined && <p className="mb-3 text-ink-600">{closedBy(z)}</p>}
                  <Figures totals={z.totals} />
                  <ChainHead hash={z.chainHead} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
