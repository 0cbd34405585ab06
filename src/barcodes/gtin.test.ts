import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeCheckDigit, gtinKey, validateGtin } from './gtin';

/*
 * Hand-worked check digits (weights 3, 1, 3, … from the rightmost body digit; check digit =
 * (10 − sum mod 10) mod 10). For a 12-digit body that is weight 1 on odd positions from the left
 * and weight 3 on even positions.
 *
 *   4006381333931   body 400638133393: 4·1+0·3+0·1+6·3+3·1+8·3+1·1+3·3+3·1+3·3+9·1+3·3
 *                   = 4+0+0+18+3+24+1+9+3+9+9+9 = 89 → 1
 *   5000000000012   body 500000000001: 5·1 + 1·3 = 8 → 2 (so …0013 is wrong, expected 2)
 *   5000112637922   body 500011263792: 5+0+0+0+1+3+2+18+3+21+9+6 = 68 → 2
 *   5012345678900   body 501234567890: 5+0+1+6+3+12+5+18+7+24+9+0 = 90 → 0
 *   96385074        body 9638507 (from the right 7·3,0·1,5·3,8·1,3·3,6·1,9·3)
 *                   = 21+0+15+8+9+6+27 = 86 → 4
 *   036000291452    body 03600029145 (from the right 5·3,4·1,1·3,9·1,2·3,0,0,0,6·3,3·1,0·3)
 *                   = 15+4+3+9+6+0+0+0+18+3+0 = 58 → 2
 *   20000004        body 2000000: 2·3 = 6 → 4
 *   2100042012509   body 210004201250: 2+3+0+0+0+12+2+0+1+6+5+0 = 31 → 9
 */

describe('computeCheckDigit', () => {
  it.each([
    ['400638133393', 1],
    ['500000000001', 2],
    ['500011263792', 2],
    ['9638507', 4],
    ['03600029145', 2],
    ['0', 0],
    ['1', 7],
    ['5', 5],
  ])('computes the check digit of body %s as %i', (body, expected) => {
    expect(computeCheckDigit(body)).toBe(expected);
  });

  it.each([[''], ['12a4'], [' 123'], ['１２３']])('throws for %j, which is not a body of digits', (body) => {
    expect(() => computeCheckDigit(body)).toThrow(RangeError);
  });
});

describe('validateGtin', () => {
  it.each([
    ['accepts a valid EAN-13', '4006381333931', 'EAN-13', '4006381333931'],
    ['accepts another valid EAN-13', '5000112637922', 'EAN-13', '5000112637922'],
    ['accepts an EAN-13 whose check digit is 0', '5012345678900', 'EAN-13', '5012345678900'],
    ['accepts a valid EAN-8 and keeps it 8 digits', '96385074', 'EAN-8', '96385074'],
    ['accepts an EAN-8 starting with 2 as a plain EAN-8', '20000004', 'EAN-8', '20000004'],
    ['accepts a valid UPC-A and keys it as the EAN-13 with a leading 0', '036000291452', 'UPC-A', '0036000291452'],
    ['accepts the EAN-13 form of that UPC-A with the same key', '0036000291452', 'EAN-13', '0036000291452'],
    ['accepts a restricted-range EAN-13', '2100042012509', 'EAN-13', '2100042012509'],
    ['ignores surrounding whitespace', ' \t4006381333931\r\n', 'EAN-13', '4006381333931'],
  ])('%s (%j)', (_fact, code, kind, key) => {
    expect(validateGtin(code)).toEqual({ ok: true, kind, key });
  });

  it.each([
    ['rejects a wrong check digit on an EAN-13', '5000000000013', 'bad-check-digit', 'Barcode 5000000000013 has a bad check digit (expected 2)'],
    ['rejects an EAN-13 off by one in the check digit', '4006381333932', 'bad-check-digit', 'Barcode 4006381333932 has a bad check digit (expected 1)'],
    ['rejects a wrong check digit on an EAN-8', '96385075', 'bad-check-digit', 'Barcode 96385075 has a bad check digit (expected 4)'],
    ['rejects a wrong check digit on a UPC-A', '036000291453', 'bad-check-digit', 'Barcode 036000291453 has a bad check digit (expected 2)'],
    ['rejects a space inside the code', '4006 381333931', 'not-digits', 'Barcode "4006 381333931" has characters that are not digits'],
    ['rejects a letter', '400638133393A', 'not-digits', 'Barcode "400638133393A" has characters that are not digits'],
    ['rejects a sign', '-4006381333931', 'not-digits', 'Barcode "-4006381333931" has characters that are not digits'],
    ['rejects full-width digits', '４００６３８１３３３９３１', 'not-digits', 'Barcode "４００６３８１３３３９３１" has characters that are not digits'],
    ['rejects an empty code', '', 'bad-length', 'The barcode is empty'],
    ['rejects a code of only whitespace', '   ', 'bad-length', 'The barcode is empty'],
    ['rejects a 7-digit code', '1234567', 'bad-length', 'Barcode 1234567 has 7 digits; a barcode has 8, 12 or 13'],
    ['rejects a 1-digit code', '7', 'bad-length', 'Barcode 7 has 1 digit; a barcode has 8, 12 or 13'],
    ['rejects a 14-digit code', '40063813339310', 'bad-length', 'Barcode 40063813339310 has 14 digits; a barcode has 8, 12 or 13'],
  ])('%s (%j)', (_fact, code, reason, message) => {
    expect(validateGtin(code)).toEqual({ ok: false, reason, message });
  });
});

describe('gtinKey', () => {
  it.each([
    ['gives the 13-digit key of a UPC-A', '036000291452', '0036000291452'],
    ['gives an EAN-13 as its own key', '4006381333931', '4006381333931'],
    ['gives an EAN-8 as its own key', '96385074', '96385074'],
    ['gives undefined for a bad check digit', '5000000000013', undefined],
    ['gives undefined for non-digits', 'hello', undefined],
  ])('%s (%j)', (_fact, code, key) => {
    expect(gtinKey(code)).toBe(key);
  });
});

describe('properties', () => {
  const digit = fc.integer({ min: 0, max: 9 });
  const bodyOf = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((ds) => ds.join(''));
  const body = fc.oneof(bodyOf(7), bodyOf(11), bodyOf(12));
  const withCheckDigit = (b: string) => `${b}${computeCheckDigit(b)}`;
  const validCode = body.map(withCheckDigit);

  it('a code with its computed check digit always validates', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateGtin(code).ok).toBe(true);
      }),
    );
  });

  it('changing any single digit always fails validation', () => {
    fc.assert(
      fc.property(validCode, fc.nat(), fc.integer({ min: 1, max: 9 }), (code, at, shift) => {
        const i = at % code.length;
        const changed = (Number(code[i]) + shift) % 10;
        const mutated = `${code.slice(0, i)}${changed}${code.slice(i + 1)}`;
        expect(validateGtin(mutated)).toMatchObject({ ok: false, reason: 'bad-check-digit' });
      }),
    );
  });

  it('swapping two adjacent digits that differ by anything but 5 always fails validation', () => {
    fc.assert(
      fc.property(validCode, fc.nat(), (code, at) => {
        const i = at % (code.length - 1);
        const a = Number(code[i]);
        const b = Number(code[i + 1]);
        fc.pre(a !== b && Math.abs(a - b) !== 5);
        const swapped = `${code.slice(0, i)}${b}${a}${code.slice(i + 2)}`;
        expect(validateGtin(swapped).ok).toBe(false);
      }),
    );
  });

  it('a leading zero never changes the check digit', () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(computeCheckDigit(`0${b}`)).toBe(computeCheckDigit(b));
      }),
    );
  });

  it('a UPC-A and the EAN-13 with a leading 0 always share one key', () => {
    fc.assert(
      fc.property(bodyOf(11).map(withCheckDigit), (upc) => {
        const key = gtinKey(upc);
        expect(key).toBe(`0${upc}`);
        expect(gtinKey(`0${upc}`)).toBe(key);
      }),
    );
  });

  it('surrounding whitespace never changes the outcome', () => {
    const space = fc.constantFrom('', ' ', '\t', '\n', '\r\n', '  ');
    fc.assert(
      fc.property(fc.oneof(validCode, fc.string()), space, space, (code, before, after) => {
        expect(validateGtin(`${before}${code}${after}`)).toEqual(validateGtin(code));
      }),
    );
  });

  it('any string is validated without throwing, and a valid key is always 8 or 13 digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), validCode, fc.stringMatching(/^[0-9]{0,15}$/)), (code) => {
        const result = validateGtin(code);
        if (result.ok) expect(result.key).toMatch(/^(?:[0-9]{8}|[0-9]{13})$/);
        else expect(result.message.length).toBeGreaterThan(0);
        expect(gtinKey(code)).toBe(result.ok ? result.key : undefined);
      }),
    );
  });
});
