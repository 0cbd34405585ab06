import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AgeCheck } from '../guards/age-rules';
import type { LineVoid } from '../../ui/line-void';
import {
  addLine,
  changeQuantity,
  clearBasket,
  countItems,
  emptyBasket,
  MAX_QUANTITY,
  MAX_UNDO,
  overridePrices,
  recordAgeCheck,
  recordTakeover,
  removeLines,
  sanitizeBasket,
  toBasketItems,
  undoLastAction,
  voidLines,
  type Basket,
  type ScannedItem,
} from './basket-rules';

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
    const basket = addLine(voidLines(basketOf(apple, apple), [2]), apple);
    expect(basket.lines.map((l) => l.id)).toEqual([1, 3]);
  });

  it('leaves the basket as it is when voiding a line that is not there', () => {
    const basket = basketOf(apple);
    expect(voidLines(basket, [99])).toBe(basket);
  });
});

const orange: ScannedItem = { sku: 'O', quantity: 1 };
const view = (basket: Basket) => basket.lines.map((l) => `${l.id}:${l.sku}×${l.quantity}`);
const undo = (times: number) => (basket: Basket) => Array.from({ length: times }).reduce<Basket>((b) => undoLastAction(b), basket);

describe('undo', () => {
  it.each<[string, (b: Basket) => Basket, string[]]>([
    ['takes back a scan', (b) => undo(1)(addLine(b, orange)), ['1:A×1', '2:BAN×1']],
    ['takes back a quantity change, not the scan before it', (b) => undo(1)(changeQuantity(b, 1, 2)), ['1:A×1', '2:BAN×1']],
    ['puts a voided line back where it stood', (b) => undo(1)(voidLines(b, [1])), ['1:A×1', '2:BAN×1']],
    ['takes back the last action only', (b) => undo(1)(voidLines(changeQuantity(b, 1, 2), [2])), ['1:A×3', '2:BAN×1']],
    ['takes back actions one at a time, newest first', (b) => undo(2)(voidLines(changeQuantity(b, 1, 2), [2])), ['1:A×1', '2:BAN×1']],
    ['takes back the scans once the later actions are undone', (b) => undo(3)(voidLines(changeQuantity(b, 1, 2), [2])), ['1:A×1']],
    ['puts the lines one void took back together, each where it stood', (b) => undo(1)(voidLines(addLine(addLine(b, apple), orange), [1, 3])), ['1:A×1', '2:BAN×1', '3:A×1', '4:O×1']],
    ['takes the scans of a row away in one action', (b) => voidLines(addLine(addLine(b, apple), orange), [1, 3]), ['2:BAN×1', '4:O×1']],
    ['does nothing with nothing to undo', (b) => undo(5)(b), []],
    ['has nothing to undo after the unpriceable lines are removed', (b) => undo(1)(removeLines(changeQuantity(b, 1, 1), [2])), ['1:A×2']],
    ['has nothing to undo in the next sale', (b) => undo(1)(clearBasket(b)), []],
  ])('%s', (_fact, act, lines) => {
    expect(view(act(basketOf(apple, bananas)))).toEqual(lines);
  });

  it(`remembers the last ${MAX_UNDO} actions`, () => {
    const many = Array.from({ length: MAX_UNDO + 5 }, () => apple).reduce(addLine, emptyBasket);
    expect(undo(MAX_UNDO + 5)(many).lines).toHaveLength(5);
  });

  it('keeps the age checks through an undo, and clears them for the next sale', () => {
    const check: AgeCheck = { sku: 'WINE', minimumAge: 18, outcome: 'confirmed', at: '2026-12-06T10:00:00.000Z' };
    const basket = undoLastAction(addLine(recordAgeCheck(emptyBasket, check), { sku: 'WINE', quantity: 1 }));
    expect(basket.ageChecks).toEqual([check]);
    expect(clearBasket(basket).ageChecks).toEqual([]);
  });

  it('keeps a takeover with the sale whatever is undone, through a reload, and clears it for the next sale', () => {
    const takeover = { from: { id: '3', name: 'Alex' }, to: { id: '2', name: 'Sam' }, at: '2026-12-06T10:00:00.000Z' };
    const basket = undoLastAction(addLine(recordTakeover(basketOf(apple), takeover), bananas));
    expect(basket.lines.map((l) => l.sku)).toEqual(['A']);
    expect(basket.takeovers).toEqual([takeover]);
    expect(sanitizeBasket(JSON.parse(JSON.stringify(basket))).takeovers).toEqual([takeover]);
    // Storage is not trusted: a takeover without both names or a time is dropped.
    const odd = [takeover, { ...takeover, to: { id: '2' } }, { ...takeover, at: 'later' }, 'x'];
    expect(sanitizeBasket({ ...basket, takeovers: odd }).takeovers).toEqual([takeover]);
    expect(clearBasket(basket).takeovers).toBeUndefined();
  });

  it('keeps a line voided after a tender with the sale while it stands; Undo takes both back', () => {
    const record: LineVoid = { sku: 'BAN', name: 'Bananas', quantity: 1, grams: 750, amount: 150, approver: { id: '2', name: 'Sam' }, at: '2026-12-06T10:00:00.000Z' };
    const voided = voidLines(basketOf(apple, bananas), [2], record);
    expect(voided.lines.map((l) => l.sku)).toEqual(['A']);
    expect(voided.lineVoids).toEqual([{ ...record, lineId: 2 }]);
    const undone = undoLastAction(voided);
    expect(undone.lines.map((l) => l.sku)).toEqual(['A', 'BAN']);
    expect(undone.lineVoids).toEqual([]);
    expect(clearBasket(voided).lineVoids ?? []).toEqual([]);
  });

  it('keeps one record for the lines one void took, tied to the last of them; Undo takes it back', () => {
    const record: LineVoid = { sku: 'A', name: 'Apple', quantity: 2, amount: 100, approver: { id: '2', name: 'Sam' }, at: '2026-12-06T10:00:00.000Z' };
    const voided = voidLines(basketOf(apple, apple, bananas), [1, 2], record);
    expect(voided.lineVoids).toEqual([{ ...record, lineId: 2 }]);
    const undone = undoLastAction(voided);
    expect(view(undone)).toEqual(['1:A×1', '2:A×1', '3:BAN×1']);
    expect(undone.lineVoids).toEqual([]);
    expect(voidLines(voided, [7], record)).toBe(voided);
  });

  it('keeps no record of a void before a tender, and an earlier void through a later undo', () => {
    const record: LineVoid = { sku: 'A', name: 'Apple', quantity: 1, amount: 50, at: '2026-12-06T10:00:00.000Z' };
    expect(voidLines(basketOf(apple, bananas), [2]).lineVoids).toBeUndefined();
    const later = undoLastAction(addLine(voidLines(basketOf(apple, bananas), [1], record), apple));
    expect(later.lineVoids).toEqual([{ ...record, lineId: 1 }]);
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

describe('a price override', () => {
  const damaged = { price: 100, was: 150, reason: 'damaged', approver: { id: '2', name: 'Sam' } } as const;
  const priceMatch = { price: 120, was: 150, reason: 'price-match' } as const;

  it('prices the line through the engine\'s label price, in place of its own label and reduced prices', () => {
    const basket = basketOf({ sku: 'BRD', quantity: 2, reducedPrice: 120 }, { sku: 'BRI', quantity: 1, price: 399 });
    const overridden = overridePrices(overridePrices(basket, [1], damaged), [2], priceMatch);
    expect(toBasketItems(overridden.lines)).toEqual([
      { sku: 'BRD', quantity: 2, price: 100 },
      { sku: 'BRI', quantity: 1, price: 120 },
    ]);
  });

  it('is undone back to the price before, one override at a time', () => {
    const basket = basketOf(apple);
    const twice = overridePrices(overridePrices(basket, [1], damaged), [1], priceMatch);
    expect(undoLastAction(twice).lines[0]?.override).toEqual(damaged);
    expect(undoLastAction(undoLastAction(twice)).lines).toEqual(basket.lines);
  });

  it('leaves the basket as it is for a line that is not there', () => {
    const basket = basketOf(apple);
    expect(overridePrices(basket, [9], damaged)).toBe(basket);
    expect(overridePrices(basket, [], damaged)).toBe(basket);
  });

  it("sets every scan of a row in one action, and one Undo gives each back the price it had", () => {
    // Scans 1 and 3 are the row; scan 3 had been overridden on its own before.
    const basket = overridePrices(basketOf(apple, bananas, { sku: 'A', quantity: 2 }), [3], priceMatch);
    const row = overridePrices(basket, [1, 3, 9], damaged);
    expect(row.lines.map((line) => line.override)).toEqual([damaged, undefined, damaged]);
    expect(row.undo).toHaveLength(basket.undo!.length + 1);
    expect(undoLastAction(row)).toEqual(basket);
  });

  it('survives a reload; a malformed one is dropped and the line keeps its own price', () => {
    const kept = overridePrices(basketOf(apple), [1], { ...damaged, reason: 'other', note: 'dented' });
    expect(sanitizeBasket(JSON.parse(JSON.stringify(kept))).lines).toEqual(kept.lines);
    const bad = { lines: [{ id: 1, sku: 'A', quantity: 1, override: { price: 1.5, was: 150, reason: 'damaged' } }, { id: 2, sku: 'A', quantity: 1, override: { price: 1, was: 2, reason: 'cheap' } }] };
    expect(sanitizeBasket(bad).lines).toEqual([{ id: 1, sku: 'A', quantity: 1 }, { id: 2, sku: 'A', quantity: 1 }]);
  });
});

describe('reading a stored basket', () => {
  it('keeps a well-formed basket and its age checks as they were, with nothing to undo', () => {
    const check: AgeCheck = { sku: 'WINE', minimumAge: 18, outcome: 'refused', at: '2026-12-06T10:00:00.000Z' };
    const basket = recordAgeCheck(basketOf(apple, bananas), check);
    expect(sanitizeBasket(JSON.parse(JSON.stringify(basket)))).toEqual({ ...basket, undo: [] });
  });

  it('reads back the lines voided after a tender, dropping malformed ones', () => {
    const record: LineVoid = { sku: 'A', name: 'Apple', quantity: 2, amount: 100, approver: { id: '2', name: 'Sam' }, at: '2026-12-06T10:00:00.000Z' };
    const basket = voidLines(basketOf({ sku: 'A', quantity: 2 }, bananas), [1], record);
    const stored = JSON.parse(JSON.stringify({ ...basket, lineVoids: [...basket.lineVoids!, { ...record, lineId: 0 }, { ...record, amount: -1, lineId: 3 }, null] })) as unknown;
    expect(sanitizeBasket(stored).lineVoids).toEqual([{ ...record, lineId: 1 }]);
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
    expect(sanitizeBasket(stored)).toEqual({ lines: [{ id: 4, sku: 'A', quantity: 1 }], nextLineId: 5, ageChecks: [], undo: [] });
  });
});

describe('properties', () => {
  const item = fc.oneof(
    fc.record({ sku: fc.constantFrom('A', 'B', 'C'), quantity: fc.integer({ min: 1, max: 9 }) }),
    fc.record({ sku: fc.constant('BAN'), quantity: fc.constant(1), grams: fc.integer({ min: 1, max: 5000 }) }),
  );

  const override = fc.record(
    { price: fc.integer({ min: 1, max: 999 }), was: fc.integer({ min: 1, max: 999 }), reason: fc.constantFrom('damaged', 'price-match', 'wrong-label') },
    { requiredKeys: ['price', 'was', 'reason'] },
  );
  const someIds = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 5 });

  const action = fc.oneof(
    item.map((i) => (b: Basket) => addLine(b, i)),
    fc.integer({ min: 1, max: 30 }).map((id) => (b: Basket) => voidLines(b, [id])),
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -3, max: 3 })).map(([id, d]) => (b: Basket) => changeQuantity(b, id, d)),
    fc.tuple(someIds, override).map(([ids, o]) => (b: Basket) => overridePrices(b, ids, o)),
  );

  it('overriding lines of the basket (a row\'s scans) and undoing it gives back the basket exactly', () => {
    const basketAndIds = fc
      .array(action, { maxLength: MAX_UNDO - 1 })
      .map((actions) => actions.reduce<Basket>((b, f) => f(b), emptyBasket))
      .filter((basket) => basket.lines.length > 0)
      .chain((basket) => fc.tuple(fc.constant(basket), fc.subarray(basket.lines.map((line) => line.id), { minLength: 1 })));
    fc.assert(
      fc.property(basketAndIds, override, ([basket, ids], o) => {
        const overridden = overridePrices(basket, ids, o);
        expect(overridden.lines.every((line) => (ids.includes(line.id) ? line.override === o : line === basket.lines.find((l) => l.id === line.id)))).toBe(true);
        expect(undoLastAction(overridden)).toEqual(basket);
      }),
    );
  });

  it('undoing every action gives back the lines from before them', () => {
    fc.assert(
      fc.property(fc.array(item), fc.array(action, { maxLength: MAX_UNDO }), (items, actions) => {
        const before = items.reduce(addLine, emptyBasket);
        const after = actions.reduce<Basket>((b, f) => f(b), { ...before, undo: [] });
        expect(undo(actions.length)(after).lines).toEqual(before.lines);
      }),
    );
  });

  it('line ids stay unique through any mix of scans, voids and undos', () => {
    const op = fc.oneof(
      item.map((i) => (b: Basket) => addLine(b, i)),
      fc.integer({ min: 1, max: 30 }).map((id) => (b: Basket) => voidLines(b, [id])),
      fc.constant(undoLastAction),
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
