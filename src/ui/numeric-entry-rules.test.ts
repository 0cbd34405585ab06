import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumpadKey } from './numpad';
import { cleanEntry, entryValue, pressKey, type EntryFormat } from './numeric-entry-rules';

const money: EntryFormat = { decimals: 2, maxLength: 6 };
const whole: EntryFormat = { decimals: 0, maxLength: 3 };

describe('cleaning typed text', () => {
  it.each<[string, EntryFormat, string]>([
    ['4.50', money, '4.50'],
    ['4,50', money, '4.50'],
    ['£4.5x', money, '4.5'],
    ['.5', money, '0.5'],
    ['4.567', money, '4.56'],
    ['1.2.3', money, '1.23'],
    ['1234567', money, '123456'],
    ['12a3', whole, '123'],
    ['1.5', whole, '15'],
    ['98765', whole, '987'],
  ])('keeps "%s" as %j reads it: "%s"', (typed, format, expected) => {
    expect(cleanEntry(typed, format)).toBe(expected);
  });
});

describe('numpad keys', () => {
  it.each<[string, NumpadKey, EntryFormat, string]>([
    ['12', '3', whole, '123'],
    ['12', 'backspace', whole, '1'],
    ['', 'backspace', whole, ''],
    ['', '.', money, '0.'],
    ['4.5', '.', money, '4.5'],
    ['4.5', '0', money, '4.50'],
    ['4.50', '1', money, '4.50'],
    ['1', '00', whole, '100'],
    ['12', '00', whole, '12'],
    ['12', '.', whole, '12'],
    ['123', '4', whole, '123'],
  ])('turn "%s" and %s into %j: "%s"', (text, key, format, expected) => {
    expect(pressKey(text, key, format)).toBe(expected);
  });
});

describe('the value', () => {
  it.each<[string, EntryFormat, number | undefined]>([
    ['4.50', money, 450],
    ['0.29', money, 29],
    ['20', money, 2000],
    ['4.5', money, 450],
    ['0', money, 0],
    ['', money, undefined],
    ['0.', money, undefined],
    ['12', whole, 12],
    ['007', whole, 7],
  ])('of "%s" (%j) is %s', (text, format, expected) => {
    expect(entryValue(text, format)).toBe(expected);
  });
});

describe('properties', () => {
  const format = fc.record({ decimals: fc.integer({ min: 0, max: 3 }), maxLength: fc.integer({ min: 1, max: 12 }) });
  const keys = fc.array(fc.constantFrom<NumpadKey>('0', '1', '5', '9', '.', '00', 'backspace'), { maxLength: 30 });

  it('any key sequence leaves text that cleaning keeps as it is, within the length and the decimals', () => {
    fc.assert(
      fc.property(format, keys, (f, pressed) => {
        const text = pressed.reduce((t, k) => pressKey(t, k, f), '');
        expect(cleanEntry(text, f)).toBe(text);
        expect(text.length).toBeLessThanOrEqual(f.maxLength);
        expect((text.split('.')[1] ?? '').length).toBeLessThanOrEqual(f.decimals);
      }),
    );
  });

  it('cleaning is idempotent and a whole number reads back as typed', () => {
    fc.assert(
      fc.property(format, fc.string(), (f, typed) => {
        const once = cleanEntry(typed, f);
        expect(cleanEntry(once, f)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(entryValue(String(n), { decimals: 2, maxLength: 9 })).toBe(n * 100);
      }),
    );
  });
});
