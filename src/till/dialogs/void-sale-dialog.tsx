import type { ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';

export interface VoidSaleDialogProps {
  readonly items: number;
  /** Tendered so far, formatted, when anything was: it has to be handed back. */
  readonly paid: string | undefined;
  readonly feedback: ReactNode;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Asks before the whole sale goes. "Keep the sale" has focus, so a stray Enter keeps it. */
export function VoidSaleDialog({ items, paid, feedback, onConfirm, onClose }: VoidSaleDialogProps) {
  return (
    <Dialog title="Void the whole sale?" onClose={onClose} size="sm">
      <p className="text-lg text-ink-800">
        All {items} {items === 1 ? 'item' : 'items'} will be removed and the sale will not be recorded.
      </p>
      {feedback}
      {paid !== undefined && <p className="mt-2 font-semibold text-danger-700">Hand back the {paid} already paid.</p>}
      <div className="mt-5 grid grid-cols-2 gap-2">
        <Button size="lg" onClick={onClose} data-autofocus>
          Keep the sale
        </Button>
        <Button size="lg" variant="danger" onClick={onConfirm}>
          Void sale
        </Button>
      </div>
    </Dialog>
  );
}
