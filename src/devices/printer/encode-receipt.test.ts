import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeDrawerKick, encodeReceipt, type EncodeOptions } from './encode-receipt';
import { SAMPLE_RECEIPT } from './sample-receipt';

// Golden files: the exact bytes of the sample receipt, as hex broken after every line feed so a
// change of layout shows as a readable diff. After a deliberate change of layout, review the new
// printout and rewrite them with `UPDATE_GOLDEN=1 npx vitest run src/devices/printer`.
const goldenPath = (name: string) => new URL(`./golden/${name}.hex`, import.meta.url);

function toHexLines(bytes: Uint8Array): string {
  return `${Buffer.from(bytes).toString('hex').replace(/0a/g, (m, offset: number) => (offset % 2 === 0 ? `${m}\n` : m))}\n`;
}

function expectGolden(name: string, bytes: Uint8Array) {
  const hex = toHexLines(bytes);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath(name), hex);
  expect(hex).toBe(readFileSync(goldenPath(name), 'utf8'));
}

/** The printable text of ESC/POS bytes: printable ASCII and line feeds, commands dropped. */
function printedText(bytes: Uint8Array): string[] {
  return Buffer.from(bytes)
    .toString('latin1')
    .split('\n')
    // Printer commands are control characters: matching them is the point.
    // eslint-disable-next-line no-control-regex
    .map((line) => line.replace(/\x1b@|\x1c\./g, '').replace(/\x1b[EM!at]./g, '').replace(/\x1d!./g, '').replace(/\x9c/g, '£').replace(/[\x00-\x1f]/g, ''));
}

const escPos: EncodeOptions = { language: 'esc-pos', columns: 42, timeZone: 'Europe/London' };

describe('encodeReceipt', () => {
  it('prints the sample receipt byte for byte as the ESC/POS golden file', () => {
    expectGolden('sample-receipt.esc-pos', encodeReceipt(SAMPLE_RECEIPT, escPos));
  });

  it('prints the sample receipt byte for byte as the StarPRNT golden file', () => {
    expectGolden('sample-receipt.star-prnt', encodeReceipt(SAMPLE_RECEIPT, { ...escPos, language: 'star-prnt', columns: 48 }));
  });

  it('lays the sample receipt out in 42 columns as the receipt on screen reads', () => {
    const text = printedText(encodeReceipt(SAMPLE_RECEIPT, escPos));
    expect(text.slice(0, 33)).toEqual([
      '             Hollybush Market             ',
      '           Hollybush Market Ltd           ',
      '              12 High Street              ',
      '            Hollybush HB1 2AB             ',
      '          VAT no. GB 123 4567 89          ',
      '            6 Dec 2026, 17:42             ',
      '              Receipt 000012              ',
      '              Till 7f3a9c21               ',
      '              Served by Sam               ',
      '------------------------------------------',
      'Chicken & bacon sandwich             £3.25',
      'Ready salted crisps                  £0.95',
      'Sparkling spring water 500ml         £1.10',
      '  Meal deal                         -£1.80',
      'Braeburn apples                      £1.95',
      '  3 x £0.65',
      '  3 for £1.50                       -£0.45',
      'Loose bananas                        £0.40',
      '  0.512 kg @ £0.79/kg',
      '------------------------------------------',
      'Subtotal                             £7.65',
      'You saved                           -£2.25',
      'Total                                £5.40',
      'Card                                 £2.00',
      'Cash                                 £5.00',
      'Change                               £1.60',
      '------------------------------------------',
      'VAT rate           Net       VAT     Gross',
      'VAT 20%          £1.29     £0.26     £1.55',
      'Zero rated       £3.85     £0.00     £3.85',
      '------------------------------------------',
      '',
      // The barcode's bytes, then its digits printed by the printer, then the footer.
      expect.stringContaining('000012') as unknown as string,
    ]);
    expect(text).toContain('      Thank you for shopping with us      ');
  });

  it.each([
    ['names a rate by its label', { code: 'S', label: 'VAT 20%', rateBasisPoints: 2000 }, 'VAT 20%'],
    ['names a rate without a label by its code and percent', { code: 'R', rateBasisPoints: 500 }, 'R 5%'],
    ['prints a fractional percent as the book gives it', { code: 'R', rateBasisPoints: 550 }, 'R 5.5%'],
    ['keeps two decimals of a percent that needs them', { code: 'X', rateBasisPoints: 1275 }, 'X 12.75%'],
  ])('%s', (_name, rate, expected) => {
    const vat = [{ ...rate, net: 100, vat: 20, gross: 120 }];
    const text = printedText(encodeReceipt({ ...SAMPLE_RECEIPT, vat }, escPos));
    expect(text).toContain(`${expected.padEnd(12)}     £1.00     £0.20     £1.20`);
  });

  it('leaves out the till and the operator when they are not known', () => {
    const text = printedText(encodeReceipt({ ...SAMPLE_RECEIPT, tillId: '', operator: '' }, escPos)).join('\n');
    expect(text).not.toContain('Till');
    expect(text).not.toContain('Served by');
  });

  it('leaves out the savings and the VAT analysis when there are none', () => {
    const text = printedText(encodeReceipt({ ...SAMPLE_RECEIPT, savings: 0, vat: undefined }, escPos)).join('\n');
    expect(text).not.toContain('You saved');
    expect(text).not.toContain('Rate');
  });

  it('encodes the receipt number as a CODE128 barcode with its text below', () => {
    // GS k 73 (CODE128), length 8, then code set B and the digits.
    const hex = Buffer.from(encodeReceipt(SAMPLE_RECEIPT, escPos)).toString('hex');
    expect(hex).toContain(`1d6b4908${Buffer.from('{B000012').toString('hex')}`);
    expect(hex).toContain('1d4802');
  });
});

describe('encodeDrawerKick', () => {
  it.each([
    // ESC @ (initialise), FS . (leave Kanji mode), ESC M 0 (font A), then ESC p 0 50 250: pin 2, on 100 ms, off 500 ms.
    ['esc-pos', '1b401c2e1b4d00' + '1b700032fa'],
    // ESC @, ESC BEL 20 20 (pulse widths of 200 ms in 10 ms units), BEL (drive the drawer).
    ['star-prnt', '1b40' + '181b0714140' + '7'],
  ] as const)('gives the %s bytes', (language, expected) => {
    expect(Buffer.from(encodeDrawerKick({ language })).toString('hex')).toBe(expected);
  });
});
