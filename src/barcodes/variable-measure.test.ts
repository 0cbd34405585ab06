import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeCheckDigit } from './gtin';
import { isRestrictedRange, itemReferenceOf, readBarcode } from './variable-measure';

/*
 * Hand-worked check digits for the 13-digit labels below (layout PP IIIII VVVVV C). For a 12-digit
 * body the weights are 1 on odd positions from the left and 3 on even positions; only non-zero
 * products are listed. Check digit = (10 − sum mod 10) mod 10.
 *
 *   20 12345 00399 → 2·1+1·1+2·3+3·1+4·3+5·1+3·3+9·1+9·3 = 2+1+6+3+12+5+9+9+27 = 74   → 6   2012345003996
 *   20 12345 00000 → 2+1+6+3+12+5 = 29                                                → 1   2012345000001
 *   02 00042 00250 → 2·3+4·3+2·1+2·3+5·1 = 6+12+2+6+5 = 31                            → 9   0200042002509
 *   02 00042 00000 → 6+12+2 = 20                                                      → 0   0200042000000
 *   21 00042 01250 → 2·1+1·3+4·3+2·1+1·1+2·3+5·1 = 2+3+12+2+1+6+5 = 31                → 9   2100042012509
 *   21 00042 00000 → 2+3+12+2 = 19                                                    → 1   2100042000001
 *   29 00042 00125 → 2·1+9·3+4·3+2·1+1·3+2·1+5·3 = 2+27+12+2+3+2+15 = 63              → 7   2900042001257
 *   29 00042 00000 → 2+27+12+2 = 43                                                   → 7   2900042000007
 *   25 12345 67890 → 2+15+1+6+3+12+5+18+7+24+9+0 = 102                                → 8   2512345678908
 *   25 00042 00000 → 2+15+12+2 = 31                                                   → 9   2500042000009
 *
 * A 12-digit UPC-A has the same check digit as its EAN-13 with a leading 0 (a leading zero adds
 * nothing to the sum): 212345003992 is 0212345003992, where 0·1+2·3+1·1+2·3+3·1+4·3+5·1+3·3+9·1+9·3
 * = 6+1+6+3+12+5+9+9+27 = 78 → 2; and 200042002509 is 0200042002509 (→ 9, above).
 *
 * 210004201250 (the 21 label above with its check digit dropped) is 12 digits, so it is checked as a
 * UPC-A: body 21000420125, from the right 5·3+2·1+1·3+0·1+2·3+4·1+0·3+0·1+0·3+1·1+2·3
 * = 15+2+3+0+6+4+0+0+0+1+6 = 37 → 3, but its last digit is 0.
 */

describe('readBarcode', () => {
  it.each([
    ['reads a 20 label as price-embedded', '2012345003996', { kind: 'price-embedded', itemReference: '12345', price: 399 }],
    ['reads a 02 label as price-embedded', '0200042002509', { kind: 'price-embedded', itemReference: '00042', price: 250 }],
    ['reads a UPC-A number system 2 label as the 02 label it normalises to', '212345003992', { kind: 'price-embedded', itemReference: '12345', price: 399 }],
    ['reads the 12-digit form of a 02 label the same as the 13-digit form', '200042002509', { kind: 'price-embedded', itemReference: '00042', price: 250 }],
    ['reads a 21 label as weight-embedded in grams', '2100042012509', { kind: 'weight-embedded', itemReference: '00042', grams: 1250 }],
    ['reads a 29 label as reduced-to-clear', '2900042001257', { kind: 'reduced-to-clear', itemReference: '00042', reducedPrice: 125 }],
    ['reads a 25 store code as a plain GTIN', '2512345678908', { kind: 'gtin', key: '2512345678908' }],
    ['reads an ordinary EAN-13 as a plain GTIN', '4006381333931', { kind: 'gtin', key: '4006381333931' }],
    ['reads a UPC-A as a plain GTIN with its 13-digit key', '036000291452', { kind: 'gtin', key: '0036000291452' }],
    ['reads an EAN-8 starting with 2 as a plain GTIN', '20000004', { kind: 'gtin', key: '20000004' }],
    ['ignores surrounding whitespace on a label', ' 2100042012509\n', { kind: 'weight-embedded', itemReference: '00042', grams: 1250 }],
  ])('%s (%j)', (_fact, code, reading) => {
    expect(readBarcode(code)).toEqual(reading);
  });

  it.each([
    ['rejects a weight label with zero weight', '2100042000001', 'zero-weight', 'Barcode 2100042000001 is a weight label with no weight on it (0 g)'],
    ['refuses a product\'s price base code (a zero price would give the item away)', '2012345000001', 'base-code', "Barcode 2012345000001 is a product's base code with no price on it: scan the label on the item"],
    ['rejects a label with a bad check digit', '2100042012500', 'bad-check-digit', 'Barcode 2100042012500 has a bad check digit (expected 9)'],
    ['rejects a label with letters in it', '21000420125O9', 'not-digits', 'Barcode "21000420125O9" has characters that are not digits'],
    ['rejects a label with its last digit dropped (read as a UPC-A)', '210004201250', 'bad-check-digit', 'Barcode 210004201250 has a bad check digit (expected 3)'],
    ['rejects a label missing digits', '21000420125', 'bad-length', 'Barcode 21000420125 has 11 digits; a barcode has 8, 12 or 13'],
  ])('%s (%j)', (_fact, code, reason, message) => {
    expect(readBarcode(code)).toEqual({ kind: 'invalid', reason, message });
  });
});

describe('itemReferenceOf', () => {
  it.each([
    ['gives the item reference of a 21 base code', '2100042000001', '00042'],
    ['gives the item reference of a 20 base code', '2012345000001', '12345'],
    ['gives the item reference of a 02 base code', '0200042000000', '00042'],
    ['gives the item reference of a 02 base code printed as UPC-A', '200042000000', '00042'],
    ['gives the item reference of a 29 base code', '2900042000007', '00042'],
    ['gives undefined for a label with a value', '2100042012509', undefined],
    ['gives undefined for a 25 store code even with a zero value field', '2500042000009', undefined],
    ['gives undefined for a base code with a bad check digit', '2100042000009', undefined],
    ['gives undefined for an ordinary EAN-13', '4006381333931', undefined],
    ['gives undefined for an EAN-8 starting with 2', '20000004', undefined],
    ['gives undefined for non-digits', 'base', undefined],
  ])('%s (%j)', (_fact, code, itemReference) => {
    expect(itemReferenceOf(code)).toBe(itemReference);
  });
});

describe('isRestrictedRange', () => {
  it.each([
    ['a 21 label is in the restricted range', '2100042012509', true],
    ['a 02 label is in the restricted range', '0200042002509', true],
    ['a UPC-A number system 2 label is in the restricted range', '212345003992', true],
    ['a 25 store code is in the restricted range', '2512345678908', true],
    ['a 29 label is in the restricted range', '2900042001257', true],
    ['an ordinary EAN-13 is not', '4006381333931', false],
    ['a UPC-A with number system 0 is not', '036000291452', false],
    ['an EAN-8 starting with 2 is not', '20000004', false],
    ['a 21 label with a bad check digit is not', '2100042012500', false],
    ['non-digits are not', '21-00042', false],
  ])('%s (%j)', (_fact, code, expected) => {
    expect(isRestrictedRange(code)).toBe(expected);
  });
});

describe('properties', () => {
  const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
  const itemReference = digits(5);
  // Zero is a base code, not a label: see the property below.
  const value = fc.integer({ min: 1, max: 99_999 });
  const label = (prefix: string, item: string, amount: number) => {
    const body = `${prefix}${item}${String(amount).padStart(5, '0')}`;
    return `${body}${computeCheckDigit(body)}`;
  };

  it('a 02 or 20 label always reads back its item reference and price', () => {
    fc.assert(
      fc.property(fc.constantFrom('02', '20'), itemReference, value, (prefix, item, price) => {
        expect(readBarcode(label(prefix, item, price))).toEqual({ kind: 'price-embedded', itemReference: item, price });
      }),
    );
  });

  it('a 21 label with a positive weight always reads back its item reference and grams', () => {
    fc.assert(
      fc.property(itemReference, fc.integer({ min: 1, max: 99_999 }), (item, grams) => {
        expect(readBarcode(label('21', item, grams))).toEqual({ kind: 'weight-embedded', itemReference: item, grams });
      }),
    );
  });

  it('a zero price under 02, 20 or 29 is always refused as a base code', () => {
    fc.assert(
      fc.property(fc.constantFrom('02', '20', '29'), itemReference, (prefix, item) => {
        expect(readBarcode(label(prefix, item, 0))).toMatchObject({ kind: 'invalid', reason: 'base-code' });
      }),
    );
  });

  it('a 21 label with zero weight is always invalid', () => {
    fc.assert(
      fc.property(itemReference, (item) => {
        expect(readBarcode(label('21', item, 0))).toMatchObject({ kind: 'invalid', reason: 'zero-weight' });
      }),
    );
  });

  it('a 29 label always reads back its item reference and reduced price', () => {
    fc.assert(
      fc.property(itemReference, value, (item, reducedPrice) => {
        expect(readBarcode(label('29', item, reducedPrice))).toEqual({ kind: 'reduced-to-clear', itemReference: item, reducedPrice });
      }),
    );
  });

  it('a 22-28 store code always reads as a plain GTIN keyed by itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 22, max: 28 }), digits(10), (prefix, rest) => {
        const body = `${prefix}${rest}`;
        const code = `${body}${computeCheckDigit(body)}`;
        expect(readBarcode(code)).toEqual({ kind: 'gtin', key: code });
        expect(isRestrictedRange(code)).toBe(true);
        expect(itemReferenceOf(code)).toBeUndefined();
      }),
    );
  });

  it('a valid 13-digit code outside the restricted range always reads as a plain GTIN', () => {
    const prefix = digits(2).filter((p) => p !== '02' && !p.startsWith('2'));
    fc.assert(
      fc.property(prefix, digits(10), (p, rest) => {
        const body = `${p}${rest}`;
        const code = `${body}${computeCheckDigit(body)}`;
        expect(readBarcode(code)).toEqual({ kind: 'gtin', key: code });
        expect(isRestrictedRange(code)).toBe(false);
      }),
    );
  });

  it('a 12-digit UPC-A always reads as the EAN-13 with a leading 0', () => {
    fc.assert(
      fc.property(digits(11), (body) => {
        const upc = `${body}${computeCheckDigit(body)}`;
        // The same reading; only a refusal's message differs, as it quotes the code as scanned.
        const read = (code: string) => ({ ...readBarcode(code), message: undefined });
        expect(read(upc)).toEqual(read(`0${upc}`));
        expect(itemReferenceOf(upc)).toBe(itemReferenceOf(`0${upc}`));
        expect(isRestrictedRange(upc)).toBe(isRestrictedRange(`0${upc}`));
      }),
    );
  });

  it('a base code under 02, 20, 21 or 29 always gives its item reference; any non-zero value gives none', () => {
    fc.assert(
      fc.property(fc.constantFrom('02', '20', '21', '29'), itemReference, fc.integer({ min: 1, max: 99_999 }), (prefix, item, amount) => {
        expect(itemReferenceOf(label(prefix, item, 0))).toBe(item);
        expect(itemReferenceOf(label(prefix, item, amount))).toBeUndefined();
      }),
    );
  });

  it('any string is read without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), digits(12), digits(13)), (code) => {
        const reading = readBarcode(code);
        if (reading.kind === 'invalid') expect(reading.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
