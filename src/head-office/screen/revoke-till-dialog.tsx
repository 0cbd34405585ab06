import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';

export interface RevokeTillDialogProps {
  readonly till: string;
  /** Why the last try failed, in words for the manager. */
  readonly error: string | undefined;
  readonly pending: boolean;
  readonly onRevoke: () => void;
  readonly onKeep: () => void;
}

/** Asks before a till's token stops working; keeping it is the default answer. */
export function RevokeTillDialog({ till, error, pending, onRevoke, onKeep }: RevokeTillDialogProps) {
  return (
    <Dialog title={`Revoke ${till}?`} onClose={onKeep} size="sm">
      <p className="text-ink-700">Its token stops working at once: the till keeps selling, but uploads nothing and gets no new prices until it is enrolled again with a new token.</p>
      {error !== undefined && (
        <p role="alert" className="mt-3 text-danger-700">
          {error}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-3">
        <Button onClick={onKeep} data-autofocus>
          Keep it
        </Button>
        <Button variant="danger" onClick={onRevoke} disabled={pending}>
          Revoke till
        </Button>
      </div>
    </Dialog>
  );
}
