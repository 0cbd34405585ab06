import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../src/pricing';
import { OFFER_KINDS, type BasketLine } from './price-book-json';
import { anotherBasket, PRICING_DATE, randomStore, scanSequence, type StoreSize } from './random-store';

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const units = (basket: readonly BasketLine[]) => scanSequence(basket).length;

describe('randomStore', () => {
  it.each<StoreSize>(['tiny', 'S', 'M', 'L', 'XL'])('gives the same %s store for the same seed', (size) => {
    expect(randomStore(7, size)).toEqual(randomStore(7, size));
    expect(randomStore(8, size)).not.toEqual(randomStore(7, size));
  });

  it.each<[StoreSize, number, number, number]>([
    ['S', 10, 5, 25],
    ['M', 50, 20, 100],
    ['L', 200, 60, 300],
    ['XL', 1000, 200, 1000],
  ])('makes %s stores of %i units, %i offers and %i products', (size, unitCount, offerCount, productCount) => {
    for (const seed of seeds(5)) {
      const { book, basket } = randomStore(seed, size);
      expect(units(basket)).toBe(unitCount);
      expect(book.offers).toHaveLength(offerCount);
      expect(book.products).toHaveLength(productCount);
    }
  });

  it('keeps tiny stores within the oracle sizes', () => {
    for (const seed of seeds(300)) {
      const { book, basket } = randomStore(seed, 'tiny');
      expect(book.products.length).toBeGreaterThanOrEqual(3);
      expect(book.products.length).toBeLessThanOrEqual(8);
      expect(book.offers.length).toBeGreaterThanOrEqual(1);
      expect(book.offers.length).toBeLessThanOrEqual(5);
      expect(units(basket)).toBeGreaterThanOrEqual(2);
      expect(units(basket)).toBeLessThanOrEqual(12);
    }
  });

  it.each<StoreSize>(['tiny', 'S', 'M', 'L', 'XL'])('writes %s books the price book schema accepts', (size) => {
    for (const seed of seeds(size === 'tiny' ? 300 : 3)) {
      const { book } = randomStore(seed, size);
      const result = validatePriceBook(JSON.parse(JSON.stringify(book)));
      expect(result.ok ? [] : result.issues, `seed ${seed}`).toEqual([]);
    }
  });

  it.each<StoreSize>(['tiny', 'S', 'M', 'L', 'XL'])('gives distinct SKUs distinct prices and valid basket lines (%s)', (size) => {
    for (const seed of seeds(size === 'tiny' ? 300 : 3)) {
      const { book, basket } = randomStore(seed, size);
      const prices = book.products.map((p) => p.price);
      expect(new Set(prices).size).toBe(prices.length);
      const bySku = new Map(book.products.map((p) => [p.sku, p]));
      for (const line of basket) {
        const product = bySku.get(line.sku);
        expect(product, line.sku).toBeDefined();
        expect(line.grams !== undefined).toBe(product?.unit === 'kg');
        if (line.reducedPrice !== undefined) {
          expect(line.reducedPrice).toBeGreaterThan(0);
          const full = product?.unit === 'kg' ? Math.floor(((product?.price ?? 0) * (line.grams ?? 0) * 2 + 1000) / 2000) : (product?.price ?? 0);
          expect(line.reducedPrice).toBeLessThan(full);
        }
      }
    }
  });

  it('covers every offer kind and feature across 300 tiny seeds', () => {
    const seen = new Set<string>();
    for (const seed of seeds(300)) {
      const { book, basket } = randomStore(seed, 'tiny');
      for (const offer of book.offers) {
        seen.add(offer.kind);
        if (offer.limit !== undefined) seen.add('limit');
        if (offer.priority !== undefined) seen.add('priority');
        if (offer.validUntil !== undefined && offer.validUntil < PRICING_DATE) seen.add('expired');
        if (offer.validFrom !== undefined && offer.validFrom > PRICING_DATE) seen.add('not yet valid');
        if (offer.validFrom === PRICING_DATE || offer.validUntil === PRICING_DATE) seen.add('valid on its bound');
        if (offer.kind === 'multi-buy') seen.add(offer.products?.length === 1 && offer.categories === undefined ? 'single-SKU multi-buy' : 'mixed multi-buy');
        if (offer.kind === 'bundle') {
          seen.add(`bundle of ${offer.slots.length} slots`);
          if (offer.slots.some((s) => s.categories !== undefined)) seen.add('bundle slot by category');
          if (offer.slots.some((s) => (s.quantity ?? 1) === 2)) seen.add('bundle slot of 2');
        }
        if (offer.kind === 'cheapest-free') seen.add(`buy ${offer.buy} free ${offer.free}`);
        if (offer.kind === 'spend-threshold') {
          seen.add(offer.basis);
          seen.add(offer.amount !== undefined ? 'threshold amount' : 'threshold percent');
          seen.add(offer.products === undefined && offer.categories === undefined ? 'whole basket' : 'scoped threshold');
          if (offer.exclusive === true) seen.add('exclusive');
        }
      }
      if (basket.some((l) => l.grams !== undefined)) seen.add('weighed line');
      if (basket.some((l) => l.reducedPrice !== undefined)) seen.add('reduced unit');
    }
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        ...OFFER_KINDS,
        'limit',
        'priority',
        'expired',
        'not yet valid',
        'valid on its bound',
        'single-SKU multi-buy',
        'mixed multi-buy',
        'bundle of 2 slots',
        'bundle of 3 slots',
        'bundle slot by category',
        'bundle slot of 2',
        'buy 2 free 1',
        'buy 3 free 1',
        'buy 3 free 2',
        'buy 4 free 1',
        'buy 4 free 2',
        'before-offers',
        'after-offers',
        'full-price-only',
        'threshold amount',
        'threshold percent',
        'whole basket',
        'scoped threshold',
        'exclusive',
        'weighed line',
        'reduced unit',
      ]),
    );
  });

  it('runs the offers supermarkets overlap in every realistic store', () => {
    for (const size of ['S', 'M', 'L', 'XL'] as const) {
      const { book } = randomStore(1, size);
      const meal = book.offers.find((o) => o.kind === 'bundle' && o.label === 'Meal deal');
      const drinks = book.offers.find((o) => o.kind === 'multi-buy' && o.id.startsWith('drinks'));
      const thresholds = book.offers.filter((o) => o.kind === 'spend-threshold');
      expect(meal, size).toBeDefined();
      expect(drinks, size).toBeDefined();
      expect(book.offers.some((o) => o.kind === 'cheapest-free'), size).toBe(true);
      expect(book.offers.some((o) => o.kind === 'percent-off'), size).toBe(true);
      expect(thresholds.length, size).toBeGreaterThanOrEqual(1);
      expect(thresholds.length, size).toBeLessThanOrEqual(2);
      expect(new Set(book.products.map((p) => p.category)).size, size).toBe(12);
    }
  });
});

describe('anotherBasket', () => {
  it.each(['S', 'M', 'L'] as const)('draws %s baskets of the same size from the same store, each its own', (size) => {
    const { book, basket } = randomStore(3, size);
    const skus = new Set(book.products.map((p) => p.sku));
    const first = anotherBasket(3, size, 0);
    expect(anotherBasket(3, size, 0)).toEqual(first);
    expect(anotherBasket(3, size, 1)).not.toEqual(first);
    expect(first).not.toEqual(basket);
    expect(units(first)).toBe(units(basket));
    for (const line of first) expect(skus.has(line.sku)).toBe(true);
  });
});

describe('scanSequence', () => {
  it.each<[string, BasketLine[], BasketLine[]]>([
    ['expands a quantity into single scans', [{ sku: 'A', quantity: 3 }], [{ sku: 'A' }, { sku: 'A' }, { sku: 'A' }]],
    ['keeps scan order across lines', [{ sku: 'A', quantity: 2 }, { sku: 'B' }], [{ sku: 'A' }, { sku: 'A' }, { sku: 'B' }]],
    ['keeps the reduced price on every unit', [{ sku: 'A', quantity: 2, reducedPrice: 5 }], [{ sku: 'A', reducedPrice: 5 }, { sku: 'A', reducedPrice: 5 }]],
    ['scans a weighed line once', [{ sku: 'BAN', grams: 400 }], [{ sku: 'BAN', grams: 400 }]],
  ])('%s', (_fact, basket, expected) => {
    expect(scanSequence(basket)).toEqual(expected);
  });
});
