import type { RefundEntry, SaleEntry } from '../../src/sales/journal-entry';

/** A price book for the samples: A 50 each (3 for 1.30), B 30. */
export const sampleBook = {
  id: 'sample',
  currency: 'GBP',
  products: [
    { sku: 'A', name: 'Apples', price: 50 },
    { sku: 'B', name: 'Bread', price: 30 },
  ],
  offers: [{ id: 'A3', kind: 'multi-buy', label: '3 for 1.30', products: ['A'], quantity: 3, price: 130 }],
};

/**
 * A sale as a till's journal records it: `apples` A and one B priced by `sampleBook`, paid in cash
 * with a £5 note (so `apples` ≤ 9). With 3 or more A the multi-buy saves 20 once.
 */
export function sampleSale(tillId: string, receiptNumber: number, options: { id?: string; apples?: number; at?: string; card?: boolean } = {}): SaleEntry {
  const apples = options.apples ?? 4;
  const saving = apples >= 3 ? 20 : 0;
  const subtotal = apples * 50 + 30;
  const total = subtotal - saving;
  const shares = saving > 0 ? [7, 7, 6] : [];
  return {
    kind: 'sale',
    id: options.id ?? `${tillId}-${receiptNumber}`,
    tillId,
    receiptNumber,
    at: options.at ?? new Date(Date.UTC(2026, 11, 1, 9, 0, receiptNumber)).toISOString(),
    currency: 'GBP',
    storeName: 'Sample store',
    book: { id: 'sample', version: 1 },
    items: [{ sku: 'A', quantity: apples }, { sku: 'B' }],
    lines: [
      { index: 0, sku: 'A', name: 'Apples', unit: 'each', quantity: apples, unitPrice: 50, price: apples * 50, paid: apples * 50 - saving },
      { index: 1, sku: 'B', name: 'Bread', unit: 'each', quantity: 1, unitPrice: 30, price: 30, paid: 30 },
    ] as unknown as SaleEntry['lines'],
    discounts: (saving > 0 ? [{ offerId: 'A3', kind: 'multi-buy', label: '3 for 1.30', saving, lines: [0], units: shares.map((share) => ({ line: 0, share })) }] : []) as unknown as SaleEntry['discounts'],
    tenders: options.card ? [{ kind: 'card', amount: total }] : [{ kind: 'cash', amount: 500 }],
    change: options.card ? 0 : 500 - total,
    subtotal,
    savings: saving,
    total,
  };
}

/** A refund of a sample sale's bread line, in cash. */
export function sampleRefund(sale: SaleEntry, receiptNumber: number, at?: string): RefundEntry {
  return {
    kind: 'refund',
    id: `${sale.id}-refund`,
    tillId: sale.tillId,
    receiptNumber,
    at: at ?? new Date(Date.parse(sale.at) + 60_000).toISOString(),
    currency: 'GBP',
    storeName: sale.storeName,
    saleId: sale.id,
    saleReceiptNumber: sale.receiptNumber,
    lines: [{ line: 1, sku: 'B', name: 'Bread', quantity: 1, amount: 30 }],
    tenders: [{ kind: 'cash', amount: 30 }],
    total: 30,
  };
}
