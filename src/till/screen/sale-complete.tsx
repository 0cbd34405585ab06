import { useEffect, useState, type ReactNode } from 'react';
import type { Product } from '../../pricing';
import { Button } from '../../ui/button';
import type { CompletedSale } from '../checkout/tender-rules';
import { lineDetail, ReceiptEntries } from './receipt-entries';

export interface SaleCompleteProps {
  readonly sale: CompletedSale;
  readonly products: ReadonlyMap<string, Product>;
  readonly format: (amount: number) => string;
  readonly feedback: ReactNode;
  readonly onNewSale: () => void;
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** How long after completing "New sale" ignores taps and Enter. */
const DOUBLE_TAP_MS = 500;

/**
 * After payment: the change to hand back, the receipt as it prints, and "New sale". Printing shows
 * only the receipt. A scan here starts the next sale by itself.
 */
export function SaleComplete({ sale, products, format, feedback, onNewSale }: SaleCompleteProps) {
  const { receipt } = sale;
  // "New sale" waits a moment before it listens, so the second tap of a double tap on "Complete
  // sale" (or a bounced Enter) cannot sweep the receipt away before anyone has read the change.
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setArmed(true), DOUBLE_TAP_MS);
    return () => clearTimeout(timer);
  }, []);
  const number = String(sale.receiptNumber).padStart(6, '0');
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
          <Button size="xl" variant="primary" aria-disabled={!armed} onClick={() => armed && onNewSale()} autoFocus>
            New sale
          </Button>
          <Button size="xl" onClick={() => window.print()}>
            Print receipt
          </Button>
        </div>
        <div className="w-full max-w-xl">{feedback}</div>
        <p className="text-ink-600">Scanning the next customer's first item starts a new sale too.</p>
      </section>

      <article aria-label="Printed receipt" className="self-start rounded-sm bg-white px-6 py-7 font-mono text-[0.95rem] text-ink-900 shadow-lg ring-1 ring-ink-200 print:w-[72mm] print:p-0 print:text-[10pt] print:text-black print:shadow-none print:ring-0">
        <header className="mb-4 text-center">
          <h2 className="text-xl font-bold">{sale.storeName}</h2>
          <p>{when.format(new Date(sale.completedAt))}</p>
          <p>Receipt {number}</p>
        </header>
        <ul aria-label="Receipt" className="border-y border-dashed border-ink-400 py-2">
          <ReceiptEntries
            receipt={receipt}
            format={format}
            renderLine={(line) => {
              const product = products.get(line.sku);
              const detail = lineDetail(line, format, product?.unit === 'kg' ? product.price : undefined, false);
              return (
                <li key={`l${line.index}`} className="py-0.5">
                  <div className="flex justify-between gap-3">
                    <span>{line.name}</span>
                    <span className="tabular-nums">{format(line.price)}</span>
                  </div>
                  {detail !== undefined && <div className="pl-3 text-ink-600 print:text-black">{detail}</div>}
                </li>
              );
            }}
          />
        </ul>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 py-2 tabular-nums">
          <dt>Subtotal</dt>
          <dd className="text-right">{format(receipt.subtotal)}</dd>
          {receipt.savings > 0 && (
            <>
              <dt>You saved</dt>
              <dd className="text-right">−{format(receipt.savings)}</dd>
            </>
          )}
          <dt className="pt-1 text-lg font-bold">Total</dt>
          <dd className="pt-1 text-right text-lg font-bold">{format(receipt.total)}</dd>
          {sale.tenders.map((t) => (
            <div key={t.id} className="contents">
              <dt>{t.kind === 'cash' ? 'Cash' : 'Card'}</dt>
              <dd className="text-right">{format(t.amount)}</dd>
            </div>
          ))}
          <dt>Change</dt>
          <dd className="text-right">{format(sale.change)}</dd>
        </dl>
        <p className="mt-3 border-t border-dashed border-ink-400 pt-3 text-center">Thank you for shopping with us</p>
      </article>
    </main>
  );
}
