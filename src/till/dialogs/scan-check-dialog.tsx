import type { ReactNode } from 'react';
import type { Product } from '../../pricing';
import { ageQuestion } from '../guards/age-rules';
import { CONFIRM_QUANTITY_ABOVE } from '../guards/quantity-rules';
import type { ScanConfirmation } from '../guards/scan-checks';
import { ConfirmDialog } from './confirm-dialog';

export interface ScanCheckDialogProps {
  readonly confirmation: ScanConfirmation;
  readonly product: Product;
  readonly format: (amount: number) => string;
  readonly feedback: ReactNode;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before an item goes into the basket (see `guards/scan-checks.ts`): the customer's age, a
 * price label far below the shelf price, a large quantity. Its names are part of the scripting contract.
 */
export function ScanCheckDialog({ confirmation, product, format, feedback, onConfirm, onCancel }: ScanCheckDialogProps) {
  const common = { feedback, onConfirm, onCancel };
  switch (confirmation.kind) {
    case 'age':
      return (
        <ConfirmDialog {...common} title="Check the customer's age" confirmLabel={`Yes, ${confirmation.minimumAge} or over`} cancelLabel="No: don't sell" enterPresses="none">
          <p>
            {product.name} is for customers {confirmation.minimumAge} or over.
          </p>
          <p className="font-semibold text-ink-950">{ageQuestion(confirmation.minimumAge)}</p>
        </ConfirmDialog>
      );
    case 'low-price-label':
      return (
        <ConfirmDialog {...common} title={`Sell ${product.name} at ${format(confirmation.price)}?`} confirmLabel={`Sell at ${format(confirmation.price)}`} cancelLabel="Don't sell">
          <p>
            The price label says {format(confirmation.price)}, less than a tenth of the shelf price of {format(confirmation.shelfPrice)}. Check the label belongs to this item.
          </p>
        </ConfirmDialog>
      );
    case 'quantity':
      return (
        <ConfirmDialog {...common} title={`Sell ${confirmation.quantity} × ${product.name}?`} confirmLabel={`Sell ${confirmation.quantity}`} cancelLabel="Don't sell">
          <p>
            That is more than {CONFIRM_QUANTITY_ABOVE} of one item. Check the quantity typed before the scan.
          </p>
        </ConfirmDialog>
      );
  }
}
