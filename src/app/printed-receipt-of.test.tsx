// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeReceipt } from '../devices/printer/encode-receipt';
import { moneyFormatter, type DiscountLine, type ReceiptLine, type TaxLine } from '../pricing';
import type { CompletedSale } from '../till/checkout/tender-rules';
import { SaleComplete } from '../till/screen/sale-complete';
import { printedReceiptOf } from './printed-receipt-of';

afterEach(cleanup);

// Meal deal: sandwich 200 (Z) + crisps 110 (S) + cola 155 (S) for 350, saving 115. Apples 3 × 65
// (Z). Total 350 + 195 = 545. S paid 83 + 117 = 200: VAT 200 / 6 = 33.3 → 33, net 167; Z 150 + 195 = 345.
const lines = [
  { index: 0, sku: 'SW', name: 'Egg & cress sandwich', unit: 'each', quantity: 1, unitPrice: 200, price: 200, tax: 'Z' },
  { index: 1, sku: 'CR', name: 'Sea salt crisps', unit: 'each', quantity: 1, unitPrice: 110, price: 110, tax: 'S' },
  { index: 2, sku: 'CO', name: 'Cola 500ml', unit: 'each', quantity: 1, unitPrice: 155, price: 155, tax: 'S' },
  { index: 3, sku: 'AP', name: 'Braeburn apples', unit: 'each', quantity: 3, unitPrice: 65, price: 195, tax: 'Z' },
] as unknown as ReceiptLine[];
const discounts = [{ offerId: 'MEAL', kind: 'bundle', label: 'Meal deal £3.50', saving: 115, lines: [0, 1, 2], units: [] }] as unknown as DiscountLine[];
const taxes: TaxLine[] = [
  { code: 'S', percent: 20, label: 'VAT 20%', gross: 200, tax: 33, net: 167 } as unknown as TaxLine,
  { code: 'Z', percent: 0, gross: 345, tax: 0, net: 345 } as unknown as TaxLine,
];
const sale: CompletedSale = {
  saleId: 's1',
  receiptNumber: 12,
  completedAt: '2026-12-06T17:42:00.000Z',
  storeName: 'Hollybush Market',
  receipt: { currency: 'GBP', strategy: 'optimal', lines, discounts, subtotal: 660, savings: 115, total: 545, optimal: true, nearMisses: [], steps: 0, taxes } as unknown as CompletedSale['receipt'],
  tenders: [{ id: 1, kind: 'cash', amount: 1000 }],
  change: 455,
  tillId: '7f3a9c21-0000-4000-8000-000000000000',
  operator: 'Sam',
};
const legal = { name: 'Hollybush Market Ltd', address: ['12 High Street', 'Hollybush HB1 2AB'], vatNumber: 'GB 123 4567 89' };

/** Words and amounts only: the screen's typography (−, ×) and the printer's spacing set aside. */
const words = (text: string) => text.replace(/−/g, '-').replace(/×/g, 'x').replace(/\s+/g, ' ').replace(/- £/g, '-£').trim();

/** An element's text with a space between its parts (jsdom has no `innerText`). */
const textOf = (node: Node): string => [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? (child.textContent ?? '') : textOf(child))).join(' ');

/** The printable text of ESC/POS bytes, one entry per printed line. */
function printedLines(bytes: Uint8Array): string[] {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/\x9c/g, '£')
    // Printer commands are control characters: dropping them is the point.
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b[EM!at].|\x1d!.|\x1b@|\x1c\./g, '')
    .split('\n')
    .map((line) => words(line.replace(/[\x00-\x1f]/g, ''))) // eslint-disable-line no-control-regex
    .filter((line) => line !== '');
}

describe('the printed receipt of a completed sale', () => {
  it('fills the VAT analysis, the legal lines, the till and the operator', () => {
    const model = printedReceiptOf(sale, legal);
    expect(model.storeLines).toEqual(['Hollybush Market', 'Hollybush Market Ltd', '12 High Street', 'Hollybush HB1 2AB', 'VAT no. GB 123 4567 89']);
    expect(model.vat).toEqual([
      { code: 'S', label: 'VAT 20%', rateBasisPoints: 2000, net: 167, vat: 33, gross: 200 },
      { code: 'Z', label: undefined, rateBasisPoints: 0, net: 345, vat: 0, gross: 345 },
    ]);
    expect(model).toMatchObject({ receiptNumber: '000012', tillId: '7f3a9c21', operator: 'Sam', total: 545, change: 455 });
    expect(model.entries.map((e) => (e.kind === 'discount' ? `- ${e.label}` : e.name))).toEqual(['Egg & cress sandwich', 'Sea salt crisps', 'Cola 500ml', '- Meal deal £3.50', 'Braeburn apples']);
  });

  it('prints every row the screen shows, in the same order', () => {
    render(<SaleComplete sale={sale} legal={legal} format={moneyFormatter('GBP')} feedback={null} onNewSale={() => undefined} onPrint={() => undefined} />);
    const paper = screen.getByRole('article', { name: 'Printed receipt' });
    // The rows of the paper as a reader takes them in: heading lines, entries, totals, VAT rows, footer.
    const rows = [...paper.querySelectorAll('header p, header h2, li > div, li:not(:has(div)), dl > dt, dl > div > dt, tr, :scope > p')].map((row) => {
      const amount = row.tagName === 'DT' && row.nextElementSibling !== null ? ` ${textOf(row.nextElementSibling)}` : '';
      return words(`${textOf(row)}${amount}`).replace(/^Discount: /, '');
    });
    const printed = printedLines(encodeReceipt(printedReceiptOf(sale, legal), { language: 'esc-pos', columns: 42 }));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.at(-1)).toBe('Thank you for shopping with us');
    let from = 0;
    for (const row of rows) {
      const at = printed.findIndex((line, i) => i >= from && line.toLowerCase() === row.toLowerCase());
      expect(at, `"${row}" printed after line ${from} of:\n${printed.join('\n')}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it('prints a price override under its line and the lines voided after payment, wrapped to the roll', () => {
    const corrected: CompletedSale = {
      ...sale,
      overrides: [{ line: 3, price: 50, was: 65, reason: 'damaged', approver: { id: '2', name: 'Sam' } }],
      lineVoids: [{ sku: 'BR', name: 'White sourdough loaf 400g', quantity: 1, amount: 260, approver: { id: '2', name: 'Sam' }, at: '2026-12-06T17:41:00.000Z' }],
    };
    const model = printedReceiptOf(corrected, legal);
    expect(model.entries[4]).toMatchObject({ name: 'Braeburn apples', notes: ['Price override £0.50 (was £0.65): damaged'] });
    expect(model.voided).toEqual(['Voided after payment: White sourdough loaf 400g £2.60, approved by Sam']);
    const printed = printedLines(encodeReceipt(model, { language: 'esc-pos', columns: 42 }));
    const apples = printed.indexOf('Braeburn apples £1.95');
    expect(printed.slice(apples + 1, apples + 4)).toEqual(['3 x £0.65', 'Price override £0.50 (was £0.65):', 'damaged']);
    const change = printed.indexOf('Change £4.55');
    expect(printed.slice(change + 1, change + 4)).toEqual(['------------------------------------------', 'Voided after payment: White sourdough loaf', '400g £2.60, approved by Sam']);
  });
  it('prints repeated scans of a product as one line with their discounts under it, as the screen shows them; a scan overridden on its own stays apart', () => {
    const strawberry = (index: number) => ({ index, sku: 'STR', name: 'Strawberries 400g', unit: 'each', quantity: 1, unitPrice: 275, price: 275, tax: 'Z' });
    const repeated: CompletedSale = {
      ...sale,
      receipt: {
        ...sale.receipt,
        lines: [0, 1, 2, 3].map(strawberry) as unknown as ReceiptLine[],
        discounts: [{ offerId: 'HALF', kind: 'percent-off', label: 'Half price strawberries', saving: 138, lines: [0], units: [] }, { offerId: 'HALF', kind: 'percent-off', label: 'Half price strawberries', saving: 137, lines: [1], units: [] }] as unknown as DiscountLine[],
        taxes: undefined,
      } as unknown as CompletedSale['receipt'],
      overrides: [{ line: 3, price: 200, was: 275, reason: 'damaged', approver: { id: '2', name: 'Sam' } }],
    };
    const model = printedReceiptOf(repeated);
    expect(model.entries.map((e) => (e.kind === 'discount' ? `- ${e.label} ${e.amount}` : `${e.name} ${e.kind === 'item' ? e.quantity : ''} ${e.amount}`))).toEqual([
      'Strawberries 400g 3 825',
      '- Half price strawberries 138',
      '- Half price strawberries 137',
      'Strawberries 400g 1 275',
    ]);
    render(<SaleComplete sale={repeated} format={moneyFormatter('GBP')} feedback={null} onNewSale={() => undefined} onPrint={() => undefined} />);
    const items = screen.getByRole('list', { name: 'Receipt' }).querySelectorAll(':scope > li');
    expect([...items].map((li) => words(textOf(li)))).toEqual([
      'Strawberries 400g £8.25 3 x £2.75',
      'Discount: Half price strawberries -£1.38',
      'Discount: Half price strawberries -£1.37',
      'Strawberries 400g £2.75 Price override £2.00 (was £2.75): damaged',
    ]);
  });
  it('prints scans overridden as one row as one line with one note, on paper and on screen', () => {
    const granola = (index: number) => ({ index, sku: 'GRA', name: 'Granola 500g', unit: 'each', quantity: 1, unitPrice: 250, price: 250, tax: 'Z' });
    const wrongLabel = { price: 250, was: 275, reason: 'wrong-label', approver: { id: '2', name: 'Sam' } } as const;
    const overridden: CompletedSale = {
      ...sale,
      receipt: { ...sale.receipt, lines: [0, 1, 2].map(granola) as unknown as ReceiptLine[], discounts: [], taxes: undefined } as unknown as CompletedSale['receipt'],
      overrides: [0, 1, 2].map((line) => ({ line, ...wrongLabel })),
    };
    const model = printedReceiptOf(overridden);
    expect(model.entries).toEqual([{ kind: 'item', name: 'Granola 500g', quantity: 3, unitPrice: 250, amount: 750, notes: ['Price override £2.50 (was £2.75): wrong label'] }]);
    render(<SaleComplete sale={overridden} format={moneyFormatter('GBP')} feedback={null} onNewSale={() => undefined} onPrint={() => undefined} />);
    const items = screen.getByRole('list', { name: 'Receipt' }).querySelectorAll(':scope > li');
    expect([...items].map((li) => words(textOf(li)))).toEqual(['Granola 500g £7.50 3 x £2.50 · Price override £2.50 (was £2.75): wrong label']);
  });
});
