import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { localDate, PeriodFields, useLastWeek } from '../../backoffice';
import { moneyFormatter } from '../../pricing';
import { Button } from '../../ui/button';
import { DataTable, type Column } from '../../ui/data-table';
import { Notice } from '../../ui/notice';
import type { AdminConnection, OfferSavings, ReportScope, SalesDay, StoreSummary, TillGaps, VatDay } from '../admin-client';
import { headOfficeQueries } from '../head-office-queries';
import { failureText } from './failure-text';
import { browserTimeZone, periodScope } from './period';

export interface ReportsPanelProps {
  readonly connection: AdminConnection;
  readonly stores: readonly StoreSummary[];
}

const money = (currency: string, minor: number) => moneyFormatter(currency)(minor);

/** The chain's reports for a period and one store or all: sales, VAT, savings per offer, receipt gaps. */
export function ReportsPanel({ connection, stores }: ReportsPanelProps) {
  const period = useLastWeek(localDate(new Date()));
  const [store, setStore] = useState('');
  const [scope, setScope] = useState<ReportScope | undefined>(undefined);
  const show = (event: FormEvent) => {
    event.preventDefault();
    if (period.problem === undefined) setScope({ ...periodScope(period.from, period.until), ...(store === '' ? {} : { store }) });
  };
  return (
    <section aria-labelledby="reports-heading" className="flex flex-col gap-5">
      <h2 id="reports-heading" className="text-2xl font-semibold text-ink-900">
        Reports
      </h2>
      <form onSubmit={show} aria-label="Report period" className="flex flex-wrap items-start gap-4 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
        <PeriodFields period={period} />
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold text-ink-800">Store</span>
          <select value={store} onChange={(e) => setStore(e.target.value)} className="min-h-12 min-w-56 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300">
            <option value="">All stores</option>
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary" className="mt-6">
          Show reports
        </Button>
        <p className="basis-full text-sm text-ink-600">Days are this browser’s days ({browserTimeZone()}).</p>
      </form>
      {scope !== undefined && <Reports connection={connection} scope={scope} />}
    </section>
  );
}

function Reports({ connection, scope }: { readonly connection: AdminConnection; readonly scope: ReportScope }) {
  const sales = useQuery(headOfficeQueries.sales(connection, scope));
  const vat = useQuery(headOfficeQueries.vat(connection, scope));
  const offers = useQuery(headOfficeQueries.offers(connection, scope));
  const gaps = useQuery(headOfficeQueries.gaps(connection, scope.store));
  const failed = [sales, vat, offers, gaps].find((q) => q.isError);
  if (failed !== undefined) {
    return (
      <Notice tone="problem">{failureText(failed.error)}</Notice>
    );
  }
  if (sales.data === undefined || vat.data === undefined || offers.data === undefined || gaps.data === undefined) return <p className="text-ink-600">Loading the reports…</p>;
  return (
    <div className="flex flex-col gap-6">
      <SalesTable days={sales.data} />
      <DataTable caption="VAT per store, till, day and rate" columns={vatColumns} rows={vat.data} rowKey={(d) => `${d.store} ${d.till} ${d.day} ${d.code} ${d.percent}`} empty="No VAT recorded in this period (books without VAT rates record none)." />
      <DataTable caption="Savings per offer" columns={offerColumns} rows={offers.data} rowKey={(o) => o.offerId} rowLabel={(o) => o.label} empty="No offer saved anything in this period." />
      <DataTable caption="Receipt gaps per till" columns={gapColumns} rows={gaps.data} rowKey={(g) => `${g.store} ${g.till}`} rowLabel={(g) => `${g.store} ${g.till}`} empty="No till has uploaded anything yet." />
    </div>
  );
}

const placeColumns = [
  { header: 'Store', cell: (d: { store: string }) => d.store },
  { header: 'Till', className: 'font-mono text-sm', cell: (d: { till: string }) => d.till },
  { header: 'Day', className: 'whitespace-nowrap', cell: (d: { day: string }) => d.day },
];

function SalesTable({ days }: { readonly days: readonly SalesDay[] }) {
  const columns: readonly Column<SalesDay>[] = [
    ...placeColumns,
    { header: 'Sales', numeric: true, cell: (d) => String(d.sales) },
    { header: 'Refunds', numeric: true, cell: (d) => String(d.refunds) },
    { header: 'Gross', numeric: true, cell: (d) => money(d.currency, d.gross) },
    { header: 'Refunded', numeric: true, cell: (d) => money(d.currency, d.refunded) },
    { header: 'Net', numeric: true, className: 'font-semibold', cell: (d) => money(d.currency, d.net) },
    { header: 'Savings', numeric: true, cell: (d) => money(d.currency, d.savings) },
    { header: 'Cash', numeric: true, cell: (d) => money(d.currency, d.tenders.cash) },
    { header: 'Card', numeric: true, cell: (d) => money(d.currency, d.tenders.card) },
  ];
  // Totals only make sense in one currency.
  const currencies = new Set(days.map((d) => d.currency));
  const currency = currencies.size === 1 ? [...currencies][0]! : undefined;
  const sum = (get: (d: SalesDay) => number) => days.reduce((total, d) => total + get(d), 0);
  const footer =
    currency === undefined
      ? undefined
      : ['Total', '', '', String(sum((d) => d.sales)), String(sum((d) => d.refunds)), ...[(d: SalesDay) => d.gross, (d: SalesDay) => d.refunded, (d: SalesDay) => d.net, (d: SalesDay) => d.savings, (d: SalesDay) => d.tenders.cash, (d: SalesDay) => d.tenders.card].map((get) => money(currency, sum(get)))];
  return <DataTable caption="Sales per store, till and day" columns={columns} rows={days} rowKey={(d) => `${d.store} ${d.till} ${d.day}`} rowLabel={(d) => `${d.store} ${d.till} ${d.day}`} empty="No sales in this period." footer={footer} />;
}

const vatColumns: readonly Column<VatDay>[] = [
  ...placeColumns,
  { header: 'Rate', cell: (d) => `${d.code} ${d.percent}%` },
  { header: 'Gross', numeric: true, cell: (d) => money(d.currency, d.gross) },
  { header: 'VAT', numeric: true, className: 'font-semibold', cell: (d) => money(d.currency, d.tax) },
  { header: 'Net', numeric: true, cell: (d) => money(d.currency, d.net) },
];

const offerColumns: readonly Column<OfferSavings>[] = [
  { header: 'Offer', cell: (o) => o.label },
  { header: 'Applied', numeric: true, cell: (o) => String(o.applications) },
  { header: 'Saved', numeric: true, className: 'font-semibold', cell: (o) => money(o.currency, o.saving) },
  { header: 'Stores', numeric: true, cell: (o) => String(o.stores) },
];

const gapColumns: readonly Column<TillGaps>[] = [
  { header: 'Store', cell: (g) => g.store },
  { header: 'Till', className: 'font-mono text-sm', cell: (g) => g.till },
  { header: 'Receipts', numeric: true, cell: (g) => String(g.entries) },
  { header: 'First', numeric: true, cell: (g) => String(g.first) },
  { header: 'Last', numeric: true, cell: (g) => String(g.last) },
  { header: 'Missing', numeric: true, className: 'font-semibold', cell: (g) => String(g.missing) },
  { header: 'Gaps', cell: (g) => (g.gaps.length === 0 ? 'none' : g.gaps.map((r) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`)).join(', ')) },
];
