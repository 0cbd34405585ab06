import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeCheckDigit } from './gtin';
import { buildBarcodeIndex, resolveBarcode } from './barcode-index';

/*
 * Hand-worked check digits (12-digit bodies: weight 1 on odd positions from the left, 3 on even;
 * check digit = (10 − sum mod 10) mod 10; only non-zero products shown):
 *
 *   5000112637922   5+1+3+2+18+3+21+9+6 = 68                              → 2
 *   5012345678900   5+0+1+6+3+12+5+18+7+24+9+0 = 90                       → 0
 *   5000000000012   5·1 + 1·3 = 8                                         → 2 (…0013 is wrong)
 *   036000291452    UPC-A, from the right 15+4+3+9+6+0+0+0+18+3+0 = 58    → 2; 0036000291452 likewise
 *   96385074        EAN-8, from the right 21+0+15+8+9+6+27 = 86           → 4
 *   2100042000001   21 00042 00000: 2+3+12+2 = 19                         → 1 (base code of item 00042)
 *   2100042012509   21 00042 01250: 2+3+12+2+1+6+5 = 31                   → 9
 *   2900042001257   29 00042 00125: 2+27+12+2+3+2+15 = 63                 → 7
 *   0200042002509   02 00042 00250: 6+12+2+6+5 = 31                       → 9
 *   2012345000001   20 12345 00000: 2+1+6+3+12+5 = 29                     → 1 (base code of item 12345)
 *   2012345003996   20 12345 00399: 2+1+6+3+12+5+9+9+27 = 74              → 6
 *   212345003992    UPC-A of 0212345003992: 6+1+6+3+12+5+9+9+27 = 78      → 2
 *   2512345678908   25 12345 67890: 2+15+1+6+3+12+5+18+7+24+9+0 = 102     → 8 (store code)
 *   2500042000009   25 00042 00000: 2+15+12+2 = 31                        → 9 (store code, not a base)
 *   2100099012507   21 00099 01250: 2+3+27+9+1+6+5 = 53                   → 7
 *   2100042012500   21 00042 01250 with 0 in place of the check digit 9
 */

const products = [
  { sku: 'beans', barcodes: ['5000112637922'] },
  { sku: 'cola', barcodes: [' 036000291452 '] },
  { sku: 'cheddar', barcodes: ['2100042000001'] },
  { sku: 'cake', barcodes: ['2012345000001'] },
  { sku: 'gift-card', barcodes: ['2512345678908'] },
  { sku: 'eggs', barcodes: ['not a barcode', '5000000000013', '96385074'] },
  { sku: 'loose-carrots' },
  { sku: 'loose-onions', barcodes: undefined },
  { sku: 'beans-again', barcodes: ['5000112637922'] },
  { sku: 'cheddar-again', barcodes: ['2900042000007'] },
] as const;

const index = buildBarcodeIndex(products);

describe('resolveBarcode', () => {
  it.each([
    ['finds a product by its EAN-13', '5000112637922', { ok: true, label: 'gtin', sku: 'beans' }],
    ['finds a product listed as UPC-A by its UPC-A', '036000291452', { ok: true, label: 'gtin', sku: 'cola' }],
    ['finds a product listed as UPC-A by the EAN-13 with a leading 0', '0036000291452', { ok: true, label: 'gtin', sku: 'cola' }],
    ['finds a product by its EAN-8 after skipping its invalid listed codes', '96385074', { ok: true, label: 'gtin', sku: 'eggs' }],
    ['finds a product by a 25 store code', '2512345678908', { ok: true, label: 'gtin', sku: 'gift-card' }],
    ['gives the first listed product when two claim one code', '5000112637922', { ok: true, label: 'gtin', sku: 'beans' }],
    ['finds a weight label by its base code, with the grams', '2100042012509', { ok: true, label: 'weight-embedded', sku: 'cheddar', grams: 1250 }],
    ['finds a reduced-to-clear label by a 21 base code, with the reduced price', '2900042001257', { ok: true, label: 'reduced-to-clear', sku: 'cheddar', reducedPrice: 125 }],
    ['finds a 02 price label by a 21 base code with the same item reference', '0200042002509', { ok: true, label: 'price-embedded', sku: 'cheddar', price: 250 }],
    ['finds a price label by its base code, with the price', '2012345003996', { ok: true, label: 'price-embedded', sku: 'cake', price: 399 }],
    ['finds a UPC-A number system 2 price label', '212345003992', { ok: true, label: 'price-embedded', sku: 'cake', price: 399 }],
    ['ignores surrounding whitespace on a scan', '\t2100042012509\n', { ok: true, label: 'weight-embedded', sku: 'cheddar', grams: 1250 }],
  ])('%s (%j)', (_fact, code, resolution) => {
    expect(resolveBarcode(index, code)).toEqual(resolution);
  });

  it.each([
    ['reports a valid code no product has as unknown', '5012345678900', 'unknown', 'No product has barcode 5012345678900'],
    ['reports a label whose item reference no product has as unknown', '2100099012507', 'unknown', 'No product has barcode 2100099012507 (a label for item 00099)'],
    ['does not match a store code to a product by item reference', '2500042000009', 'unknown', 'No product has barcode 2500042000009'],
    ['reports a bad check digit as invalid', '5000000000013', 'invalid', 'Barcode 5000000000013 has a bad check digit (expected 2)'],
    ['reports a label with a bad check digit as invalid', '2100042012500', 'invalid', 'Barcode 2100042012500 has a bad check digit (expected 9)'],
    ['reports a weight label with zero weight as invalid', '2100042000001', 'invalid', 'Barcode 2100042000001 is a weight label with no weight on it (0 g)'],
    ['reports non-digits as invalid', 'not a barcode', 'invalid', 'Barcode "not a barcode" has characters that are not digits'],
    ['reports an empty scan as invalid', '', 'invalid', 'The barcode is empty'],
  ])('%s (%j)', (_fact, code, reason, message) => {
    expect(resolveBarcode(index, code)).toEqual({ ok: false, reason, message });
  });
});

describe('buildBarcodeIndex', () => {
  it('indexes plain GTINs by normalised key and base codes by item reference, first listed winning', () => {
    expect([...index.skuByKey]).toEqual([
      ['5000112637922', 'beans'],
      ['0036000291452', 'cola'],
      ['2512345678908', 'gift-card'],
      ['96385074', 'eggs'],
    ]);
    expect([...index.skuByItemReference]).toEqual([
      ['00042', 'cheddar'],
      ['12345', 'cake'],
    ]);
  });

  it('returns a frozen index', () => {
    expect(Object.isFrozen(index)).toBe(true);
  });

  it('builds an empty index from no products', () => {
    const empty = buildBarcodeIndex([]);
    expect(resolveBarcode(empty, '5000112637922')).toEqual({ ok: false, reason: 'unknown', message: 'No product has barcode 5000112637922' });
  });

  it('leaves out a listed label that carries a value, which no scan could reach', () => {
    const odd = buildBarcodeIndex([{ sku: 'odd', barcodes: ['2100042012509'] }]);
    expect(odd.skuByKey.size + odd.skuByItemReference.size).toBe(0);
  });
});

describe('properties', () => {
  const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
  const withCheckDigit = (body: string) => `${body}${computeCheckDigit(body)}`;
  const label = (prefix: string, item: string, amount: number) => withCheckDigit(`${prefix}${item}${String(amount).padStart(5, '0')}`);
  const valuePrefix = fc.constantFrom('02', '20', '21', '29');
  const sku = fc.string({ minLength: 1, maxLength: 8 });

  it('a label under any of 02/20/21/29 always finds the product whose base code has its item reference under any of them', () => {
    fc.assert(
      fc.property(valuePrefix, valuePrefix, digits(5), fc.integer({ min: 1, max: 99_999 }), sku, (basePrefix, labelPrefix, item, amount, owner) => {
        const built = buildBarcodeIndex([{ sku: owner, barcodes: [label(basePrefix, item, 0)] }]);
        const resolution = resolveBarcode(built, label(labelPrefix, item, amount));
        expect(resolution).toMatchObject({ ok: true, sku: owner });
        if (resolution.ok) {
          const carried = { gtin: undefined, 'price-embedded': resolution.price, 'weight-embedded': resolution.grams, 'reduced-to-clear': resolution.reducedPrice }[resolution.label];
          expect(carried).toBe(amount);
        }
      }),
    );
  });

  it('a UPC-A and its EAN-13 form always resolve to the same product, whichever is listed', () => {
    fc.assert(
      fc.property(digits(11), fc.boolean(), sku, (body, listUpc, owner) => {
        const upc = withCheckDigit(body);
        fc.pre(!upc.startsWith('2'));
        const built = buildBarcodeIndex([{ sku: owner, barcodes: [listUpc ? upc : `0${upc}`] }]);
        expect(resolveBarcode(built, upc)).toEqual({ ok: true, label: 'gtin', sku: owner });
        expect(resolveBarcode(built, `0${upc}`)).toEqual({ ok: true, label: 'gtin', sku: owner });
      }),
    );
  });

  it('when two products list the same code, the first listed always wins', () => {
    fc.assert(
      fc.property(fc.oneof(digits(12), digits(7)).map(withCheckDigit), sku, sku, (code, first, second) => {
        const built = buildBarcodeIndex([
          { sku: first, barcodes: [code] },
          { sku: second, barcodes: [code] },
        ]);
        const resolution = resolveBarcode(built, code);
        if (resolution.ok) expect(resolution.sku).toBe(first);
      }),
    );
  });

  it('every listed plain GTIN always resolves to its product', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(digits(12), digits(11), digits(7)).map(withCheckDigit), { maxLength: 20, selector: (c) => c.padStart(13, '0') }), (codes) => {
        const plain = codes.filter((c) => c.length === 8 || !/^0?2/.test(c.padStart(13, '0').slice(0, 2)));
        const built = buildBarcodeIndex(plain.map((code, i) => ({ sku: `sku-${i}`, barcodes: [code] })));
        plain.forEach((code, i) => {
          expect(resolveBarcode(built, code)).toEqual({ ok: true, label: 'gtin', sku: `sku-${i}` });
        });
      }),
    );
  });

  it('any scan resolves without throwing, and a miss always has a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), digits(8), digits(12), digits(13)), (code) => {
        const resolution = resolveBarcode(index, code);
        if (!resolution.ok) expect(resolution.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
