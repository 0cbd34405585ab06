import { moneyFormatter } from '../pricing';
import { formatReceiptNumber, ReceiptPaper, SaleReceipt, VatAnalysis } from '../ui/printed-receipt';
import { takeoverText } from '../ui/takeover';
import type { JournalEntry, RefundApproval, SaleEntry, TillEventEntry } from './journal-entry';

/** What a refund's approver approved, in words. */
const APPROVALS: Record<RefundApproval, string> = { refund: 'Refund', 'cash-refund-of-card': 'Cash refund of a card payment' };

/**
 * Who served and who approved, as receipt notes (none for entries recorded before sign-in): "Cash
 * refund of a card payment approved by Sam" where the entry says what was approved.
 */
function staffNotes(entry: JournalEntry): string[] {
  const what = entry.kind === 'refund' && entry.approval !== undefined ? APPROVALS[entry.approval] : undefined;
  const approved = entry.approver === undefined ? [] : [what === undefined ? `Approved by ${entry.approver.name}` : `${what} approved by ${entry.approver.name}`];
  return [...(entry.operator === undefined ? [] : [`Served by ${entry.operator.name}`]), ...approved];
}

/** The times a sale (or a voided one) changed hands: "Taken over from Alex by Sam at 14:02", oldest first. */
function takeoverNotes(entry: JournalEntry): string[] {
  return entry.kind === 'sale' || entry.kind === 'void' ? (entry.takeovers ?? []).map(takeoverText) : [];
}

/** Who approved the sale's price overrides: "Price override approved by Sam" (each approver once). */
function overrideApprovers(entry: SaleEntry): string[] {
  const names = new Set((entry.overrides ?? []).flatMap((o) => (o.approver === undefined ? [] : [o.approver.name])));
  return [...names].map((name) => `Price override approved by ${name}`);
}

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
        notes={[`Receipt ${formatReceiptNumber(entry.receiptNumber)}`, ...staffNotes(entry), ...takeoverNotes(entry), ...overrideApprovers(entry), 'Copy']}
        hiddenInPrint={hiddenInPrint}
        tillId={entry.tillId}
        lines={withOverrides(entry)}
        discounts={entry.discounts}
        subtotal={entry.subtotal}
        savings={entry.savings}
        total={entry.total}
        tenders={entry.tenders}
        change={entry.change}
        voided={entry.lineVoids}
        {...(entry.taxes === undefined ? {} : { taxes: entry.taxes })}
        format={format}
      />
    );
  }
  if (entry.kind !== 'refund') return <EventReceipt entry={entry} hiddenInPrint={hiddenInPrint} />;
  return (
    <ReceiptPaper
      storeName={entry.storeName}
      at={entry.at}
      notes={[`Refund ${formatReceiptNumber(entry.receiptNumber)}`, `of receipt ${formatReceiptNumber(entry.saleReceiptNumber)}`, ...staffNotes(entry), 'Copy']}
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

/** The sale's lines, each overridden one carrying its override: the receipt prints "Price override £1.00 (was £1.50): damaged" under it. */
function withOverrides(entry: SaleEntry): SaleEntry['lines'] {
  const { overrides } = entry;
  if (overrides === undefined || overrides.length === 0) return entry.lines;
  return entry.lines.map((line) => {
    const found = overrides.find((o) => o.line === line.index);
    return found === undefined ? line : { ...line, override: found };
  });
}

/** No sale, or a voided sale: what happened, who did it and who approved it. */
function EventReceipt({ entry, hiddenInPrint }: { readonly entry: TillEventEntry; readonly hiddenInPrint: boolean }) {
  const format = moneyFormatter(entry.currency);
  const title = entry.kind === 'no-sale' ? 'No sale' : 'Voided sale';
  return (
    <ReceiptPaper storeName={entry.storeName} at={entry.at} notes={[`${title} ${formatReceiptNumber(entry.receiptNumber)}`, ...staffNotes(entry), ...takeoverNotes(entry), 'Copy']} hiddenInPrint={hiddenInPrint} tillId={entry.tillId}>
      <p className="border-y border-dashed border-ink-400 py-2">
        {entry.kind === 'no-sale'
          ? 'The cash drawer was opened with no sale.'
          : `${entry.items} ${entry.items === 1 ? 'item' : 'items'} coming to ${format(entry.total)} voided; ${entry.tendered > 0 ? `${format(entry.tendered)} handed back` : 'nothing was paid'}.`}
      </p>
    </ReceiptPaper>
  );
}
