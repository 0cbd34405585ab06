import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, type ReceiptLine } from '../../pricing';
import { addLine, emptyBasket, overridePrices, undoLastAction, type Basket, type BasketLine, type ScannedItem } from '../basket/basket-rules';
import { rowLineIds, rowLinesOf } from '../screen/receipt-rows';
import { checkOverride, overrideRefusal, overridesOf, rowName, rowOverride, unitPriceNow, type OverrideInput } from './override-rules';

const line: BasketLine = { id: 1, sku: 'BAN', quantity: 1 };

describe('when a price may be overridden', () => {
  it.each<[string, BasketLine | undefined, boolean, string | undefined]>([
    ['a chosen line before any tender', line, false, undefined],
    ['no line chosen', undefined, false, 'Select the line whose price changes first (tap it, or ↑/↓)'],
    ['once a tender is in', line, true, 'A price cannot change once payment has started: remove the tenders first'],
  ])('%s', (_name, chosen, tendered, expected) => {
    expect(overrideRefusal(chosen, tendered)).toBe(expected);
  });
});

describe('checking the override', () => {
  const input = (fields: Partial<OverrideInput>): OverrideInput => ({ price: 100, reason: 'damaged', note: '', ...fields });
  it.each<[string, OverrideInput, ReturnType<typeof checkOverride>]>([
    ['takes a lower price with a reason', input({}), { ok: true, override: { price: 100, was: 150, reason: 'damaged' } }],
    ['takes a higher one (a wrong label)', input({ price: 175, reason: 'wrong-label' }), { ok: true, override: { price: 175, was: 150, reason: 'wrong-label' } }],
    ['keeps the words of "other", trimmed', input({ reason: 'other', note: ' dented tin ' }), { ok: true, override: { price: 100, was: 150, reason: 'other', note: 'dented tin' } }],
    ['drops words given with a listed reason', input({ note: 'x' }), { ok: true, override: { price: 100, was: 150, reason: 'damaged' } }],
    ['refuses no price', input({ price: undefined }), { ok: false, message: 'Type the new price, e.g. 1.00' }],
    ['refuses zero', input({ price: 0 }), { ok: false, message: 'A price cannot be overridden to nothing: void the line instead' }],
    ['refuses the price it has', input({ price: 120 }), { ok: false, message: 'That is the price already' }],
    ['refuses no reason', input({ reason: undefined }), { ok: false, message: 'Choose why the price changes' }],
    ['refuses "other" without words', input({ reason: 'other', note: '  ' }), { ok: false, message: 'Say why the price changes' }],
    ['refuses a long story', input({ reason: 'other', note: 'x'.repeat(61) }), { ok: false, message: 'Keep the reason to 60 characters' }],
  ])('%s', (_name, given, expected) => {
    expect(checkOverride(given, 150, 120)).toEqual(expected);
  });
});

describe('the overrides a sale records', () => {
  it('names each overridden line by its receipt index', () => {
    const lines: BasketLine[] = [line, { id: 2, sku: 'A', quantity: 2, override: { price: 80, was: 99, reason: 'price-match' } }];
    expect(overridesOf(lines)).toEqual([{ line: 1, price: 80, was: 99, reason: 'price-match' }]);
  });

  it('records a row overridden as one as it records any override: one entry per scan, by receipt index', () => {
    const sam = { price: 250, was: 275, reason: 'wrong-label', approver: { id: '2', name: 'Sam' } } as const;
    const basket = overridePrices([line, { sku: 'GRA', quantity: 1 }, { sku: 'GRA', quantity: 2 }].reduce(addLine, emptyBasket), [2, 3], sam);
    expect(overridesOf(basket.lines)).toEqual([{ line: 1, ...sam }, { line: 2, ...sam }]);
  });
});

describe('overriding a receipt row', () => {
  const wrongLabel: OverrideInput = { price: 250, reason: 'wrong-label', note: '' };
  const granola = (id: number, extra: Partial<BasketLine> = {}): BasketLine => ({ id, sku: 'GRA', quantity: 1, ...extra });

  it.each<[string, BasketLine[], number | undefined, OverrideInput, boolean, ReturnType<typeof rowOverride>]>([
    ['sets every scan of "3 × £2.75" to £2.50 in one action', [granola(1), granola(2, { quantity: 2 }), granola(4)], 275, wrongLabel, false,
      { ok: true, override: { price: 250, was: 275, reason: 'wrong-label' }, lineIds: [1, 2, 4], units: 4, current: 275 }],
    ['sets one line, a weighed pack, on its own (its price is the pack\'s)', [granola(7, { grams: 500 })], 120, { ...wrongLabel, price: 99 }, false,
      { ok: true, override: { price: 99, was: 120, reason: 'wrong-label' }, lineIds: [7], units: 1, current: 120 }],
    ['keeps the price before the first override when a row is overridden again', [granola(1, { override: { price: 250, was: 275, reason: 'damaged' } }), granola(2, { override: { price: 250, was: 275, reason: 'damaged' } })], 250, { ...wrongLabel, price: 200 }, false,
      { ok: true, override: { price: 200, was: 275, reason: 'wrong-label' }, lineIds: [1, 2], units: 2, current: 250 }],
    ['refuses a row with no line', [], 275, wrongLabel, false, { ok: false, message: 'Select the line whose price changes first (tap it, or ↑/↓)' }],
    ['refuses once a tender is in', [granola(1), granola(2)], 275, wrongLabel, true, { ok: false, message: 'A price cannot change once payment has started: remove the tenders first' }],
    ['refuses a basket the engine could not price', [granola(1)], undefined, wrongLabel, false, { ok: false, message: 'The basket cannot be priced: remove what it cannot price first' }],
    ['refuses the price the row has', [granola(1), granola(2)], 275, { ...wrongLabel, price: 275 }, false, { ok: false, message: 'That is the price already' }],
  ])('%s', (_name, row, unitPrice, input, tendered, expected) => {
    expect(rowOverride(row, unitPrice, input, tendered)).toEqual(expected);
  });

  it.each<[string, Pick<ReceiptLine, 'unitPrice' | 'reducedPrice'>, number]>([
    ['the unit price of a line by the book', { unitPrice: money(275) }, 275],
    ['the reduced price of a line with a yellow label', { unitPrice: money(300), reducedPrice: money(150) }, 150],
  ])('replaces %s', (_name, priced, expected) => {
    expect(unitPriceNow(priced)).toBe(expected);
  });

  it.each([
    ['Granola', 1, 'Granola'],
    ['Granola', 3, 'Granola × 3'],
  ])('names %s with %i units "%s"', (name, units, expected) => {
    expect(rowName(name, units)).toBe(expected);
  });

  describe('properties', () => {
    // A tiny price book: G £2.75 and B £0.65 by the unit, W £1.20 a kg; an override is the unit's price.
    const PRICES: Readonly<Record<string, number>> = { G: 275, B: 65, W: 120 };
    const receiptOf = (lines: readonly BasketLine[]): ReceiptLine[] =>
      lines.map((line, index) => {
        const unitPrice = line.override?.price ?? (line.grams === undefined ? PRICES[line.sku]! : Math.round((PRICES[line.sku]! * line.grams) / 1000));
        return { index, sku: line.sku, name: line.sku, unit: line.grams === undefined ? 'each' : 'kg', quantity: line.quantity, unitPrice: money(unitPrice), price: money(unitPrice * line.quantity), ...(line.grams === undefined ? {} : { grams: line.grams }) } as ReceiptLine;
      });
    const rowsOf = (basket: Basket) => rowLineIds({ lines: receiptOf(basket.lines), discounts: [] }, basket.lines);
    const scan: fc.Arbitrary<ScannedItem> = fc.oneof(
      fc.record({ sku: fc.constantFrom('G', 'B'), quantity: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ sku: fc.constant('W'), quantity: fc.constant(1), grams: fc.integer({ min: 100, max: 2000 }) }),
    );
    // Overrides, one after another, each of the row showing the scan picked (by its place in the basket).
    const overrides = fc.array(
      fc.record({ pick: fc.nat(), price: fc.integer({ min: 1, max: 999 }), reason: fc.constantFrom('damaged' as const, 'price-match' as const, 'wrong-label' as const) }),
      { minLength: 1, maxLength: 4 },
    );

    it('sets every scan of the row, keeps them one row at the new price, and Undo gives back the basket exactly', () => {
      fc.assert(
        fc.property(fc.array(scan, { minLength: 1, maxLength: 12 }), overrides, (scans, steps) => {
          let basket = scans.reduce(addLine, emptyBasket);
          for (const { pick, price, reason } of steps) {
            const lineId = basket.lines[pick % basket.lines.length]!.id;
            const receipt = { lines: receiptOf(basket.lines), discounts: [] };
            const index = basket.lines.findIndex((line) => line.id === lineId);
            const checked = rowOverride(rowLinesOf(receipt, basket.lines, lineId), receipt.lines[index]!.unitPrice, { price, reason, note: '' }, false);
            if (!checked.ok) continue; // the price it has already
            expect(checked.lineIds).toEqual(rowsOf(basket).find((ids) => ids.includes(lineId)));
            const overridden = overridePrices(basket, checked.lineIds, checked.override);
            // The row's scans are still one row (it may take in a neighbour overridden alike), each at the new price.
            expect(rowsOf(overridden).some((ids) => checked.lineIds.every((id) => ids.includes(id)))).toBe(true);
            const prices = receiptOf(overridden.lines).filter((_, i) => checked.lineIds.includes(overridden.lines[i]!.id));
            expect(prices.every((line) => line.unitPrice === price)).toBe(true);
            expect(undoLastAction(overridden)).toEqual(basket);
            basket = overridden;
          }
        }),
      );
    });
  });
});
