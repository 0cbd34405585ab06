import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBasket } from './price-basket';
import type { Receipt } from './receipt';
import { validatePriceBook, type PriceBook } from './schema';
import { vatShop } from '../../test-support/vat-shop';
import { vatOf, withTaxes } from './taxes';

function book(raw: unknown): PriceBook {
  const result = validatePriceBook(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.book;
}

/**
 * A UK-style corner shop: wine, crisps and drinks at the standard rate, bread and sandwiches zero
 * rated, child car seats at the reduced rate; a meal deal (sandwich + crisps + drink for 3.50) and 1.00 off
 * a spend of 13.00 after offers.
 */
const shop = book(vatShop);

function receiptOf(skus: string[]): Receipt {
  const result = priceBasket(shop, skus.map((sku) => ({ sku, quantity: 1 })), { nearMisses: false });
  if (!result.ok) throw new Error('unpriceable');
  return result.receipt;
}

const vat = (code: string, percent: number, gross: number, tax: number) => ({ code, percent, gross, tax, net: gross - tax });

describe('VAT on a receipt', () => {
  it.each<[string, string[], ReturnType<typeof vat>[]]>([
    // 900 × 20 / 120 = 150 exactly.
    ['Wine 9.00 (S) and Bread 1.20 (Z): S gross 900, VAT 150, net 750; Z gross 120, VAT 0', ['WINE', 'BREAD'], [vat('S', 20, 900, 150), vat('Z', 0, 120, 0)]],
    // 80 × 20 / 120 = 13.3 → 13; 800 × 5 / 105 = 38.1 → 38.
    ['lists rates in taxRates order, not scan order', ['BREAD', 'SEAT', 'CRISPS'], [vat('S', 20, 80, 13), vat('R', 5, 800, 38), vat('Z', 0, 120, 0)]],
    // Meal deal saves 100 over 250 + 80 + 120 = 450, shared 55.6 / 17.8 / 26.7: floors 55, 17, 26,
    // the two pennies left to the largest remainders (crisps, cola): 55, 18, 27. Paid: sandwich 195,
    // crisps 62, cola 93. S gross 155, VAT 155 / 6 = 25.83 → 26.
    ['a meal deal across rates, each rate taking what its units paid', ['SAND', 'CRISPS', 'COKE'], [vat('S', 20, 155, 26), vat('Z', 0, 195, 0)]],
    // After the meal deal the lines pay 900, 120, 195, 62, 93 = 1370 ≥ 1300: 100 off, shared by
    // what each still pays: floors 65, 8, 14, 4, 6 (97), remainders 950, 1040, 320, 720, 1080 give
    // the 3 pennies to cola, bread, wine: 66, 9, 14, 4, 7. Paid 834, 111, 181, 58, 86 = 1270.
    // S gross 834 + 58 + 86 = 978, VAT 978 / 6 = 163; Z gross 111 + 181 = 292.
    ['a meal deal and a spend threshold', ['WINE', 'BREAD', 'SAND', 'CRISPS', 'COKE'], [vat('S', 20, 978, 163), vat('Z', 0, 292, 0)]],
  ])('%s', (_fact, skus, taxes) => {
    const receipt = receiptOf(skus);
    expect(receipt.taxes?.map(({ code, percent, gross, tax, net }) => ({ code, percent, gross, tax, net }))).toEqual(taxes);
    expect(taxes.reduce((s, t) => s + t.gross, 0)).toBe(receipt.total);
  });

  it('marks each line with its VAT code and keeps the rate label', () => {
    const receipt = receiptOf(['WINE', 'BREAD']);
    expect(receipt.lines.map((l) => l.tax)).toEqual(['S', 'Z']);
    expect(receipt.taxes?.[0]?.label).toBe('VAT 20%');
  });

  it('leaves a receipt from a book without taxRates as it was: no codes, no taxes', () => {
    const plain = book({ currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 50 }] });
    const result = priceBasket(plain, [{ sku: 'A', quantity: 2 }], { nearMisses: false });
    expect(result.ok && result.receipt.taxes).toBe(undefined);
    expect(result.ok && result.receipt.lines[0]).not.toHaveProperty('tax');
  });

  it('uses the defaultTax for a product without a code', () => {
    const mixed = book({ currency: 'GBP', taxRates: [{ code: 'S', percent: 20 }, { code: 'Z', percent: 0 }], defaultTax: 'S', products: [{ sku: 'A', name: 'A', price: 120 }, { sku: 'B', name: 'B', price: 60, tax: 'Z' }] });
    const receipt = withTaxes(mixed, { lines: [{ index: 0, sku: 'A', price: 120 }, { index: 1, sku: 'B', price: 60 }] as unknown as Receipt['lines'], discounts: [] });
    expect(receipt.taxes).toEqual([vat('S', 20, 120, 20), vat('Z', 0, 60, 0)]);
  });
});

describe('vatOf', () => {
  it.each([
    ['a sixth of a price at 20%', 900, 20, 150],
    ['a half penny rounded up at 20% (9 / 6 = 1.5)', 9, 20, 2],
    ['just under a half penny rounded down at 20% (8 / 6 = 1.33)', 8, 20, 1],
    ['5% of 800 (800 × 5 / 105 = 38.1)', 800, 5, 38],
    ['5.5% of 1000 (1000 × 5.5 / 105.5 = 52.13)', 1000, 5.5, 52],
    ['2.1% of 1000 (1000 × 2.1 / 102.1 = 20.57), exactly though 2.1 is no binary fraction', 1000, 2.1, 21],
    ['nothing at zero rate', 12345, 0, 0],
    ['nothing on nothing', 0, 20, 0],
  ])('takes %s', (_fact, gross, percent, tax) => {
    expect(vatOf(gross, percent)).toBe(tax);
  });
});

describe('properties', () => {
  const skus = shop.products.map((p) => p.sku);
  const basket = fc.array(fc.constantFrom(...skus), { minLength: 1, maxLength: 12 });

  it('grosses sum to the total, VAT never exceeds gross, net = gross − VAT, and pricing twice gives the same', () => {
    fc.assert(
      fc.property(basket, (items) => {
        const receipt = receiptOf(items);
        const taxes = receipt.taxes ?? [];
        expect(taxes.reduce((s, t) => s + t.gross, 0)).toBe(receipt.total);
        for (const t of taxes) {
          expect(t.tax).toBeGreaterThanOrEqual(0);
          expect(t.tax).toBeLessThanOrEqual(t.gross);
          expect(t.net).toBe(t.gross - t.tax);
          if (t.percent === 0) expect(t.tax).toBe(0);
        }
        expect(receiptOf(items).taxes).toEqual(taxes);
      }),
      { numRuns: 150 },
    );
  });

  it('VAT is the gross times percent over 100 + percent, within half a penny, for any two-decimal percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (gross, hundredths) => {
        const tax = vatOf(gross, hundredths / 100);
        // Compared in integers: |tax × (10000 + h) − gross × h| ≤ (10000 + h) / 2.
        expect(Math.abs(tax * (10_000 + hundredths) - gross * hundredths) * 2).toBeLessThanOrEqual(10_000 + hundredths);
      }),
    );
  });
});
