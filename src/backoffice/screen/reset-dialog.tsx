import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';

export interface ResetDialogProps {
  readonly onReset: () => void;
  readonly onKeep: () => void;
}

/** Asks before every edit of the book is forgotten; keeping them is the default answer. */
export function ResetDialog({ onReset, onKeep }: ResetDialogProps) {
  return (
    <Dialog title="Go back to the shipped book?" onClose={onKeep} size="sm">
      <p className="text-ink-700">Every edit to this book and its disabled offers are forgotten. The till prices with the shipped book at once.</p>
      <div className="mt-5 flex justify-end gap-3">
        <Button onClick={onKeep} data-autofocus>
          Keep my edits
        </Button>
        <Button variant="danger" onClick={onReset}>
          Reset
        </Button>
      </div>
    </Dialog>
  );
}
