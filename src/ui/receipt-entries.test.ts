import { describe, expect, it } from 'vitest';
import { money, moneyFormatter, type DiscountLine, type Receipt, type ReceiptLine } from '../pricing';
import { lineDetail, placeDiscounts } from './receipt-entries';

const format = moneyFormatter('GBP');
const discount = (offerId: string, lines: number[], kind: DiscountLine['kind'] = 'multi-buy'): DiscountLine => ({ offerId, kind, label: offerId, saving: money(10), lines, units: [] });
const line = (fields: Partial<ReceiptLine>): ReceiptLine => ({ index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 1, unitPrice: money(50), price: money(50), ...fields });

describe('where discounts go', () => {
  it('puts an item discount under the last line it used, and basket-wide ones at the end', () => {
    const receipt = { discounts: [discount('A3', [0, 2, 3]), discount('DE', [1, 4]), discount('spend', [0, 1, 2, 3, 4], 'spend-threshold')] } as unknown as Receipt;
    const { underLine, atEnd } = placeDiscounts(receipt);
    expect([...underLine].map(([i, ds]) => [i, ds.map((d) => d.offerId)])).toEqual([
      [3, ['A3']],
      [4, ['DE']],
    ]);
    expect(atEnd.map((d) => d.offerId)).toEqual(['spend']);
  });
});

describe('the small print under a line', () => {
  it.each<[string, Parameters<typeof lineDetail>[0], number | undefined, boolean, string | undefined]>([
    ['nothing for one unit', line({}), undefined, false, undefined],
    ['units × unit price', line({ quantity: 3, price: money(150) }), undefined, false, '3 × £0.50'],
    ['weight × price per kg', line({ unit: 'kg', grams: 750, unitPrice: money(59), price: money(59) }), 79, false, '0.750 kg × £0.79/kg'],
    ['a price label', line({ unitPrice: money(399), price: money(399) }), undefined, true, 'price label'],
    ['a price override and its reason', { ...line({ unitPrice: money(100), price: money(100) }), override: { price: 100, was: 150, reason: 'damaged' } }, undefined, false, 'Price override £1.00 (was £1.50): damaged'],
    ['an override\'s own words for "other"', { ...line({ quantity: 2, unitPrice: money(80), price: money(160) }), override: { price: 80, was: 99, reason: 'other', note: 'dented tin' } }, undefined, true, '2 × £0.80 · Price override £0.80 (was £0.99): dented tin'],
    ['a reduced label, each', line({ quantity: 2, price: money(100), reducedPrice: money(30) }), undefined, false, '2 × £0.50 · reduced label £0.30 each'],
  ])('shows %s', (_name, receiptLine, perKg, labelPrice, expected) => {
    expect(lineDetail(receiptLine, format, perKg, labelPrice)).toBe(expected);
  });
});
