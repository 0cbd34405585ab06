import { useId, useMemo, useState } from 'react';
import type { PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { describeDiff, storeWarning, type DiffGroup } from '../edits/book-diff-lines';
import { changeCount, diffBooks } from '../edits/book-diff';

export interface ImportPreviewProps {
  /** The imported file's name. */
  readonly file: string;
  /** The book in use: the preview always compares with the current one, even if it changes while open. */
  readonly current: PriceBook;
  /** The imported book, already validated. */
  readonly imported: PriceBook;
  /** Stores the imported book; the screen says whether it was saved. */
  readonly onApply: () => Promise<unknown>;
  readonly onCancel: () => void;
}

/** Lines shown per group before "and N more": enough to check a price list, short enough to find the buttons. */
export const LINES_SHOWN = 20;

/**
 * Asks before an import replaces the book in use: what changes, grouped and counted, and for a
 * book of another store (a different `id`) a plain warning and a box to tick before it applies.
 */
export function ImportPreview({ file, current, imported, onApply, onCancel }: ImportPreviewProps) {
  const diff = useMemo(() => diffBooks(current, imported), [current, imported]);
  const groups = useMemo(() => describeDiff(diff, current.currency), [diff, current.currency]);
  const warning = storeWarning(diff);
  const count = changeCount(diff);
  const [otherStoreConfirmed, setOtherStoreConfirmed] = useState(false);
  const [applying, setApplying] = useState(false);
  const apply = () => {
    setApplying(true);
    void onApply().finally(() => setApplying(false));
  };
  const cancel = () => {
    if (!applying) onCancel();
  };

  return (
    <Dialog title="Import price book?" onClose={cancel} size="lg">
      {count === 0 ? (
        <p className="text-ink-800">
          <strong>Nothing changes:</strong> {file} has the same products, offers, prices and store as the book in use.
        </p>
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-ink-800">
            Importing {file} makes {count} {count === 1 ? 'change' : 'changes'} to the book in use. The till prices with it as soon as it is applied.
          </p>
          {warning !== undefined && <OtherStore warning={warning} confirmed={otherStoreConfirmed} onConfirmed={setOtherStoreConfirmed} />}
          <div role="region" aria-label="Changes" tabIndex={0} className="flex max-h-[50dvh] flex-col gap-4 overflow-y-auto rounded-xl p-1 ring-1 ring-inset ring-ink-200">
            {groups.map((group) => (
              <ChangeGroup key={group.title} group={group} />
            ))}
            {groups.length === 0 && <p className="px-3 py-2 text-ink-700">Only the store’s book id changes.</p>}
          </div>
        </div>
      )}
      <div className="mt-5 flex justify-end gap-3">
        <Button onClick={cancel} disabled={applying} data-autofocus>
          {count === 0 ? 'Close' : 'Cancel'}
        </Button>
        {count > 0 && (
          <Button variant="primary" onClick={apply} disabled={applying || (warning !== undefined && !otherStoreConfirmed)}>
            Apply import
          </Button>
        )}
      </div>
    </Dialog>
  );
}

function ChangeGroup({ group }: { readonly group: DiffGroup }) {
  const headingId = useId();
  const more = group.lines.length - LINES_SHOWN;
  return (
    <section aria-labelledby={headingId} className="px-3 py-2">
      <h3 id={headingId} className="font-semibold text-ink-900">
        {group.title} <span className="font-normal text-ink-600">({group.lines.length})</span>
      </h3>
      <ul aria-label={group.title} className="mt-1 list-disc pl-6 text-ink-800">
        {group.lines.slice(0, LINES_SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {more > 0 && <p className="pl-6 text-ink-600">and {more} more</p>}
    </section>
  );
}

interface OtherStoreProps {
  readonly warning: string;
  readonly confirmed: boolean;
  readonly onConfirmed: (confirmed: boolean) => void;
}

/** The second confirmation: the warning in plain words and a box the manager must tick on purpose. */
function OtherStore({ warning, confirmed, onConfirmed }: OtherStoreProps) {
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-danger-50 px-4 py-3 text-danger-700">
      <p role="alert" className="font-semibold">
        {warning}
      </p>
      <p>Sales would then be recorded under the imported book’s store id, and its prices and offers replace this store’s.</p>
      <label className="flex min-h-12 cursor-pointer items-center gap-3 font-semibold">
        <input type="checkbox" className="size-6 accent-danger-700" checked={confirmed} onChange={(e) => onConfirmed(e.currentTarget.checked)} />
        {/* A control's name is part of the scripting contract: plain apostrophes, as a script types them. */}
        I mean to replace this store's book with another store's
      </label>
    </div>
  );
}
