import type { ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';

export interface ConfirmDialogProps {
  /** The question, as the dialog's name ("Sell 60 × Apples?"). */
  readonly title: string;
  /** Why the till asks. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly feedback: ReactNode;
  readonly onConfirm: () => void;
  /** The cancel button and Escape. */
  readonly onCancel: () => void;
  /**
   * Which button a stray Enter presses: `cancel` (the safe answer, the default), or `none` where
   * neither answer is safe to give by accident (the age question: a slip either way matters).
   */
  readonly enterPresses?: 'cancel' | 'none';
}

/** A yes-or-no question the till asks before it does something unusual with money or goods. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, feedback, onConfirm, onCancel, enterPresses = 'cancel' }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} size="sm">
      <div className="flex flex-col gap-2 text-lg text-ink-800 outline-none" tabIndex={-1} data-autofocus={enterPresses === 'none' ? true : undefined}>
        {children}
      </div>
      {feedback}
      <div className="mt-5 grid grid-cols-2 gap-2">
        <Button size="lg" onClick={onCancel} data-autofocus={enterPresses === 'cancel' ? true : undefined}>
          {cancelLabel}
        </Button>
        <Button size="lg" variant="primary" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
