import { useMemo } from 'react';
import type { Receipt } from '../../pricing';
import type { BasketLine } from '../basket/basket-rules';
import { groupRepeatedScans, rowOf } from './receipt-rows';

export interface SelectedLineProps {
  readonly receipt: Receipt;
  readonly lines: readonly BasketLine[];
  readonly selectedLineId: number | undefined;
  /** + or − on the selected row (the till decides which of its scans changes). */
  readonly onQuantity: (lineId: number, delta: number) => void;
  readonly onVoidLine: (lineId: number) => void;
  /** Opens "Override price" for the line (a supervisor approves). */
  readonly onOverridePrice?: ((lineId: number) => void) | undefined;
}

/**
 * The selected line's controls, in one fixed place under the receipt (not inside the list, so the
 * Receipt's items read as the receipt does): one fewer, one more, void. They act on the receipt's
 * row that shows the selected line: repeated scans shown as one row ("3 × £2.75") show its
 * quantity, and − takes the last scan off. The product's name has a row of its own: beside four
 * controls in a 26rem panel it was cut to its first letter.
 */
export function SelectedLine({ receipt, lines, selectedLineId, onQuantity, onVoidLine, onOverridePrice }: SelectedLineProps) {
  const rows = useMemo(() => (receipt.lines.length === lines.length ? groupRepeatedScans(receipt, lines).lines : undefined), [receipt, lines]);
  const index = lines.findIndex((line) => line.id === selectedLineId);
  const line = rows === undefined ? undefined : rowOf(rows, index);
  const basketLine = lines[index];
  if (line === undefined || basketLine === undefined) return null;
  // Weighed packs (by weight or by their price label) are one line each: no − and +.
  const weighed = line.unit === 'kg';
  return (
    // A container: in a narrow panel (1024×768) the two word buttons take smaller type rather than wrap.
    <section aria-label="Selected line" className="@container grid shrink-0 gap-1 border-t border-ink-200 bg-white px-4 pb-1.5 pt-1">
      <p className="truncate font-semibold text-ink-800">{line.name}</p>
      <div className="flex items-center gap-2">
        {!weighed && (
          <>
            <button
              type="button"
              aria-label="One fewer"
              disabled={line.quantity <= 1}
              onClick={() => onQuantity(basketLine.id, -1)}
              className="grid size-12 place-items-center rounded-xl bg-white text-2xl font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-100 disabled:text-ink-300"
            >
              −
            </button>
            <output aria-label="Quantity of the selected line" className="min-w-8 text-center text-lg font-semibold tabular-nums">
              {line.quantity}
            </output>
            <button
              type="button"
              aria-label="One more"
              onClick={() => onQuantity(basketLine.id, 1)}
              className="grid size-12 place-items-center rounded-xl bg-white text-2xl font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-100"
            >
              +
            </button>
          </>
        )}
        {onOverridePrice !== undefined && (
          <button
            type="button"
            onClick={() => onOverridePrice(basketLine.id)}
            className="ml-auto min-h-12 whitespace-nowrap rounded-xl bg-white px-3 text-sm font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-100 @md:px-4 @md:text-base"
          >
            Override price
          </button>
        )}
        <button
          type="button"
          onClick={() => onVoidLine(basketLine.id)}
          className={`${onOverridePrice === undefined ? 'ml-auto ' : ''}min-h-12 whitespace-nowrap rounded-xl bg-white px-3 text-sm font-semibold text-danger-700 ring-1 ring-inset ring-danger-300 hover:bg-danger-50 @md:px-4 @md:text-base`}
        >
          Void line
        </button>
      </div>
    </section>
  );
}
