import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../../pricing';
import { checkWeight, type WeightCheck } from './weight-rules';

const validation = validatePriceBook({ currency: 'GBP', products: [{ sku: 'BAN', name: 'Loose bananas', price: 79, unit: 'kg' }] });
if (!validation.ok) throw new Error('bad book');
const bananas = validation.book.products[0]!;
const format = (amount: number) => `£${(amount / 100).toFixed(2)}`;

describe('checking a typed weight', () => {
  it.each<[string, WeightCheck]>([
    // 750 g × 79p/kg = 59.25p, half up: 59p.
    ['750', { ok: true, grams: 750, price: 59 }],
    // 99,999 g × 79p/kg = 7899.921p: 7900p.
    ['99999', { ok: true, grams: 99_999, price: 7900 }],
    ['100000', { ok: false, message: '100,000 g is out of range: type the weight in whole grams, from 1 to 99,999' }],
    ['999999', { ok: false, message: '999,999 g is out of range: type the weight in whole grams, from 1 to 99,999' }],
    ['0', { ok: false, message: '0 g is out of range: type the weight in whole grams, from 1 to 99,999' }],
    ['', { ok: false, message: 'Type the weight in whole grams, from 1 to 99,999' }],
    ['1', { ok: false, message: '1 g of Loose bananas comes to £0.00: weigh it again, or sell more than 1 g' }],
    ['6', { ok: false, message: '6 g of Loose bananas comes to £0.00: weigh it again, or sell more than 6 g' }],
    ['7', { ok: true, grams: 7, price: 1 }],
  ])('reads "%s" as %j', (typed, check) => {
    expect(checkWeight(bananas, typed, format)).toEqual(check);
  });
});
