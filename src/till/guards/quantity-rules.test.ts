import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantityNeedsConfirming, readQuantity } from './quantity-rules';

describe('reading a typed quantity', () => {
  it.each([
    ['3', { ok: true, quantity: 3 }],
    [' 12 ', { ok: true, quantity: 12 }],
    ['999', { ok: true, quantity: 999 }],
    ['-3', { ok: false, message: "A quantity can't be negative: type how many (1 to 999), then ×. To take items off, select the line and press − or Void line" }],
    ['−3', { ok: false, message: "A quantity can't be negative: type how many (1 to 999), then ×. To take items off, select the line and press − or Void line" }],
    ['-', { ok: false, message: "A quantity can't be negative: type how many (1 to 999), then ×. To take items off, select the line and press − or Void line" }],
    ['2.5', { ok: false, message: '2.5 is not a whole number of items: type how many (1 to 999), then ×. Weighed goods are weighed, not multiplied' }],
    ['.5', { ok: false, message: '.5 is not a whole number of items: type how many (1 to 999), then ×. Weighed goods are weighed, not multiplied' }],
    ['2,5', { ok: false, message: '2,5 is not a whole number of items: type how many (1 to 999), then ×. Weighed goods are weighed, not multiplied' }],
    ['3a', { ok: false, message: '“3a” is not a quantity: type how many (1 to 999), then ×' }],
    ['0', { ok: false, message: 'A quantity is from 1 to 999' }],
    ['1000', { ok: false, message: 'A quantity is from 1 to 999' }],
  ])('reads "%s" as %j', (typed, reading) => {
    expect(readQuantity(typed)).toEqual(reading);
  });

  it.each([
    [1, false],
    [50, false],
    [51, true],
    [60, true],
  ])('asks to confirm %i units: %s', (quantity, asks) => {
    expect(quantityNeedsConfirming(quantity)).toBe(asks);
  });

  describe('properties', () => {
    it('never reads a quantity from text holding anything but digits', () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const reading = readQuantity(text);
          if (reading.ok) expect(text.trim()).toMatch(/^\d+$/);
        }),
      );
    });
  });
});
