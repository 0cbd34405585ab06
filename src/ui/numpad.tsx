export type NumpadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | '00' | 'backspace';

export interface NumpadProps {
  /** Called with each key tapped. */
  readonly onKey: (key: NumpadKey) => void;
  /** What the bottom-left key types: a decimal point for money, `00` for whole numbers. */
  readonly extraKey?: '.' | '00';
  /** Names the group for assistive technology; keep it clear of the field's own label ("Numpad"). */
  readonly label: string;
}

const DIGIT_ROWS: readonly NumpadKey[][] = [
  ['7', '8', '9'],
  ['4', '5', '6'],
  ['1', '2', '3'],
];

/**
 * An on-screen numpad for touchscreens: 64 px keys. Keys are buttons that never take focus from
 * the field they type into, so a hardware keyboard and the pad can be mixed.
 */
export function Numpad({ onKey, extraKey = '00', label }: NumpadProps) {
  const key = (value: NumpadKey, text: string, name?: string) => (
    <button
      key={value}
      type="button"
      aria-label={name}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onKey(value)}
      className="min-h-16 touch-manipulation select-none rounded-xl bg-ink-100 text-2xl font-semibold tabular-nums text-ink-900 hover:bg-ink-200"
    >
      {text}
    </button>
  );
  return (
    <div role="group" aria-label={label} className="grid grid-cols-3 gap-2">
      {DIGIT_ROWS.flat().map((digit) => key(digit, digit))}
      {key(extraKey, extraKey === '.' ? '.' : '00', extraKey === '.' ? 'Decimal point' : 'Double zero')}
      {key('0', '0')}
      {key('backspace', '⌫', 'Delete last digit')}
    </div>
  );
}
