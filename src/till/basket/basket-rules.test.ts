import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addLine, changeQuantity, countItems, emptyBasket, MAX_QUANTITY, sanitizeBasket, toBasketItems, undoLastScan, voidLine, type Basket, type ScannedItem } from './basket-rules';

const basketOf = (...items: ScannedItem[]): Basket => items.reduce(addLine, emptyBasket);
const apple: ScannedItem = { sku: 'A', quantity: 1 };
const bananas: ScannedItem = { sku: 'BAN', quantity: 1, grams: 750 };

describe('adding and removing lines', () => {
  it('adds every scan as its own line with a new id', () => {
    const basket = basketOf(apple, apple, bananas);
    expect(basket.lines.map((l) => [l.id, l.sku])).toEqual([
      [1, 'A'],
      [2, 'A'],
      [3, 'BAN'],
    ]);
    expect(basket.nextLineId).toBe(4);
  });

  it('never reuses an id after a void', () => {
    const basket = addLine(voidLine(basketOf(apple, apple), 2), apple);
    expect(basket.lines.map((l) => l.id)).toEqual([1, 3]);
  });

  it('undoes the most recent scan, even after earlier lines were voided', () => {
    const basket = undoLastScan(voidLine(basketOf(apple, bananas, apple), 1));
    expect(basket.lines.map((l) => l.id)).toEqual([2]);
  });

  it('leaves an empty basket as it is on undo', () => {
    expect(undoLastScan(emptyBasket)).toBe(emptyBasket);
  });

  it('leaves the basket as it is when voiding a line that is not there', () => {
    const basket = basketOf(apple);
    expect(voidLine(basket, 99)).toBe(basket);
  });
});

describe('quantities', () => {
  it.each([
    ['adds one', 2, 1, 3],
    ['takes one off', 3, -1, 2],
    ['stops at one: voiding is explicit', 1, -1, 1],
    [`stops at ${MAX_QUANTITY}`, MAX_QUANTITY, 1, MAX_QUANTITY],
  ])('%s', (_name, from, delta, to) => {
    const basket = changeQuantity(basketOf({ sku: 'A', quantity: from }), 1, delta);
    expect(basket.lines[0]?.quantity).toBe(to);
  });

  it('does not change a weighed line', () => {
    const basket = basketOf(bananas);
    expect(changeQuantity(basket, 1, 1)).toBe(basket);
  });

  it('counts items as a customer would: units, and one per weighed line', () => {
    expect(countItems(basketOf({ sku: 'A', quantity: 3 }, bananas).lines)).toBe(4);
  });
});

describe('the engine basket', () => {
  it('carries every label field and nothing else', () => {
    const basket = basketOf(apple, bananas, { sku: 'BRI', quantity: 1, price: 399 }, { sku: 'BRD', quantity: 2, reducedPrice: 120 });
    expect(toBasketItems(basket.lines)).toEqual([
      { sku: 'A', quantity: 1 },
      { sku: 'BAN', quantity: 1, grams: 750 },
      { sku: 'BRI', quantity: 1, price: 399 },
      { sku: 'BRD', quantity: 2, reducedPrice: 120 },
    ]);
  });
});

describe('reading a stored basket', () => {
  it('keeps a well-formed basket as it was', () => {
    const basket = basketOf(apple, bananas);
    expect(sanitizeBasket(JSON.parse(JSON.stringify(basket)))).toEqual(basket);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'lines'],
    ['lines that are not a list', { lines: 3 }],
  ])('reads %s as an empty basket', (_name, stored) => {
    expect(sanitizeBasket(stored)).toEqual(emptyBasket);
  });

  it('drops malformed lines and keeps ids rising', () => {
    const stored = {
      lines: [
        { id: 4, sku: 'A', quantity: 1 },
        { id: 5, sku: '', quantity: 1 },
        { id: 6, sku: 'A', quantity: 1.5 },
        { id: 7, sku: 'B', quantity: 1, grams: -3 },
        { id: 4, sku: 'A', quantity: 2 },
        null,
      ],
      nextLineId: 2,
    };
    expect(sanitizeBasket(stored)).toEqual({ lines: [{ id: 4, sku: 'A', quantity: 1 }], nextLineId: 5 });
  });
});

describe('properties', () => {
  const item = fc.oneof(
    fc.record({ sku: fc.constantFrom('A', 'B', 'C'), quantity: fc.integer({ min: 1, max: 9 }) }),
    fc.record({ sku: fc.constant('BAN'), quantity: fc.constant(1), grams: fc.integer({ min: 1, max: 5000 }) }),
  );

  it('undo after a scan gives back the lines from before it', () => {
    fc.assert(
      fc.property(fc.array(item), item, (items, last) => {
        const before = items.reduce(addLine, emptyBasket);
        expect(undoLastScan(addLine(before, last)).lines).toEqual(before.lines);
      }),
    );
  });

  it('line ids stay unique through any mix of scans, voids and undos', () => {
    const op = fc.oneof(
      item.map((i) => (b: Basket) => addLine(b, i)),
      fc.integer({ min: 1, max: 30 }).map((id) => (b: Basket) => voidLine(b, id)),
      fc.constant(undoLastScan),
      fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -3, max: 3 })).map(([id, d]) => (b: Basket) => changeQuantity(b, id, d)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const basket = ops.reduce((b, f) => f(b), emptyBasket);
        const ids = basket.lines.map((l) => l.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.every((id) => id < basket.nextLineId)).toBe(true);
        expect(basket.lines.every((l) => l.quantity >= 1 && l.quantity <= MAX_QUANTITY)).toBe(true);
      }),
    );
  });
});
