import { moneyFormatter } from '../pricing';
import type { JournalEntry } from './journal-entry';
import { formatReceiptNumber } from './refund-rules';
import { formatWhen } from './sales-frame';

/** A journal entry as its printed receipt: a sale with what was paid per line, or a refund. */
export function EntryReceipt({ entry, hiddenInPrint = false }: { readonly entry: JournalEntry; readonly hiddenInPrint?: boolean }) {
  const format = moneyFormatter(entry.currency);
  return (
    <article
      aria-label="Printed receipt"
      className={`self-start rounded-sm bg-white px-6 py-7 font-mono text-[0.95rem] text-ink-900 shadow-lg ring-1 ring-ink-200 print:w-[72mm] print:p-0 print:text-[10pt] print:text-black print:shadow-none print:ring-0 ${hiddenInPrint ? 'print:hidden' : ''}`}
    >
      <header className="mb-4 text-center">
        <h2 className="text-xl font-bold">{entry.storeName}</h2>
        <p>{formatWhen(entry.at)}</p>
        <p>
          {entry.kind === 'refund' ? 'Refund' : 'Receipt'} {formatReceiptNumber(entry.receiptNumber)}
        </p>
        {entry.kind === 'refund' && <p>of receipt {formatReceiptNumber(entry.saleReceiptNumber)}</p>}
        <p>Copy</p>
      </header>
      {entry.kind === 'sale' ? (
        <>
          <ul aria-label="Receipt" className="border-y border-dashed border-ink-400 py-2">
            {entry.lines.map((line) => (
              <li key={`l${line.index}`} className="py-0.5">
                <div className="flex justify-between gap-3">
                  <span>{line.quantity > 1 ? `${line.name} × ${line.quantity}` : line.name}</span>
                  <span className="tabular-nums">{format(line.price)}</span>
                </div>
                {line.paid !== line.price && <div className="pl-3 text-ink-600 print:text-black">paid {format(line.paid)}</div>}
              </li>
            ))}
            {entry.discounts.map((d, i) => (
              <li key={`d${i}`} className="flex justify-between gap-3 py-0.5">
                <span>
                  <span className="sr-only">Discount: </span>
                  {d.label}
                </span>
                <span className="tabular-nums">−{format(d.saving)}</span>
              </li>
            ))}
          </ul>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 py-2 tabular-nums">
            <dt>Subtotal</dt>
            <dd className="text-right">{format(entry.subtotal)}</dd>
            {entry.savings > 0 && (
              <>
                <dt>You saved</dt>
                <dd className="text-right">−{format(entry.savings)}</dd>
              </>
            )}
            <dt className="pt-1 text-lg font-bold">Total</dt>
            <dd className="pt-1 text-right text-lg font-bold">{format(entry.total)}</dd>
            {entry.tenders.map((t, i) => (
              <div key={i} className="contents">
                <dt>{t.kind === 'cash' ? 'Cash' : 'Card'}</dt>
                <dd className="text-right">{format(t.amount)}</dd>
              </div>
            ))}
            <dt>Change</dt>
            <dd className="text-right">{format(entry.change)}</dd>
          </dl>
        </>
      ) : (
        <>
          <ul aria-label="Refunded lines" className="border-y border-dashed border-ink-400 py-2">
            {entry.lines.map((line) => (
              <li key={line.line} className="flex justify-between gap-3 py-0.5">
                <span>{line.quantity > 1 ? `${line.name} × ${line.quantity}` : line.name}</span>
                <span className="tabular-nums">−{format(line.amount)}</span>
              </li>
            ))}
          </ul>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 py-2 tabular-nums">
            <dt className="text-lg font-bold">Refunded</dt>
            <dd className="text-right text-lg font-bold">{format(entry.total)}</dd>
            <dt>{entry.tender.kind === 'cash' ? 'Cash back' : 'To card'}</dt>
            <dd className="text-right">{format(entry.tender.amount)}</dd>
          </dl>
        </>
      )}
    </article>
  );
}
