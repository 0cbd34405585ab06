// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { moneyFormatter, type ReceiptLine, type TaxLine } from '../pricing';
import { SaleReceipt } from './printed-receipt';

afterEach(cleanup);

const format = moneyFormatter('GBP');
const lines = [
  { index: 0, sku: 'WINE', name: 'Wine', unit: 'each', quantity: 1, unitPrice: 900, price: 900, tax: 'S' },
  { index: 1, sku: 'BREAD', name: 'Bread', unit: 'each', quantity: 1, unitPrice: 120, price: 120, tax: 'Z' },
] as unknown as ReceiptLine[];
const taxes = [
  { code: 'S', percent: 20, label: 'VAT 20%', gross: 900, tax: 150, net: 750 },
  { code: 'Z', percent: 0, gross: 120, tax: 0, net: 120 },
] as unknown as TaxLine[];

const receipt = (extra: Partial<Parameters<typeof SaleReceipt>[0]> = {}) => (
  <SaleReceipt
    storeName="Corner Shop"
    at="2026-06-15T10:00:00.000Z"
    notes={['Receipt 000012']}
    lines={lines}
    discounts={[]}
    subtotal={1020}
    savings={0}
    total={1020}
    tenders={[{ kind: 'card', amount: 1020 }]}
    change={0}
    format={format}
    {...extra}
  />
);

describe('printed receipt', () => {
  it('prints the VAT analysis per rate: rate, net, VAT and gross', () => {
    render(receipt({ taxes }));
    const table = screen.getByRole('table', { name: 'VAT analysis' });
    const rows = within(table).getAllByRole('row').map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['VAT rate', 'Net', 'VAT', 'Gross'],
      ['VAT 20%', '£7.50', '£1.50', '£9.00'],
      ['Z 0%', '£1.20', '£0.00', '£1.20'],
    ]);
  });

  it('prints the seller’s legal lines, the till and the operator when given', () => {
    render(receipt({ taxes, legal: { name: 'Corner Shop Ltd', address: ['1 High Street', 'Leeds LS1 1AA'], vatNumber: 'GB 123 4567 89' }, tillId: '3f2a9c1e-0000-4000-8000-000000000000', operator: 'Sam' }));
    const paper = screen.getByRole('article', { name: 'Printed receipt' });
    for (const text of ['Corner Shop Ltd', '1 High Street', 'Leeds LS1 1AA', 'VAT no. GB 123 4567 89', 'Receipt 000012', 'Till 3f2a9c1e', 'Served by Sam']) {
      expect(within(paper).getByText(text)).toBeTruthy();
    }
  });

  it('prints no VAT analysis or legal lines for a sale without them', () => {
    render(receipt());
    expect(screen.queryByRole('table', { name: 'VAT analysis' })).toBeNull();
    expect(screen.queryByText(/VAT no\./)).toBeNull();
    expect(screen.queryByText(/Served by/)).toBeNull();
  });
});
