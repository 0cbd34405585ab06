import { describe, expect, it } from 'vitest';
import { money, type DiscountLine, type Receipt, type ReceiptLine } from '../pricing';
import { displayContentOf } from './device-wiring';

const line = (index: number, sku: string, name: string, unitPrice: number): ReceiptLine => ({ index, sku, name, unit: 'each', quantity: 1, unitPrice: money(unitPrice), price: money(unitPrice) });
const half = (at: number): DiscountLine => ({ offerId: 'half', kind: 'percent-off', label: 'Half price strawberries', saving: money(138), lines: [at], units: [{ line: at, share: money(138) }] }) as DiscountLine;

describe('the customer display', () => {
  it('shows repeated scans as one line, their savings after it, as the cashier sees them', () => {
    const receipt = {
      currency: 'GBP',
      lines: [line(0, 'STR', 'Strawberries 400g', 275), line(1, 'STR', 'Strawberries 400g', 275), line(2, 'STR', 'Strawberries 400g', 275), line(3, 'MILK', 'Milk', 125)],
      discounts: [half(1), half(2)],
      total: money(924),
    } as unknown as Receipt;
    const content = displayContentOf({ phase: 'sale', storeName: 'Shop', currency: 'GBP', receipt, tenders: [], change: 0 });
    expect(content.lines).toEqual([
      { name: 'Strawberries 400g', detail: '3 × £2.75', amount: 825 },
      { name: 'Milk', amount: 125 },
    ]);
    expect(content.savings).toEqual([
      { label: 'Half price strawberries', amount: 138 },
      { label: 'Half price strawberries', amount: 138 },
    ]);
  });
});
