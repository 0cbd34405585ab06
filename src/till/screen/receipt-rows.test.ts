import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, type DiscountLine, type ReceiptLine } from '../../pricing';
import type { BasketLine } from '../basket/basket-rules';
import { groupRepeatedScans } from './receipt-rows';

const line = (index: number, sku: string, unitPrice: number, extra: Partial<ReceiptLine> = {}): ReceiptLine => ({
  index,
  sku,
  name: sku,
  unit: 'each',
  quantity: 1,
  unitPrice: money(unitPrice),
  price: money(unitPrice * (extra.quantity ?? 1)),
  ...extra,
});
const basketOf = (lines: readonly ReceiptLine[], labelled: readonly number[] = []): BasketLine[] =>
  lines.map((l) => ({ id: 100 + l.index, sku: l.sku, quantity: l.quantity, ...(labelled.includes(l.index) ? { price: l.unitPrice } : {}) }));
const discount = (lines: number[], saving: number, kind: DiscountLine['kind'] = 'multi-buy'): DiscountLine =>
  ({ offerId: 'o', kind, label: 'Offer', saving: money(saving), lines, units: [] }) as unknown as DiscountLine;

/** Each row as "name quantity × unit = price [members]". */
const show = (rows: ReturnType<typeof groupRepeatedScans>['lines']) => rows.map((r) => `${r.name} ${r.quantity}×${r.unitPrice}=${r.price} [${r.members.join(',')}]`);

describe('repeated scans shown as one row', () => {
  it.each<[string, ReceiptLine[], DiscountLine[], number[], string[]]>([
    ['joins three bananas scanned one after another: 3 × £0.65 = £1.95', [line(0, 'BAN', 65), line(1, 'BAN', 65), line(2, 'BAN', 65)], [], [], ['BAN 3×65=195 [0,1,2]']],
    ['sums quantities typed with ×: 2 then 1 make 3', [line(0, 'BAN', 65, { quantity: 2 }), line(1, 'BAN', 65)], [], [], ['BAN 3×65=195 [0,1]']],
    ['keeps apart scans with another product between them', [line(0, 'BAN', 65), line(1, 'APL', 30), line(2, 'BAN', 65)], [], [], ['BAN 1×65=65 [0]', 'APL 1×30=30 [1]', 'BAN 1×65=65 [2]']],
    ['keeps apart weighed lines', [line(0, 'TOM', 120, { unit: 'kg', grams: 500 }), line(1, 'TOM', 120, { unit: 'kg', grams: 500 })], [], [], ['TOM 1×120=120 [0]', 'TOM 1×120=120 [1]']],
    ['keeps apart a reduced label', [line(0, 'BRIE', 300), line(1, 'BRIE', 300, { reducedPrice: money(150) })], [], [], ['BRIE 1×300=300 [0]', 'BRIE 1×300=300 [1]']],
    ['keeps apart a price label', [line(0, 'BRIE', 300), line(1, 'BRIE', 300)], [], [1], ['BRIE 1×300=300 [0]', 'BRIE 1×300=300 [1]']],
    ['keeps apart scans a discount line separates', [line(0, 'BAN', 65), line(1, 'BAN', 65)], [discount([0], 10)], [], ['BAN 1×65=65 [0]', 'BAN 1×65=65 [1]']],
    ['joins scans whose discount sits under the last of them', [line(0, 'COLA', 100), line(1, 'COLA', 100)], [discount([0, 1], 50)], [], ['COLA 2×100=200 [0,1]']],
    ['joins across a basket-wide discount, which shows at the end', [line(0, 'BAN', 65), line(1, 'BAN', 65)], [discount([0], 10, 'spend-threshold')], [], ['BAN 2×65=130 [0,1]']],
  ])('%s', (_name, lines, discounts, labelled, rows) => {
    expect(show(groupRepeatedScans({ lines, discounts }, basketOf(lines, labelled)).lines)).toEqual(rows);
  });

  describe('properties', () => {
    const receipts = fc
      .array(fc.record({ sku: fc.constantFrom('A', 'B'), quantity: fc.integer({ min: 1, max: 3 }), weighed: fc.boolean() }), { maxLength: 20 })
      .map((items) => items.map((it, index) => line(index, it.sku, it.sku === 'A' ? 65 : 30, it.weighed ? { unit: 'kg', grams: 250 } : { quantity: it.quantity })));
    it('keeps every line once, in order, and the sums of quantities and prices', () => {
      fc.assert(
        fc.property(receipts, (lines) => {
          const rows = groupRepeatedScans({ lines, discounts: [] }, basketOf(lines)).lines;
          expect(rows.flatMap((r) => r.members)).toEqual(lines.map((l) => l.index));
          expect(rows.reduce((s, r) => s + r.price, 0)).toBe(lines.reduce((s, l) => s + l.price, 0));
          expect(rows.reduce((s, r) => s + r.quantity, 0)).toBe(lines.reduce((s, l) => s + l.quantity, 0));
          expect(rows.every((r) => r.index === r.members[r.members.length - 1])).toBe(true);
          // No two neighbouring rows could have been one.
          rows.slice(1).forEach((r, i) => expect(r.sku === rows[i]!.sku && r.unit === 'each' && rows[i]!.unit === 'each').toBe(false));
        }),
      );
    });
  });
});
