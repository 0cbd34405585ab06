import { describe, expect, it } from 'vitest';
import { familyStore, OFFER_FAMILIES } from '../../test-support/offer-families';
import { PRICING_DATE, randomStore, scanSequence } from '../../test-support/random-store';
import { vatShop } from '../../test-support/vat-shop';
import type { BasketItem } from './basket';
import { priceBasket, type PriceOptions } from './price-basket';
import { pricingContext } from './pricing-context';
import { validatePriceBook, type PriceBook } from './schema';

function book(json: unknown): PriceBook {
  const result = validatePriceBook(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.book;
}

/** No clock, so no wall-clock guard: the step budget alone decides, and the answer is the same on any machine. */
const EXACT: PriceOptions = { date: PRICING_DATE, nearMisses: false, limits: { clock: undefined } };

function totalAndProof(b: PriceBook, items: readonly BasketItem[], options: PriceOptions): { total: number; optimal: boolean } {
  const result = priceBasket(b, items, { ...EXACT, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { total: result.receipt.total, optimal: result.receipt.optimal };
}

describe('a pricing context', () => {
  const shop = book(vatShop);

  it('serves only the book it was made for', () => {
    const other = book({ currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 120 }] });
    expect(() => priceBasket(other, [{ sku: 'A' }], { context: pricingContext(shop) })).toThrow('only the book it was made for');
  });

  it("builds each of the book's lookups once, on first use, and keeps them", () => {
    const context = pricingContext(shop);
    expect(context.products).toBe(context.products);
    expect(context.products.get('BREAD')?.price).toBe(120);
    expect(context.taxCodes).toBe(context.taxCodes);
    expect(context.taxCodes.get('SEAT')).toBe('R');
    expect(context.format).toBe(context.format);
    expect(context.format(150)).toBe('£1.50');
  });

  it('keeps what a pricing of its book solved and what the date offers', () => {
    const context = pricingContext(shop);
    priceBasket(shop, ['SAND', 'CRISPS', 'COKE'].map((sku) => ({ sku })), { date: PRICING_DATE, context });
    expect([...context.memo.days.keys()]).toEqual([PRICING_DATE]);
    // 2.50 + 0.80 + 1.20 for 3.50.
    expect(context.components.peek([...context.memo.orders.keys()][0]!)).toMatchObject({ proven: true, saving: 100 });
  });
});

describe('properties', () => {
  const stores = [
    ...[1, 2, 3].map((seed) => ({ name: `random store S #${seed}`, ...randomStore(seed, 'S') })),
    ...OFFER_FAMILIES.map((family) => ({ name: `${family} #7`, ...familyStore(family, 7) })),
  ];
  it.each(stores)('a basket priced scan by scan with one context gets the totals and proofs it gets priced alone ($name)', ({ book: json, basket }) => {
    const b = book(json);
    const scans = scanSequence(basket);
    const context = pricingContext(b);
    for (let n = 1; n <= scans.length; n++) {
      const items = scans.slice(0, n);
      expect(totalAndProof(b, items, { context })).toEqual(totalAndProof(b, items, {}));
    }
  });
});
