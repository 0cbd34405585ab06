import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { applyNumpadKey, Numpad } from '../../ui/numpad';

export interface QuantityDialogProps {
  readonly feedback: ReactNode;
  readonly onChosen: (quantity: number) => void;
  readonly onClose: () => void;
}

/** Sets the quantity for the next scan or product on a numpad: the touch way to "type 3, press ×". */
export function QuantityDialog({ feedback, onChosen, onClose }: QuantityDialogProps) {
  const [typed, setTyped] = useState('');
  const quantity = /^\d+$/.test(typed) ? Number(typed) : 0;
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
        <input
          aria-label="Quantity"
          value={typed}
          onChange={(event) => setTyped(event.target.value.replace(/\D/g, '').slice(0, 3))}
          inputMode="numeric"
          autoComplete="off"
          data-autofocus
          className="h-14 w-full rounded-xl border-2 border-ink-300 px-4 text-right text-2xl font-semibold tabular-nums focus-visible:border-focus"
        />
        <Numpad label="Numpad" onKey={(key) => setTyped((text) => applyNumpadKey(text, key, 3))} />
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
