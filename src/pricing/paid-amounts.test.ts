import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBasket } from './price-basket';
import type { DiscountLine, ReceiptLine } from './receipt';
import { validatePriceBook, type PriceBook } from './schema';
import { paidAmounts } from './paid-amounts';

const line = (index: number, price: number): ReceiptLine => ({ index, sku: `S${index}`, name: `S${index}`, unit: 'each', quantity: 1, unitPrice: price, price } as unknown as ReceiptLine);
const item = (lines: [number, number][], saving: number): DiscountLine =>
  ({ offerId: 'X', kind: 'multi-buy', label: 'x', saving, lines: lines.map(([l]) => l), units: lines.map(([l, share]) => ({ line: l, share })) }) as unknown as DiscountLine;
const threshold = (lines: number[], saving: number): DiscountLine =>
  ({ offerId: 'T', kind: 'spend-threshold', label: 't', saving, lines, units: [] }) as unknown as DiscountLine;

describe('paid amounts', () => {
  it.each<[string, ReceiptLine[], DiscountLine[], number[]]>([
    ['are the full prices with no discounts', [line(0, 50), line(1, 30)], [], [50, 30]],
    ['take each unit share of an item discount off its own line', [line(0, 150), line(1, 30)], [item([[0, 20]], 20)], [130, 30]],
    ['share a threshold in proportion to what lines paid after item discounts (200:200:100 of 100p is 40, 40, 20)', [line(0, 300), line(1, 200), line(2, 100)], [item([[0, 100]], 100), threshold([0, 1, 2], 100)], [160, 160, 80]],
    ['give a tied penny of a threshold to the line scanned first', [line(0, 50), line(1, 50)], [threshold([0, 1], 1)], [49, 50]],
    ['share a threshold only over the lines it covered', [line(0, 100), line(1, 100), line(2, 100)], [threshold([1, 2], 50)], [100, 75, 75]],
    ['share a second threshold over what is still paid after the first', [line(0, 100), line(1, 300)], [threshold([0, 1], 200), threshold([0, 1], 100)], [25, 75]],
  ])('%s', (_fact, lines, discounts, paid) => {
    expect(paidAmounts(lines, discounts)).toEqual(paid);
  });
});

describe('properties', () => {
  const raw = JSON.parse(readFileSync(new URL('../../public/books/test/corner-shop.json', import.meta.url), 'utf8')) as unknown;
  const validation = validatePriceBook(raw);
  if (!validation.ok) throw new Error('the corner shop test book is invalid');
  const book: PriceBook = validation.book;
  const eachSkus = book.products.filter((p) => p.unit !== 'kg').map((p) => p.sku);
  const basket = fc.array(fc.record({ sku: fc.constantFrom(...eachSkus), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 12 });

  it('on real receipts, paid amounts are never negative, never above the line price, and sum to the total', () => {
    fc.assert(
      fc.property(basket, (items) => {
        const result = priceBasket(book, items, { date: '2026-06-15', nearMisses: false });
        if (!result.ok) throw new Error('unpriceable');
        const { lines, discounts, total } = result.receipt;
        const paid = paidAmounts(lines, discounts);
        paid.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(lines[i]!.price);
        });
        expect(paid.reduce((a, b) => a + b, 0)).toBe(total);
      }),
      { numRuns: 200 },
    );
  });
});
