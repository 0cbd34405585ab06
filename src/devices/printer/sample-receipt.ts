import type { PrintedReceiptModel } from './printed-receipt-model';

/**
 * A receipt with one of everything the layout prints: a plain line, a line of three, a weighed
 * line, two discounts, the VAT analysis, two tenders and change. The golden tests encode it and the
 * Devices page prints it as its test receipt.
 */
export const SAMPLE_RECEIPT: PrintedReceiptModel = {
  currency: 'GBP',
  storeLines: ['Hollybush Market', 'Hollybush Market Ltd', '12 High Street', 'Hollybush HB1 2AB', 'VAT no. GB 123 4567 89'],
  entries: [
    { kind: 'item', name: 'Chicken & bacon sandwich', quantity: 1, unitPrice: 325, amount: 325 },
    { kind: 'item', name: 'Ready salted crisps', quantity: 1, unitPrice: 95, amount: 95 },
    { kind: 'item', name: 'Sparkling spring water 500ml', quantity: 1, unitPrice: 110, amount: 110 },
    { kind: 'discount', label: 'Meal deal', amount: 180 },
    { kind: 'item', name: 'Braeburn apples', quantity: 3, unitPrice: 65, amount: 195 },
    { kind: 'discount', label: '3 for £1.50', amount: 45 },
    { kind: 'weighed', name: 'Loose bananas', grams: 512, pricePerKg: 79, amount: 40 },
  ],
  subtotal: 765,
  savings: 225,
  total: 540,
  vat: [
    { code: 'S', label: 'VAT 20%', rateBasisPoints: 2000, net: 129, vat: 26, gross: 155 },
    { code: 'Z', label: 'Zero rated', rateBasisPoints: 0, net: 385, vat: 0, gross: 385 },
  ],
  tenders: [
    { kind: 'card', amount: 200 },
    { kind: 'cash', amount: 500 },
  ],
  change: 160,
  receiptNumber: '000012',
  tillId: '7f3a9c21',
  operator: 'Sam',
  at: '2026-12-06T17:42:00Z',
};
