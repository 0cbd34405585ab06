import { Button } from '../../ui/button';
import { quickCashAmounts, type Tender } from '../checkout/tender-rules';

/** The tenders taken so far, each removable. */
export function TenderList({ tenders, format, onRemove }: { readonly tenders: readonly Tender[]; readonly format: (amount: number) => string; readonly onRemove: (tenderId: number) => void }) {
  return (
    <ul aria-label="Tenders" className="divide-y divide-ink-100 rounded-xl ring-1 ring-inset ring-ink-200">
      {tenders.map((t) => (
        <li key={t.id} className="flex items-center justify-between gap-3 py-1 pl-4 pr-1">
          <span className="font-medium">{t.kind === 'cash' ? 'Cash' : 'Card'}</span>
          <span className="ml-auto font-semibold tabular-nums">{format(t.amount)}</span>
          <Button variant="quiet" onClick={() => onRemove(t.id)} aria-label={`Remove ${t.kind} ${format(t.amount)}`}>
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** Exact cash and the next round notes above what is owed, one tap each. */
export function QuickCash({ owed, fractionDigits, format, onCash }: { readonly owed: number; readonly fractionDigits: number; readonly format: (amount: number) => string; readonly onCash: (amount: number) => void }) {
  return (
    <div role="group" aria-label="Quick cash" className="grid grid-cols-2 gap-2">
      {quickCashAmounts(owed, fractionDigits).map((amount, i) => (
        <Button key={amount} size="lg" onClick={() => onCash(amount)} aria-label={i === 0 ? `Exact cash ${format(amount)}` : `Cash ${format(amount)}`}>
          <span className="tabular-nums">{i === 0 ? `Exact ${format(amount)}` : format(amount)}</span>
        </Button>
      ))}
    </div>
  );
}

/** Total, paid, and what is owed or the change due. */
export function PaymentAmounts({ total, paid, owed, change, format }: { readonly total: number; readonly paid: number; readonly owed: number; readonly change: number; readonly format: (amount: number) => string }) {
  return (
    <dl className="grid grid-cols-3 gap-3 text-center">
      <Amount label="Total" value={format(total)} />
      <Amount label="Paid" value={format(paid)} />
      {change > 0 ? <Amount label="Change due" value={format(change)} tone="brand" /> : <Amount label="Owed" value={format(owed)} tone={owed === 0 ? 'brand' : 'strong'} />}
    </dl>
  );
}

function Amount({ label, value, tone = 'normal' }: { label: string; value: string; tone?: 'normal' | 'strong' | 'brand' }) {
  const colour = tone === 'brand' ? 'text-brand-700' : tone === 'strong' ? 'text-ink-950' : 'text-ink-700';
  return (
    <div className="rounded-xl bg-ink-50 px-3 py-2">
      <dt className="text-sm font-semibold uppercase tracking-wider text-ink-600">{label}</dt>
      <dd className={`text-3xl font-bold tabular-nums ${colour}`}>{value}</dd>
    </div>
  );
}
