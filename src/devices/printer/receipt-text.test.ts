import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centre, twoColumns, wrapText } from './receipt-text';

describe('wrapText', () => {
  it.each([
    ['keeps a short text on one line', 'Milk 2 pints', 20, ['Milk 2 pints']],
    ['breaks at the last space that fits', 'Hollybush free range eggs', 12, ['Hollybush', 'free range', 'eggs']],
    ['cuts a word longer than the width', 'Supercalifragilistic', 8, ['Supercal', 'ifragili', 'stic']],
    ['gives one empty line for an empty text', '', 5, ['']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width)).toEqual(expected);
  });
});

describe('twoColumns', () => {
  it.each([
    ['puts the amount flush right', 'Apples', '£1.95', 16, ['Apples     £1.95']],
    ['wraps a long name before the amount', 'Cornish clotted cream fudge', '£3.50', 22, ['Cornish clotted  £3.50', 'cream fudge           ']],
  ])('%s', (_name, left, right, width, expected) => {
    expect(twoColumns(left, right, width)).toEqual(expected);
  });
});

describe('centre', () => {
  it('gives the extra space to the right', () => {
    expect(centre('abc', 6)).toBe(' abc  ');
  });
});

describe('properties', () => {
  it('never makes a line wider than the width, and keeps every word in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 12 }), fc.integer({ min: 1, max: 30 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        expect(lines.every((line) => line.length <= width)).toBe(true);
        expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
      }),
    );
  });

  it('makes every two-column line exactly the width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.stringMatching(/^£[0-9]{1,4}\.[0-9]{2}$/), fc.integer({ min: 20, max: 48 }), (left, right, width) => {
        expect(twoColumns(left, right, width).every((line) => line.length === width)).toBe(true);
      }),
    );
  });
});
