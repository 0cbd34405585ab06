import { useState, type ReactNode } from 'react';
import { priceByWeight, type Product } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { applyNumpadKey, Numpad } from '../../ui/numpad';
import type { WeighLabel } from '../scanner/resolve-scan';

/** Heaviest weighed line the dialog takes, in grams: 99.999 kg, the most a five-digit weight label can say. */
const MAX_GRAMS = 99_999;

export interface WeighDialogProps {
  readonly product: Product;
  /** What a scanned label already says: a reduced label carries no weight (a price label needs no weighing). */
  readonly label: WeighLabel;
  readonly format: (amount: number) => string;
  readonly feedback: ReactNode;
  readonly onWeighed: (grams: number) => void;
  readonly onRefuse: (message: string) => void;
  readonly onClose: () => void;
}

/** Asks for a weighed product's weight in grams, on a numpad or the keyboard, showing the price as it is typed. */
export function WeighDialog({ product, label, format, feedback, onWeighed, onRefuse, onClose }: WeighDialogProps) {
  const [typed, setTyped] = useState('');
  const grams = /^\d+$/.test(typed) ? Number(typed) : undefined;
  const valid = grams !== undefined && grams >= 1 && grams <= MAX_GRAMS;
  const price = valid ? priceByWeight(product.price, grams) : undefined;

  const submit = () => {
    if (valid) onWeighed(grams);
    else onRefuse(`Type the weight in whole grams, from 1 to ${MAX_GRAMS.toLocaleString('en-GB')}`);
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
        <div className="flex items-center gap-3">
          <div className="relative flex-1">
            <input
              aria-label="Weight in grams"
              value={typed}
              onChange={(event) => setTyped(event.target.value.replace(/\D/g, '').slice(0, 5))}
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              className="h-14 w-full rounded-xl border-2 border-ink-300 pl-4 pr-10 text-right text-2xl font-semibold tabular-nums focus-visible:border-focus"
            />
            <span className="pointer-events-none absolute right-4 top-1/2 -translate-y-1/2 text-lg text-ink-600" aria-hidden="true">
              g
            </span>
          </div>
          <output className="min-w-24 text-right text-2xl font-bold tabular-nums text-ink-900" aria-label="Price">
            {price === undefined ? '—' : format(price)}
          </output>
        </div>
        <Numpad label="Numpad" extraKey="00" onKey={(key) => setTyped((text) => applyNumpadKey(text, key, 5))} />
        <div className="grid grid-cols-2 gap-2 pt-1">
          <Button size="lg" onClick={onClose}>
            Cancel
          </Button>
          <Button size="lg" variant="primary" type="submit" disabled={!valid}>
            Add {valid ? `${grams} g` : ''}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
