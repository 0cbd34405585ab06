import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumericEntry } from '../../ui/numeric-entry';
import { entryValue, type EntryFormat } from '../../ui/numeric-entry-rules';

/** Whole units, at most three digits (the basket's most is 999). */
const QUANTITY: EntryFormat = { decimals: 0, maxLength: 3 };

export interface QuantityDialogProps {
  readonly feedback: ReactNode;
  readonly onChosen: (quantity: number) => void;
  readonly onClose: () => void;
}

/** Sets the quantity for the next scan or product on a numpad: the touch way to "type 3, press ×". */
export function QuantityDialog({ feedback, onChosen, onClose }: QuantityDialogProps) {
  const [typed, setTyped] = useState('');
  const quantity = entryValue(typed, QUANTITY) ?? 0;
  return (
    <Dialog title="Quantity for the next item" onClose={onClose} size="sm" closeLabel="Cancel quantity">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (quantity > 0) onChosen(quantity);
        }}
      >
        {feedback}
        <NumericEntry label="Quantity" value={typed} onChange={setTyped} format={QUANTITY} autoFocus />
        <div className="grid grid-cols-2 gap-2 pt-1">
          <Button size="lg" onClick={onClose}>
            Cancel
          </Button>
          <Button size="lg" variant="primary" type="submit" disabled={quantity < 1}>
            {quantity > 0 ? `× ${quantity}` : 'Set'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
