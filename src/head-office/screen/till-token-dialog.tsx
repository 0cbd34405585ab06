import { useState } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/text-field';

/** The till's token, shown once: head office keeps only its hash. */
export function TokenDialog({ till, token, storeName, onClose }: { readonly till: string; readonly token: string; readonly storeName: string; readonly onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined);
  const copy = () =>
    navigator.clipboard.writeText(token).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <Dialog title="Till enrolled" onClose={onClose} size="md">
      <p className="text-ink-700">
        Enter this token in {till}’s back office ({storeName}). It is shown only now: head office keeps only a fingerprint of it. Lost, revoke the till and enrol it again.
      </p>
      <TextField label="Till token" value={token} readOnly className="mt-4 font-mono" onFocus={(e) => e.currentTarget.select()} />
      {copied === 'yes' && (
        <p role="status" className="mt-2 text-brand-800">
          Copied.
        </p>
      )}
      {copied === 'failed' && (
        <p role="alert" className="mt-2 text-danger-700">
          This browser did not allow copying: select the token and copy it by hand.
        </p>
      )}
      <div className="mt-5 flex justify-end gap-3">
        <Button onClick={() => void copy()}>Copy token</Button>
        <Button variant="primary" onClick={onClose} data-autofocus>
          Done
        </Button>
      </div>
    </Dialog>
  );
}
