import type { NumpadKey } from './numpad';

/** What a numeric entry takes: the one rule behind the quantity, weight, payment, price and PIN fields. */
export interface EntryFormat {
  /** Digits after the decimal point: 0 for whole numbers (units, grams, PINs), the currency's minor digits for money. */
  readonly decimals: number;
  /** Most characters the entry holds, a decimal point included. */
  readonly maxLength: number;
  /** Shown as dots, never as digits (a PIN). */
  readonly masked?: boolean;
}

/**
 * Typed or pasted text kept to what the entry takes: digits, and where the entry has decimals one
 * decimal point (a comma reads as one, as continental keyboards type it; a leading point becomes
 * "0."), at most `decimals` digits after it, at most `maxLength` characters. Anything else is
 * dropped as it is typed, so the field never holds what it cannot read.
 */
export function cleanEntry(text: string, format: EntryFormat): string {
  let out = '';
  let point = false;
  let after = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      if (point && after >= format.decimals) continue;
      if (out.length + 1 > format.maxLength) break;
      if (point) after += 1;
      out += ch;
    } else if ((ch === '.' || ch === ',') && format.decimals > 0 && !point) {
      const mark = out === '' ? '0.' : '.';
      if (out.length + mark.length > format.maxLength) break;
      point = true;
      out += mark;
    }
  }
  return out;
}

/**
 * Applies a numpad key: backspace removes the last character; any other key appends. A key that
 * does not fit whole (a second point, a digit past the length or the decimals, half of "00") is
 * ignored.
 */
export function pressKey(text: string, key: NumpadKey, format: EntryFormat): string {
  if (key === 'backspace') return text.slice(0, -1);
  const next = cleanEntry(text + key, format);
  return next.length - text.length < key.length ? text : next;
}

/**
 * The entry's value as a whole number of its smallest step (pence for money, units, grams, the
 * PIN's digits as a number), or undefined when nothing readable was typed ("" or "0." alone is
 * not a value, "0" is). Integer arithmetic on the digits: "0.29" is 29, never 28.999….
 */
export function entryValue(text: string, format: EntryFormat): number | undefined {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (match === null) return undefined;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > format.decimals || (text.endsWith('.') && fraction === '')) return undefined;
  const value = Number(whole) * 10 ** format.decimals + Number(fraction.padEnd(format.decimals, '0') || '0');
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The pad's bottom-left key: a decimal point for an entry with decimals, "00" otherwise. */
export const extraKeyOf = (format: EntryFormat): '.' | '00' => (format.decimals > 0 ? '.' : '00');
