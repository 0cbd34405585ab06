import { moneyFormatter } from '../pricing';
import { formatReceiptNumber, ReceiptPaper, SaleReceipt, VatAnalysis } from '../ui/printed-receipt';
import type { JournalEntry } from './journal-entry';

/**
 * A journal entry as its printed receipt, marked "Copy": a sale as its receipt first printed (with
 * what was paid for each discounted line), or a refund with the lines given back.
 */
export function EntryReceipt({ entry, hiddenInPrint = false }: { readonly entry: JournalEntry; readonly hiddenInPrint?: boolean }) {
  const format = moneyFormatter(entry.currency);
  if (entry.kind === 'sale') {
    return (
      <SaleReceipt
        storeName={entry.storeName}
        at={entry.at}
        notes={[`Receipt ${formatReceiptNumber(entry.receiptNumber)}`, 'Copy']}
        hiddenInPrint={hiddenInPrint}
        tillId={entry.tillId}
        lines={entry.lines}
        discounts={entry.discounts}
        subtotal={entry.subtotal}
        savings={entry.savings}
        total={entry.total}
        tenders={entry.tenders}
        change={entry.change}
        {...(entry.taxes === undefined ? {} : { taxes: entry.taxes })}
        format={format}
      />
    );
  }
  return (
    <ReceiptPaper
      storeName={entry.storeName}
      at={entry.at}
      notes={[`Refund ${formatReceiptNumber(entry.receiptNumber)}`, `of receipt ${formatReceiptNumber(entry.saleReceiptNumber)}`, 'Copy']}
      hiddenInPrint={hiddenInPrint}
      tillId={entry.tillId}
    >
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
        {entry.tenders.map((tender) => (
          <div key={tender.kind} className="contents">
            <dt>{tender.kind === 'cash' ? 'Cash back' : 'To card'}</dt>
            <dd className="text-right">{format(tender.amount)}</dd>
          </div>
        ))}
      </dl>
      {entry.crossTender !== undefined && <p>Cash instead of card: {format(entry.crossTender.amount)}</p>}
      {entry.taxes !== undefined && entry.taxes.length > 0 && <VatAnalysis taxes={entry.taxes} format={format} />}
    </ReceiptPaper>
  );
}
