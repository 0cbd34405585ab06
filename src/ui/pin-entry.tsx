import { useId } from 'react';
import { applyNumpadKey, Numpad } from './numpad';

/** The longest PIN the entry takes, in digits. */
export const PIN_ENTRY_MAX = 6;

export interface PinEntryProps {
  /** The field's accessible name ("PIN", "New PIN"). */
  readonly label: string;
  readonly value: string;
  readonly onChange: (pin: string) => void;
  /** Why the last PIN was refused, shown under the field and announced with it. */
  readonly error?: string | undefined;
  /** Takes focus when its dialog or screen opens. */
  readonly autoFocus?: boolean;
}

/**
 * A masked PIN field over the till's numpad: digits only, at most six, typed or tapped. It sits in
 * the caller's `<form>`, so Enter submits it.
 */
export function PinEntry({ label, value, onChange, error, autoFocus = false }: PinEntryProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-semibold text-ink-800">
        {label}
      </label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, PIN_ENTRY_MAX))}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        data-autofocus={autoFocus ? true : undefined}
        autoFocus={autoFocus}
        className="h-14 w-full rounded-xl border-2 border-ink-300 px-4 text-center text-2xl font-semibold tracking-[0.5em] focus-visible:border-focus aria-invalid:border-danger-600"
      />
      {error !== undefined && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger-700">
          {error}
        </p>
      )}
      <Numpad label={`${label} numpad`} onKey={(key) => onChange(applyNumpadKey(value, key, PIN_ENTRY_MAX))} />
    </div>
  );
}
