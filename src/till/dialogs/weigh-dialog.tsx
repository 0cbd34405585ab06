import { useState, type ReactNode } from 'react';
import type { Product } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumericEntry } from '../../ui/numeric-entry';
import type { EntryFormat } from '../../ui/numeric-entry-rules';
import { checkWeight, MAX_GRAMS } from '../guards/weight-rules';
import type { ScaleWeight } from '../devices-port';
import type { WeighLabel } from '../scanner/resolve-scan';

/** Digits the field holds: enough to show any typed weight beyond the range whole, never cut to fit. */
const GRAMS: EntryFormat = { decimals: 0, maxLength: 9 };

export interface WeighDialogProps {
  readonly product: Product;
  /** What a scanned label already says: a reduced label carries no weight (a price label needs no weighing). */
  readonly label: WeighLabel;
  readonly format: (amount: number) => string;
  readonly feedback: ReactNode;
  readonly onWeighed: (grams: number) => void;
  readonly onRefuse: (message: string) => void;
  readonly onClose: () => void;
  /** The paired scale's steady weight now; absent when no scale is paired (the numpad is the way). */
  readonly readScale?: (() => ScaleWeight | undefined) | undefined;
}

/**
 * Asks for a weighed product's weight in grams, on a numpad or the keyboard, showing the price as
 * it is typed. A weight out of range, or one that prices to nothing, is refused with the reason
 * (`guards/weight-rules.ts`), never cut to fit.
 */
export function WeighDialog({ product, label, format, feedback, onWeighed, onRefuse, onClose, readScale }: WeighDialogProps) {
  const [typed, setTyped] = useState('');
  const check = checkWeight(product, typed, format);
  const price = check.ok ? check.price : undefined;

  const submit = () => {
    if (check.ok) onWeighed(check.grams);
    else onRefuse(check.message);
  };
  // The scale's weight passes the same checks as a typed one; an unsteady or negative reading is refused.
  const takeFromScale = () => {
    const weight = readScale?.();
    if (weight === undefined) return;
    if (!weight.ok) {
      onRefuse(weight.message);
      return;
    }
    const checked = checkWeight(product, String(weight.grams), format);
    if (checked.ok) onWeighed(checked.grams);
    else onRefuse(checked.message);
  };
  // A weight beyond the range is shown as typed and refused at once, so the cashier sees why.
  const edit = (digits: string) => {
    const checked = checkWeight(product, digits, format);
    if (!checked.ok && Number(digits) > MAX_GRAMS && Number(typed) <= MAX_GRAMS) onRefuse(checked.message);
    setTyped(digits);
  };

  return (
    <Dialog title={`Weigh ${product.name}`} onClose={onClose} size="sm" closeLabel="Cancel weighing">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="text-ink-700">
          {format(product.price)} per kg
          {label.reducedPrice !== undefined && <> · reduced label {format(label.reducedPrice)}</>}
        </p>
        {feedback}
        <NumericEntry
          label="Weight in grams"
          value={typed}
          onChange={edit}
          format={GRAMS}
          unit="g"
          autoFocus
          beside={
            <output className="min-w-24 text-right text-2xl font-bold tabular-nums text-ink-900" aria-label="Price">
              {price === undefined ? '—' : format(price)}
            </output>
          }
          beforePad={
            readScale?.() !== undefined && (
              <Button size="lg" variant="primary" onClick={takeFromScale}>
                Take the scale's weight
              </Button>
            )
          }
        />
        <div className="grid grid-cols-2 gap-2 pt-1">
          <Button size="lg" onClick={onClose}>
            Cancel
          </Button>
          <Button size="lg" variant="primary" type="submit" disabled={typed === ''}>
            Add {check.ok ? `${check.grams} g` : ''}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
