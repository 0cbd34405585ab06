import { describe, expect, it } from 'vitest';
import type { BasketLine } from '../basket/basket-rules';
import { checkOverride, overrideRefusal, overridesOf, type OverrideInput } from './override-rules';

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
});
