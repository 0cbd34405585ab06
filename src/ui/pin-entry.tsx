import { NumericEntry } from './numeric-entry';
import type { EntryFormat } from './numeric-entry-rules';

/** The longest PIN the entry takes, in digits. */
export const PIN_ENTRY_MAX = 6;

/** A PIN: digits only, at most six, masked. */
export const PIN_FORMAT: EntryFormat = { decimals: 0, maxLength: PIN_ENTRY_MAX, masked: true };

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
 * A masked PIN field over the till's numpad: the numeric entry with {@link PIN_FORMAT}. It sits in
 * the caller's `<form>`, so Enter submits it.
 */
export function PinEntry({ label, value, onChange, error, autoFocus = false }: PinEntryProps) {
  return <NumericEntry label={label} showLabel value={value} onChange={onChange} format={PIN_FORMAT} padLabel={`${label} numpad`} error={error} autoFocus={autoFocus} />;
}
