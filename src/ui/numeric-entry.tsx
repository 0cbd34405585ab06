import { useId, type ReactNode } from 'react';
import { Numpad } from './numpad';
import { cleanEntry, extraKeyOf, pressKey, type EntryFormat } from './numeric-entry-rules';

export interface NumericEntryProps {
  /** The field's accessible name ("Quantity", "Amount", "PIN"). */
  readonly label: string;
  /** Shows the label above the field; otherwise it is the field's `aria-label` only. */
  readonly showLabel?: boolean;
  /** The text typed so far, always as `cleanEntry` keeps it. */
  readonly value: string;
  /** Called with the new text, cleaned, whether typed, pasted or tapped on the pad. */
  readonly onChange: (text: string) => void;
  readonly format: EntryFormat;
  /** Names the pad's group; keep it clear of the field's own label. Default "Numpad". */
  readonly padLabel?: string;
  /** Why the last entry was refused, shown under the field and announced with it. */
  readonly error?: string | undefined;
  /** Takes focus when its dialog or screen opens. */
  readonly autoFocus?: boolean;
  readonly placeholder?: string | undefined;
  /** A unit shown inside the field's right edge ("g"). */
  readonly unit?: string;
  /** Beside the field (a live price). */
  readonly beside?: ReactNode;
  /** Between the field and the pad (a button taking the scale's weight). */
  readonly beforePad?: ReactNode;
}

/**
 * One numeric entry for the whole till: a field and the touch numpad under it, sharing one rule
 * (`numeric-entry-rules.ts`) for digits, decimals, length and masking. It sits in the caller's
 * `<form>`, so Enter submits; pad keys never take focus from the field.
 */
export function NumericEntry(props: NumericEntryProps) {
  const { label, showLabel = false, value, onChange, format, padLabel = 'Numpad', error, autoFocus = false, placeholder, unit, beside, beforePad } = props;
  const id = useId();
  const masked = format.masked === true;
  const field = (
    <div className="relative flex-1">
      <input
        id={id}
        aria-label={showLabel ? undefined : label}
        type={masked ? 'password' : 'text'}
        inputMode={format.decimals > 0 ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(cleanEntry(event.target.value, format))}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        data-autofocus={autoFocus ? true : undefined}
        autoFocus={autoFocus}
        className={`h-14 w-full rounded-xl border-2 border-ink-300 px-4 text-2xl font-semibold tabular-nums placeholder:font-normal placeholder:text-ink-400 focus-visible:border-focus aria-invalid:border-danger-600 ${
          masked ? 'text-center tracking-[0.5em]' : 'text-right'
        } ${unit === undefined ? '' : 'pr-10'}`}
      />
      {unit !== undefined && (
        <span className="pointer-events-none absolute right-4 top-1/2 -translate-y-1/2 text-lg text-ink-600" aria-hidden="true">
          {unit}
        </span>
      )}
    </div>
  );
  return (
    <div className="flex flex-col gap-2">
      {showLabel && (
        <label htmlFor={id} className="text-sm font-semibold text-ink-800">
          {label}
        </label>
      )}
      {beside === undefined ? field : <div className="flex items-center gap-3">{field}{beside}</div>}
      {error !== undefined && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger-700">
          {error}
        </p>
      )}
      {beforePad}
      <Numpad label={padLabel} extraKey={extraKeyOf(format)} onKey={(key) => onChange(pressKey(value, key, format))} />
    </div>
  );
}
