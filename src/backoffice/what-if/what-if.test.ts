import { describe, expect, it } from 'vitest';
import kata from '../../../public/books/kata.json';
import { money, validatePriceBook, type Offer, type PriceBook } from '../../pricing';
import { compareSales, type RecordedSale } from './what-if';

const validation = validatePriceBook(kata);
if (!validation.ok) throw new Error('kata.json is invalid');
const book: PriceBook = validation.book;
const offer = (id: string): Offer => book.offers.find((o) => o.id === id)!;

// Sales as the journal recorded them under kata's offers (A 50, B 30, C 20, D 15, E 10;
// 3 A for 1.30, 2 B for 0.45, D + E for 0.20), worked out by hand.
const sale = (id: string, completedAt: string, items: RecordedSale['items'], total: number, discounts: RecordedSale['discounts']): RecordedSale => ({
  id, receiptNumber: id, completedAt, items, bookId: 'kata', bookVersion: 1, total, savings: discounts.reduce((s, d) => s + d.saving, 0), discounts,
});
const sales: RecordedSale[] = [
  // 3 A for 1.30 (saves 20) + 2 B for 0.45 (saves 15): 130 + 45 = 175.
  sale('1', '2024-06-10T09:00:00Z', [{ sku: 'A', quantity: 3 }, { sku: 'B', quantity: 2 }], 175, [
    { offerId: 'A3', label: '3 A for 1.30', saving: 20 },
    { offerId: 'B2', label: '2 B for 0.45', saving: 15 },
  ]),
  // C 20 × 2 + (D 15 + E 10 → 20, saves 5): 40 + 20 = 60.
  sale('2', '2024-06-10T10:00:00Z', [{ sku: 'C', quantity: 2 }, { sku: 'D' }, { sku: 'E' }], 60, [{ offerId: 'DE', label: 'D + E for 0.20', saving: 5 }]),
  // One A, no offer: 50.
  sale('3', '2024-06-11T10:00:00Z', [{ sku: 'A' }], 50, []),
  // Two C before the draft offer starts: 40 either way.
  sale('4', '2024-05-20T10:00:00Z', [{ sku: 'C', quantity: 2 }], 40, []),
  // A product this book no longer has.
  sale('5', '2024-06-12T10:00:00Z', [{ sku: 'GONE' }], 99, []),
];

// The draft: drop "2 B for 0.45", add "2 C for 0.30" from 1 June.
const C2: Offer = { id: 'C2', kind: 'multi-buy', label: '2 C for 0.30', products: ['C'], quantity: 2, price: money(30), validFrom: '2024-06-01' };
const draft = [offer('A3'), offer('DE'), C2];

describe('what a draft set of offers would have done to recorded sales', () => {
  const report = compareSales(book, draft, sales, { dateOf: (iso) => iso.slice(0, 10) });

  it('re-prices the sales it can and says which it cannot', () => {
    expect(report.sales).toBe(4);
    expect(report.unpriced.map((u) => [u.sale.id, u.reason])).toEqual([['5', expect.stringContaining('GONE')]]);
  });

  it('totals what was charged and what the draft would charge', () => {
    // Charged 175 + 60 + 50 + 40 = 325, savings 35 + 5 = 40.
    // Draft: sale 1 loses 2 B for 0.45 (130 + 60 = 190); sale 2 gains 2 C for 0.30 (30 + 20 = 50); 50; 40.
    expect(report.charged).toEqual({ total: 325, savings: 40 });
    expect(report.whatIf).toEqual({ total: 330, savings: 35 });
  });

  it('gives each offer its savings, the biggest change first', () => {
    expect(report.offers).toEqual([
      { offerId: 'B2', label: '2 B for 0.45', charged: 15, whatIf: 0 },
      { offerId: 'C2', label: '2 C for 0.30', charged: 0, whatIf: 10 },
      { offerId: 'A3', label: '3 A for 1.30', charged: 20, whatIf: 20 },
      { offerId: 'DE', label: 'D + E for 0.20', charged: 5, whatIf: 5 },
    ]);
  });

  it('lists the sales whose totals change, with the difference', () => {
    expect(report.changed.map((c) => [c.sale.id, sales.find((s) => s.id === c.sale.id)!.total, c.whatIfTotal, c.difference])).toEqual([
      ['1', 175, 190, 15],
      ['2', 60, 50, -10],
    ]);
  });

  it('changes nothing when the draft is the book as it was', () => {
    const same = compareSales(book, book.offers, sales, { dateOf: (iso) => iso.slice(0, 10) });
    expect(same.changed).toEqual([]);
    expect(same.whatIf).toEqual(same.charged);
  });
});
