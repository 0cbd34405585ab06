import type { ReactNode } from 'react';
import { Button } from '../../ui/button';
import { countItems } from '../basket/basket-rules';
import { Dialog } from '../../ui/dialog';
import type { ParkedSale } from './parked-rules';

export interface ParkedSalesDialogProps {
  readonly sales: readonly ParkedSale[];
  readonly format: (amount: number) => string;
  /** The alert line: a refusal shows here, inside the dialog. */
  readonly feedback: ReactNode;
  readonly onRecall: (sale: ParkedSale) => void;
  readonly onClose: () => void;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The parked sales, longest waiting first: when, who, how many items and the total when parked; Recall. */
export function ParkedSalesDialog({ sales, format, feedback, onRecall, onClose }: ParkedSalesDialogProps) {
  return (
    <Dialog title="Parked sales" onClose={onClose} closeLabel="Close">
      {sales.length === 0 ? (
        <p className="py-6 text-center text-lg text-ink-600">No sales are parked. Park sale (F9) sets the sale on the till aside.</p>
      ) : (
        <ul aria-label="Parked sales" className="divide-y divide-ink-100">
          {sales.map((sale, i) => {
            const items = countItems(sale.basket.lines);
            return (
              <li key={sale.id} className="flex items-center gap-4 py-3">
                <div className="min-w-0 flex-1">
                  <p className="text-lg font-semibold text-ink-900">
                    <time dateTime={sale.parkedAt}>{timeFormat.format(new Date(sale.parkedAt))}</time>
                    <span className="text-ink-600"> · {sale.operator?.name ?? 'no operator'}</span>
                  </p>
                  <p className="text-ink-600">{`${items} ${items === 1 ? 'item' : 'items'}`}</p>
                </div>
                <p className="text-xl font-bold tabular-nums text-ink-950">{format(sale.total)}</p>
                <Button variant="primary" size="lg" onClick={() => onRecall(sale)} {...(i === 0 ? { 'data-autofocus': true } : {})}>
                  Recall
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="mt-3">{feedback}</div>
    </Dialog>
  );
}
