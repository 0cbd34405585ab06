import type { ReactNode } from 'react';
import type { CashCaution } from '../checkout/tender-rules';
import { ConfirmDialog } from './confirm-dialog';

export interface LargeCashDialogProps {
  readonly amount: number;
  readonly caution: CashCaution;
  readonly format: (amount: number) => string;
  readonly feedback: ReactNode;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before a cash amount large enough to be a typing slip is taken (`cashCaution`). "Change the amount" has focus. */
export function LargeCashDialog({ amount, caution, format, feedback, onConfirm, onCancel }: LargeCashDialogProps) {
  const why = caution.reason === 'over-limit' ? `more than ${format(caution.limit)}` : `more than ${caution.times} times the ${format(caution.owed)} owed`;
  return (
    <ConfirmDialog title={`Take ${format(amount)} in cash?`} confirmLabel={`Take ${format(amount)}`} cancelLabel="Change the amount" feedback={feedback} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        That is {why}. Check the amount typed and the money in your hand: the change comes out of the drawer.
      </p>
    </ConfirmDialog>
  );
}
