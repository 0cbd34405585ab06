import { describe, expect, it } from 'vitest';
import type { ReceiptLine } from '../../pricing';
import { lineVoidOf } from './line-void-rules';

const priced = { index: 1, sku: 'B', name: 'B', unit: 'each', quantity: 2, unitPrice: 30, price: 60 } as unknown as ReceiptLine;
const at = '2026-12-07T10:00:00.000Z';

describe('the record a line void leaves', () => {
  it('keeps nothing for a void before any money is in', () => {
    expect(lineVoidOf({ line: { id: 2, sku: 'B', quantity: 2 }, priced, name: 'B', tendered: false, approver: undefined, at })).toBeUndefined();
  });

  it.each([
    ['with the supervisor who approved', { id: '2', name: 'Sam' }, { sku: 'B', name: 'B', quantity: 2, amount: 60, approver: { id: '2', name: 'Sam' }, at }],
    ['with no approver when the operator may void it themselves', undefined, { sku: 'B', name: 'B', quantity: 2, amount: 60, at }],
  ])('keeps a void after a tender %s', (_, approver, expected) => {
    expect(lineVoidOf({ line: { id: 2, sku: 'B', quantity: 2 }, priced, name: 'B', tendered: true, approver, at })).toEqual(expected);
  });

  it('keeps a weighed line with its weight, at the price the engine gave it', () => {
    const bananas = { ...priced, sku: 'BAN', name: 'Bananas', quantity: 1, grams: 750, price: 150 } as ReceiptLine;
    expect(lineVoidOf({ line: { id: 3, sku: 'BAN', quantity: 1, grams: 750 }, priced: bananas, name: 'Bananas', tendered: true, approver: undefined, at })).toEqual({
      sku: 'BAN',
      name: 'Bananas',
      quantity: 1,
      grams: 750,
      amount: 150,
      at,
    });
  });
});
