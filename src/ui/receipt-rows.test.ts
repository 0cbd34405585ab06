import { describe, expect, it } from 'vitest';
import { money, type ReceiptLine } from '../pricing';
import { joinRepeatedScans } from './receipt-rows';

const line = (index: number, sku: string, paid?: number): ReceiptLine & { paid?: number } => ({
  index,
  sku,
  name: sku,
  unit: 'each',
  quantity: 1,
  unitPrice: money(100),
  price: money(100),
  ...(paid === undefined ? {} : { paid }),
});

describe('joining repeated scans on a recorded receipt', () => {
  it('sums what was paid where every scan of the row knows it', () => {
    const rows = joinRepeatedScans({ lines: [line(0, 'A', 50), line(1, 'A', 100), line(2, 'B', 100), line(3, 'B')], discounts: [] });
    expect(rows.lines.map((r) => [r.sku, r.quantity, r.price, r.paid, r.members])).toEqual([
      ['A', 2, 200, 150, [0, 1]],
      ['B', 2, 200, undefined, [2, 3]],
    ]);
  });

  it('keeps apart the lines the caller says must stand alone', () => {
    const rows = joinRepeatedScans({ lines: [line(0, 'A'), line(1, 'A'), line(2, 'A')], discounts: [] }, (l) => (l.index === 1 ? null : ''));
    expect(rows.lines.map((r) => r.members)).toEqual([[0], [1], [2]]);
  });

  it('joins only lines the caller gives the same key (the same price override, or none)', () => {
    const keys = ['', 'x', 'x', 'y', ''];
    const rows = joinRepeatedScans({ lines: keys.map((_, i) => line(i, 'A')), discounts: [] }, (l) => keys[l.index]!);
    expect(rows.lines.map((r) => r.members)).toEqual([[0], [1, 2], [3], [4]]);
  });
});
