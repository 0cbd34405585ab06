import type { Receipt } from '../../pricing';
import { Button } from '../../ui/button';
import { proofStatusText, type ProofStatus } from '../proof/proof-rules';

export interface SaleTotalsProps {
  readonly receipt: Receipt | undefined;
  readonly empty: boolean;
  /** Where the total stands: proven, being checked off the main thread, or the best found (`proof/`). */
  readonly proof: ProofStatus | undefined;
  readonly paid: number;
  readonly format: (amount: number) => string;
  readonly onUndo: () => void;
  /** Whether Undo has an action to reverse (the basket may be empty after a void). */
  readonly canUndo: boolean;
  readonly onVoidSale: () => void;
  readonly onPay: () => void;
}

/** The foot of the sale: subtotal, savings, what is paid, the Total the cashier reads, and Undo, Void sale and Pay. */
export function SaleTotals({ receipt, empty, proof, paid, format, onUndo, canUndo, onVoidSale, onPay }: SaleTotalsProps) {
  // While the total is checked off the main thread it is shown greyed: it may still come down.
  const checking = proof === 'checking' && !empty;
  const saved = receipt !== undefined && receipt.savings > 0;
  return (
    <div className="shrink-0 border-t border-ink-200 bg-ink-50/60 px-5 pb-4 pt-2.5">
      <dl className="flex flex-wrap justify-between gap-x-6 gap-y-0.5 text-base text-ink-700 tabular-nums">
        <div className="flex gap-2">
          <dt>Subtotal</dt>
          <dd>{format(receipt?.subtotal ?? 0)}</dd>
        </div>
        <div className={`flex gap-2 ${saved ? 'font-semibold text-brand-700' : ''}`}>
          <dt>Savings</dt>
          <dd>{saved ? `−${format(receipt.savings)}` : format(0)}</dd>
        </div>
        {paid > 0 && (
          <div className="flex w-full justify-between gap-2 font-semibold text-ink-800">
            <dt>Paid so far</dt>
            <dd>{format(paid)}</dd>
          </div>
        )}
      </dl>
      <div className="mt-1 flex items-end justify-between gap-4">
        <span className="pb-1.5 text-xl font-semibold text-ink-900" aria-hidden="true">
          Total
        </span>
        <p role="status" aria-label="Total" aria-busy={checking} className={`text-5xl font-bold tracking-tight tabular-nums ${checking ? 'text-ink-500' : 'text-ink-950'}`}>
          {receipt === undefined ? '—' : format(receipt.total)}
        </p>
      </div>
      {/* Always in the page, so that a screen reader announces the check as it starts and ends. */}
      <p role="status" aria-label="Price check" className="mt-1 min-h-5 text-right text-sm text-ink-600">
        {empty ? '' : proofStatusText(proof)}
      </p>
      <div className="mt-3 grid grid-cols-[auto_auto_minmax(0,1fr)] gap-2">
        <Button onClick={onUndo} disabled={!canUndo} size="lg" variant="secondary" aria-label="Undo last action">
          Undo
        </Button>
        <Button onClick={onVoidSale} disabled={empty} size="lg" variant="danger">
          Void sale
        </Button>
        <Button onClick={onPay} disabled={empty || receipt === undefined} size="lg" variant="primary" className="whitespace-nowrap text-xl">
          Pay {receipt === undefined || empty ? '' : format(receipt.total)}
        </Button>
      </div>
    </div>
  );
}
