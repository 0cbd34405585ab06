import { moneyFormatter } from '../pricing';
import { formatReceiptNumber, VatAnalysis } from '../ui/printed-receipt';
import type { EntryStaff } from './journal-entry';
import type { ReportTotals } from './report-rules';
import { EVENT_KEYS, type EventCounts, type TillEventTotals } from './till-event-totals';

type Format = (amount: number) => string;

/**
 * Money on a report, in its entries' currency. An empty period has none: its zeros are shown
 * without a symbol rather than in a currency the shop may not use.
 */
export function reportFormat(totals: ReportTotals): Format {
  const [currency] = totals.currencies;
  return currency === undefined ? (amount) => (amount / 100).toFixed(2) : moneyFormatter(currency);
}

/** A Z report's receipts: "receipts 000001–000004", or "no sales". */
export const rangeOf = (from: number, to: number) => (to < from ? 'no sales' : `receipts ${formatReceiptNumber(from)}–${formatReceiptNumber(to)}`);

/** Who closed a Z report and who approved it: "Closed by Alex, approved by Sam" (nothing for one closed before sign-in). */
export function closedBy(z: EntryStaff): string | undefined {
  if (z.operator === undefined) return undefined;
  return `Closed by ${z.operator.name}${z.approver === undefined ? '' : `, approved by ${z.approver.name}`}`;
}

/** The journal's chain head a Z report closed, printed with it so the paper anchors the chain (older Z reports have none). */
export function ChainHead({ hash }: { readonly hash: string | undefined }) {
  return hash === undefined ? null : <p className="mt-4 font-mono text-sm break-all text-ink-600 print:text-black">Chain head {hash}</p>;
}

/** An X or Z report as a card: title, period, figures, and (for a Z) the chain head it closed. */
export function ReportCard({ title, label, subtitle, totals, chainHead }: { readonly title: string; readonly label: string; readonly subtitle: string; readonly totals: ReportTotals; readonly chainHead?: string | undefined }) {
  return (
    <article aria-label={label} className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-ink-200 print:w-[72mm] print:p-0 print:font-mono print:text-[10pt] print:shadow-none print:ring-0">
      <h2 className="text-2xl font-bold">{title}</h2>
      <p className="mb-4 text-ink-600 print:text-black">{subtitle}</p>
      <Figures totals={totals} />
      <ChainHead hash={chainHead} />
    </article>
  );
}

/** A report's figures: counts and money, VAT per rate, takings and events per operator, discounts. */
export function Figures({ totals }: { readonly totals: ReportTotals }) {
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
        {totals.events !== undefined && row('Voided sales', `${totals.events.voids} · ${format(totals.events.voidedTotal)}`)}
        {totals.events !== undefined && row('No sales', String(totals.events.noSales))}
        {totals.events !== undefined && row('Lines voided after payment', `${totals.events.lineVoids} · ${format(totals.events.lineVoidedTotal)}`)}
        {totals.events !== undefined && row('Cash refunds of card payments', `${totals.events.cashRefundsOfCard} · ${format(totals.events.cashRefundOfCardTotal)}`)}
        {totals.events !== undefined && row('Sales taken over', String(totals.events.takeovers))}
      </dl>
      {totals.taxes !== undefined && totals.taxes.length > 0 && (
        <>
          <h3 className="mt-4 mb-1 font-semibold">VAT per rate</h3>
          <p className="text-ink-600 print:text-black">Sales less refunds.</p>
          <VatAnalysis taxes={totals.taxes} format={format} label="VAT per rate" />
        </>
      )}
      <OperatorTakingsList totals={totals} format={format} />
      {totals.events !== undefined && <OperatorEventsList events={totals.events} format={format} />}
      <DiscountsList totals={totals} format={format} />
    </>
  );
}

const staffName = (who: { readonly id: string; readonly name: string } | null, none: string) => (who === null ? none : `${who.name} (${who.id})`);

function OperatorTakingsList({ totals, format }: { readonly totals: ReportTotals; readonly format: Format }) {
  const parts = totals.byOperator ?? [];
  if (parts.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 mb-1 font-semibold">Takings per operator</h3>
      <ul aria-label="Takings per operator" className="flex flex-col gap-1">
        {parts.map((part) => (
          <li key={part.operator?.id ?? ''} className="grid grid-cols-[1fr_auto] gap-x-4">
            <span>{staffName(part.operator, 'No operator recorded')}</span>
            <span className="tabular-nums">{`${format(part.net)} · cash ${format(part.takings.cash)} · card ${format(part.takings.card)}`}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * "1 voided sale (£2.10), 2 No sales, 1 line voided after payment (£0.30), 2 refunds (£1.50), 1
 * cash refund of a card payment (£1.00)": only what there is (a cash refund of a card payment is
 * one of the refunds, named again for what else it needed).
 */
function countsInWords(counts: EventCounts, format: Format): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    counts.voids > 0 ? `${plural(counts.voids, 'voided sale', 'voided sales')} (${format(counts.voidedTotal)})` : '',
    counts.noSales > 0 ? plural(counts.noSales, 'No sale', 'No sales') : '',
    counts.lineVoids > 0 ? `${plural(counts.lineVoids, 'line voided after payment', 'lines voided after payment')} (${format(counts.lineVoidedTotal)})` : '',
    counts.refunds > 0 ? `${plural(counts.refunds, 'refund', 'refunds')} (${format(counts.refundedTotal)})` : '',
    counts.cashRefundsOfCard > 0 ? `${plural(counts.cashRefundsOfCard, 'cash refund of a card payment', 'cash refunds of card payments')} (${format(counts.cashRefundOfCardTotal)})` : '',
    counts.takeovers > 0 ? plural(counts.takeovers, 'sale taken over', 'sales taken over') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** "approved by", or "taken over by" when all the approver did was take sales over. */
const approvedOrTaken = (a: EventCounts): string => (EVENT_KEYS.every((key) => key === 'takeovers' || a[key] === 0) ? 'taken over by' : 'approved by');

/** Voided sales, No sales, line voids, refunds and takeovers per operator, and who approved them (or took the sales over). */
function OperatorEventsList({ events, format }: { readonly events: TillEventTotals; readonly format: Format }) {
  if (events.byOperator.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 mb-1 font-semibold">Supervisor actions per operator</h3>
      <ul aria-label="Supervisor actions per operator" className="flex flex-col gap-1">
        {events.byOperator.map((part) => (
          <li key={part.operator?.id ?? ''}>
            <span className="font-semibold">{staffName(part.operator, 'No operator recorded')}</span>: {countsInWords(part, format)}
            <ul className="pl-4 text-ink-600 print:text-black">
              {part.approvals.map((a) => (
                <li key={a.approver?.id ?? ''}>{`${a.approver === null ? 'no approval needed' : `${approvedOrTaken(a)} ${a.approver.name} (${a.approver.id})`}: ${countsInWords(a, format)}`}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

function DiscountsList({ totals, format }: { readonly totals: ReportTotals; readonly format: Format }) {
  return (
    <>
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
