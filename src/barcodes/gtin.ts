/**
 * GTIN check digits and validation (GS1 mod-10), and the normalised lookup key
 * that lets one product match whichever way its barcode is printed.
 *
 * The rules are documented in `README.md` in this folder.
 */

/** The GTIN formats the till reads, named by how many digits they have (8, 12, 13). */
export type GtinKind = 'EAN-13' | 'EAN-8' | 'UPC-A';

/** Why a scanned code is not a valid GTIN. */
export type GtinInvalidReason = 'not-digits' | 'bad-length' | 'bad-check-digit';

/** A code that is a valid GTIN. */
export interface ValidGtin {
  readonly ok: true;
  /** The format, from the number of digits. */
  readonly kind: GtinKind;
  /**
   * The normalised lookup key: 12 and 13 digit codes become 13 digits (a UPC-A gains a
   * leading `0`); an EAN-8 stays 8 digits.
   */
  readonly key: string;
}

/** A code that is not a valid GTIN, with a message a cashier understands. */
export interface InvalidGtin {
  readonly ok: false;
  readonly reason: GtinInvalidReason;
  readonly message: string;
}

/** The outcome of {@link validateGtin}. */
export type GtinValidation = ValidGtin | InvalidGtin;

const KIND_BY_LENGTH: ReadonlyMap<number, GtinKind> = new Map<number, GtinKind>([
  [8, 'EAN-8'],
  [12, 'UPC-A'],
  [13, 'EAN-13'],
]);

const DIGITS = /^[0-9]*$/;

/**
 * Computes the GS1 mod-10 check digit for a GTIN body (every digit but the check digit).
 *
 * Weights 3 and 1 alternate starting with 3 on the rightmost body digit; the check digit
 * brings the weighted sum up to the next multiple of 10. Because weighting starts from the
 * right, leading zeros never change the result.
 *
 * @param body - One or more ASCII digits.
 * @returns The check digit, 0 to 9.
 * @throws RangeError when `body` is empty or holds anything but ASCII digits (a programmer error:
 *   validate scanned input with {@link validateGtin} instead).
 * @example computeCheckDigit('400638133393') // 1, so 4006381333931 is valid
 */
export function computeCheckDigit(body: string): number {
  if (body.length === 0 || !DIGITS.test(body)) {
    throw new RangeError(`computeCheckDigit needs one or more digits, got ${JSON.stringify(body)}`);
  }
  let sum = 0;
  for (let fromRight = 0; fromRight < body.length; fromRight += 1) {
    const digit = body.charCodeAt(body.length - 1 - fromRight) - 48;
    sum += fromRight % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks a scanned or typed code as an EAN-13, EAN-8 or UPC-A.
 *
 * Leading and trailing whitespace is ignored; any other character that is not an ASCII digit
 * makes the code `not-digits`. Lengths other than 8, 12 and 13 are `bad-length`.
 *
 * @param code - The code as scanned or typed.
 * @returns The format and normalised key, or the reason it is invalid with a plain-words message.
 * @example validateGtin('036000291452') // { ok: true, kind: 'UPC-A', key: '0036000291452' }
 */
export function validateGtin(code: string): GtinValidation {
  const digits = code.trim();
  if (!DIGITS.test(digits)) {
    return {
      ok: false,
      reason: 'not-digits',
      message: `Barcode ${JSON.stringify(digits)} has characters that are not digits`,
    };
  }
  const kind = KIND_BY_LENGTH.get(digits.length);
  if (kind === undefined) {
    return {
      ok: false,
      reason: 'bad-length',
      message:
        digits.length === 0
          ? 'The barcode is empty'
          : `Barcode ${digits} has ${digits.length} ${digits.length === 1 ? 'digit' : 'digits'}; a barcode has 8, 12 or 13`,
    };
  }
  const expected = computeCheckDigit(digits.slice(0, -1));
  if (digits.charCodeAt(digits.length - 1) - 48 !== expected) {
    return {
      ok: false,
      reason: 'bad-check-digit',
      message: `Barcode ${digits} has a bad check digit (expected ${expected})`,
    };
  }
  return { ok: true, kind, key: digits.length === 12 ? `0${digits}` : digits };
}

/**
 * Gives the normalised lookup key of a valid GTIN (see {@link ValidGtin.key}).
 *
 * @param code - The code as scanned or typed.
 * @returns The key, or `undefined` when the code is not a valid GTIN.
 * @example gtinKey('036000291452') // '0036000291452'
 */
export function gtinKey(code: string): string | undefined {
  const validation = validateGtin(code);
  return validation.ok ? validation.key : undefined;
}
