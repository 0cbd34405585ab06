import { describe, expect, it } from 'vitest';
import { validatePriceBook, type Product } from '../../pricing';
import type { ScannedItem } from '../basket/basket-rules';
import type { AgeCheck } from './age-rules';
import { checkScan, type ScanVerdict } from './scan-checks';

const validation = validatePriceBook({
  currency: 'GBP',
  products: [
    { sku: 'APL', name: 'Apples', price: 50 },
    { sku: 'BRI', name: 'Brie', price: 300 },
    { sku: 'BAN', name: 'Loose bananas', price: 79, unit: 'kg' },
    { sku: 'WINE', name: 'Merlot', price: 800, ageRestricted: 18 },
    { sku: 'GIN', name: 'Gin', price: 1600, ageRestricted: 21 },
  ],
});
if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
const bySku = new Map(validation.book.products.map((p) => [p.sku, p]));
const product = (sku: string): Product => bySku.get(sku)!;
const format = (amount: number) => `£${(amount / 100).toFixed(2)}`;
const at = '2026-12-06T10:00:00.000Z';
const confirmed18: AgeCheck = { sku: 'WINE', minimumAge: 18, outcome: 'confirmed', at };
const refused18: AgeCheck = { sku: 'WINE', minimumAge: 18, outcome: 'refused', at };

describe('checking an item before it goes into the basket', () => {
  it.each<[string, ScannedItem, AgeCheck[], ScanVerdict]>([
    ['adds a plain scan', { sku: 'APL', quantity: 1 }, [], { ok: true, confirmations: [] }],
    ['adds fifty without asking', { sku: 'APL', quantity: 50 }, [], { ok: true, confirmations: [] }],
    ['asks before sixty', { sku: 'APL', quantity: 60 }, [], { ok: true, confirmations: [{ kind: 'quantity', quantity: 60 }] }],
    // Brie's shelf price is 300: a tenth is 30. 29 is below it; 30 is not.
    ['asks before a price label below a tenth of the shelf price', { sku: 'BRI', quantity: 1, price: 29 }, [], { ok: true, confirmations: [{ kind: 'low-price-label', price: 29, shelfPrice: 300 }] }],
    ['takes a price label of exactly a tenth', { sku: 'BRI', quantity: 1, price: 30 }, [], { ok: true, confirmations: [] }],
    ['never compares a weighed pack\'s label with a price per kilogram', { sku: 'BAN', quantity: 1, price: 5 }, [], { ok: true, confirmations: [] }],
    // 79p/kg × 7 g = 0.553p, rounds to 1p; × 6 g = 0.474p, rounds to 0.
    ['takes a weighed line of a penny', { sku: 'BAN', quantity: 1, grams: 7 }, [], { ok: true, confirmations: [] }],
    ['refuses a weighed line that comes to nothing', { sku: 'BAN', quantity: 1, grams: 6 }, [], { ok: false, message: '6 g of Loose bananas comes to £0.00: weigh it again, or sell more than 6 g' }],
    ['asks the age at the first restricted item', { sku: 'WINE', quantity: 1 }, [], { ok: true, confirmations: [{ kind: 'age', minimumAge: 18 }] }],
    ['does not ask again once confirmed', { sku: 'WINE', quantity: 1 }, [confirmed18], { ok: true, confirmations: [] }],
    ['asks again for a higher age', { sku: 'GIN', quantity: 1 }, [confirmed18], { ok: true, confirmations: [{ kind: 'age', minimumAge: 21 }] }],
    [
      'refuses a restricted item after a refusal',
      { sku: 'WINE', quantity: 1 },
      [refused18],
      { ok: false, message: 'Not added: Merlot is for customers 18 or over, and this customer was not confirmed 18 or over earlier in this sale' },
    ],
    ['asks the age first, then the quantity', { sku: 'WINE', quantity: 60 }, [], { ok: true, confirmations: [{ kind: 'age', minimumAge: 18 }, { kind: 'quantity', quantity: 60 }] }],
  ])('%s', (_fact, item, ageChecks, verdict) => {
    expect(checkScan(item, product(item.sku), ageChecks, format)).toEqual(verdict);
  });

  it.each([0, 17.5, 100])('the price book refuses an ageRestricted of %s', (age) => {
    expect(validatePriceBook({ currency: 'GBP', products: [{ sku: 'X', name: 'X', price: 1, ageRestricted: age }] }).ok).toBe(false);
  });
});
