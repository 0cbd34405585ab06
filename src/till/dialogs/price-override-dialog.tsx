import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumericEntry } from '../../ui/numeric-entry';
import { entryValue } from '../../ui/numeric-entry-rules';
import { MAX_OVERRIDE_NOTE, OVERRIDE_REASONS, type OverrideReason } from '../../ui/price-override';
import { TextField } from '../../ui/text-field';
import type { OverrideInput } from '../sale/override-rules';

export interface PriceOverrideDialogProps {
  /** The line's product name. */
  readonly name: string;
  /** Units on the row the new price is for (its scans' quantities summed; 1 for a weighed pack). */
  readonly units: number;
  /** The line's unit price now, in minor units. */
  readonly current: number;
  readonly format: (amount: number) => string;
  readonly fractionDigits: number;
  readonly feedback: ReactNode;
  /** Called with what was filled in; the caller checks it, asks for approval and applies it. */
  readonly onSubmit: (input: OverrideInput) => void;
  readonly onClose: () => void;
}

const REASON_NAMES: Readonly<Record<OverrideReason, string>> = { damaged: 'Damaged', 'price-match': 'Price match', 'wrong-label': 'Wrong label', other: 'Other' };

/**
 * "Override price": the new unit price on the numpad and why (damaged, price match, wrong label, or
 * other in words), for every unit of the row ("Granola × 3"). A supervisor's PIN is asked next,
 * where the operator is not one.
 */
export function PriceOverrideDialog({ name, units, current, format, fractionDigits, feedback, onSubmit, onClose }: PriceOverrideDialogProps) {
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState<OverrideReason>();
  const [note, setNote] = useState('');
  const entry = { decimals: fractionDigits, maxLength: 9 };
  return (
    <Dialog title="Override price" onClose={onClose} size="sm" closeLabel="Cancel override">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit({ price: entryValue(typed, entry), reason, note });
        }}
      >
        <p className="text-ink-700">
          <span className="font-semibold">{name}</span>
          {units > 1 && ` × ${units}`}: {format(current)} each now{units > 1 && `; the new price is for all ${units}`}
        </p>
        {feedback}
        <NumericEntry label="New price" value={typed} onChange={setTyped} format={entry} placeholder={format(current)} autoFocus />
        <fieldset className="grid grid-cols-2 gap-2">
          <legend className="mb-1 text-sm font-semibold text-ink-800">Reason</legend>
          {OVERRIDE_REASONS.map(({ value }) => (
            <label key={value} className="flex min-h-12 items-center gap-2 rounded-xl px-3 ring-1 ring-inset ring-ink-300 has-checked:bg-brand-50 has-checked:ring-brand-600">
              <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} className="size-5" />
              {REASON_NAMES[value]}
            </label>
          ))}
        </fieldset>
        {reason === 'other' && <TextField label="Other reason" value={note} maxLength={MAX_OVERRIDE_NOTE} onChange={(event) => setNote(event.target.value)} />}
        <div className="grid grid-cols-2 gap-2 pt-1">
          <Button size="lg" onClick={onClose}>
            Cancel
          </Button>
          <Button size="lg" variant="primary" type="submit">
            Set price
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
