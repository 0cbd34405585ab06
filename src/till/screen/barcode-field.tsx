import type { RefObject } from 'react';
import type { ScannerEvent } from '../scanner/scanner-machine';
import { useMultiplier, useScannerBuffer } from '../scanner/scanner-store';

export interface BarcodeFieldProps {
  readonly fieldRef: RefObject<HTMLInputElement | null>;
  /** Feeds the scanner machine and handles what comes out. */
  readonly send: (event: ScannerEvent) => void;
}

/**
 * The Barcode field: shows what is being typed or scanned (even with focus elsewhere), takes
 * typed codes and SKUs, and holds the quantity for the next item. Enter is read by the keyboard
 * wedge, not here, so a scan is taken the same way whatever has focus.
 */
export function BarcodeField({ fieldRef, send }: BarcodeFieldProps) {
  const buffer = useScannerBuffer();
  const multiplier = useMultiplier();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-stretch gap-2">
        <div className="relative min-w-0 flex-1">
          <input
            ref={fieldRef}
            aria-label="Barcode"
            aria-describedby={multiplier === null ? undefined : 'next-quantity'}
            value={buffer}
            onChange={(event) => send({ type: 'field-edited', value: event.target.value })}
            placeholder="Scan or type"
            autoComplete="off"
            spellCheck={false}
            inputMode="numeric"
            enterKeyHint="enter"
            className="h-14 w-full rounded-xl border-2 border-ink-300 bg-white pl-12 pr-3 font-mono text-xl tracking-wider text-ink-900 placeholder:font-sans placeholder:text-base placeholder:tracking-normal placeholder:text-ink-500 focus-visible:border-focus"
          />
          <svg viewBox="0 0 24 24" className="pointer-events-none absolute left-4 top-1/2 size-5 -translate-y-1/2 text-ink-500" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
            <path d="M4 6v12M7 6v12M11 6v12M14 6v12M18 6v12M20 6v12" />
          </svg>
        </div>
        <button
          type="button"
          onClick={() => send({ type: 'multiply' })}
          aria-label="Quantity"
          title="Quantity: type a number, then ×"
          className="flex min-h-14 min-w-14 items-center gap-1 rounded-xl bg-ink-100 px-3 text-base font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-200"
        >
          Qty <span className="text-2xl leading-none" aria-hidden="true">×</span>
        </button>
        <button
          type="button"
          onClick={() => send({ type: 'submitted' })}
          className="min-h-14 min-w-14 rounded-xl bg-ink-800 px-3 text-base font-semibold text-white hover:bg-ink-900"
        >
          Enter
        </button>
      </div>
      {multiplier !== null && (
        <div className="flex items-center justify-between rounded-xl bg-brand-50 py-1 pl-4 pr-1 text-brand-900 ring-1 ring-inset ring-brand-200">
          <span id="next-quantity" className="font-semibold">
            Next item × {multiplier}
          </span>
          <button type="button" onClick={() => send({ type: 'multiplier-cleared' })} className="min-h-12 rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-100">
            Clear quantity
          </button>
        </div>
      )}
    </div>
  );
}
