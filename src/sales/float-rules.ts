import { minorUnitDigits } from '../pricing';

/** A typed opening float in minor units, or why it is not one. */
export type FloatParse = { readonly ok: true; readonly amount: number } | { readonly ok: false; readonly message: string };

/**
 * Reads a typed float in major units ("50", "50.5", "75.00") as minor units of a currency with
 * `fractionDigits` digits after the point. Integer arithmetic on the digits ("0.29" is 29, never
 * 28.999…); nothing is rounded or cut: too many decimals, a sign or more than seven whole digits
 * is refused with a message.
 */
export function parseFloatAmount(text: string, fractionDigits: number): FloatParse {
  const typed = text.trim();
  const refusal = { ok: false, message: `“${typed}” is not an amount: type the cash in the drawer, such as 50 or 50.00` } as const;
  const match = /^(\d{1,7})(?:[.,](\d*))?$/.exec(typed);
  if (match === null) return refusal;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > fractionDigits) return { ok: false, message: `“${typed}” has more than ${fractionDigits} decimal places` };
  return { ok: true, amount: Number(whole) * 10 ** fractionDigits + Number(fraction.padEnd(fractionDigits, '0') || '0') };
}

/** Digits after the point in a currency's amounts (2 for GBP, 0 for JPY); 2 when there is none. */
export function fractionDigitsOf(currency: string | undefined): number {
  if (currency === undefined) return 2;
  return minorUnitDigits(currency);
}
