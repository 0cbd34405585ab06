import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { formatReceiptNumber, SaleReceipt } from '../../ui/printed-receipt';
import type { LegalDetails } from '../../pricing';
import type { CompletedSale } from '../checkout/tender-rules';

export interface SaleCompleteProps {
  readonly sale: CompletedSale;
  readonly format: (amount: number) => string;
  readonly feedback: ReactNode;
  readonly onNewSale: () => void;
  /** Prints the receipt (a paired printer, else the browser's print dialog). */
  readonly onPrint: () => void;
  /** The seller's legal lines (the book's `legal`), printed under the store's name. */
  readonly legal?: LegalDetails | undefined;
}

/** How long after completing "New sale" ignores taps and Enter. */
const DOUBLE_TAP_MS = 500;

/**
 * After payment: the change to hand back, the receipt as it prints, and "New sale". Printing shows
 * only the receipt. A scan here starts the next sale by itself.
 */
export function SaleComplete({ sale, format, feedback, onNewSale, onPrint, legal }: SaleCompleteProps) {
  const { receipt } = sale;
  // "New sale" waits a moment before it listens, so the second tap of a double tap on "Complete
  // sale" (or a bounced Enter) cannot sweep the receipt away before anyone has read the change.
  const [armed, setArmed] = useState(false);
  const newSale = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setArmed(true);
      // Enter starts the next sale: focus may have gone back to whatever opened the closed Payment
      // dialog, so it is put on "New sale" once it listens (unless the cashier is typing somewhere).
      const active = document.activeElement;
      if (active === null || active === document.body || active instanceof HTMLButtonElement) newSale.current?.focus();
    }, DOUBLE_TAP_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main className="grid min-h-0 flex-1 grid-cols-1 gap-6 overflow-y-auto p-6 md:grid-cols-[minmax(0,1fr)_24rem] print:block print:overflow-visible print:p-0">
      <section aria-label="Sale complete" className="flex flex-col items-start justify-center gap-6 px-4 print:hidden">
        <p className="flex items-center gap-3 text-2xl font-semibold text-brand-700">
          <span className="grid size-10 place-items-center rounded-full bg-brand-600 text-white" aria-hidden="true">
            <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
              <path d="m5 12.5 4.5 4.5L19 7.5" />
            </svg>
          </span>
          Sale complete
        </p>
        <div>
          <p className="text-lg font-semibold uppercase tracking-wider text-ink-600">{sale.change > 0 ? 'Change due' : 'No change due'}</p>
          <p className="text-7xl font-bold tracking-tight text-ink-950 tabular-nums">{format(sale.change)}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button ref={newSale} size="xl" variant="primary" aria-disabled={!armed} onClick={() => armed && onNewSale()} autoFocus>
            New sale
          </Button>
          <Button size="xl" onClick={onPrint}>
            Print receipt
          </Button>
        </div>
        <div className="w-full max-w-xl">{feedback}</div>
        <p className="text-ink-600">Scanning the next customer's first item starts a new sale too.</p>
      </section>

      <SaleReceipt
        storeName={sale.storeName}
        at={sale.completedAt}
        notes={[`Receipt ${formatReceiptNumber(sale.receiptNumber)}`]}
        {...(legal === undefined ? {} : { legal })}
        {...(sale.tillId === undefined ? {} : { tillId: sale.tillId })}
        {...(sale.operator === undefined ? {} : { operator: sale.operator })}
        lines={withOverrides(receipt.lines, sale.overrides)}
        discounts={receipt.discounts}
        subtotal={receipt.subtotal}
        savings={receipt.savings}
        total={receipt.total}
        tenders={sale.tenders}
        change={sale.change}
        voided={sale.lineVoids}
        {...(receipt.taxes === undefined ? {} : { taxes: receipt.taxes })}
        format={format}
      />
    </main>
  );
}

/** The receipt's lines, each overridden one carrying its override (the receipt prints it under the line). */
function withOverrides<Line extends { readonly index: number }>(lines: readonly Line[], overrides: CompletedSale['overrides']): readonly Line[] {
  if (overrides === undefined || overrides.length === 0) return lines;
  return lines.map((line) => {
    const found = overrides.find((o) => o.line === line.index);
    return found === undefined ? line : { ...line, override: found };
  });
}
