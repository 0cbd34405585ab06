import { describe, expect, it } from 'vitest';
import { fractionDigitsOf, parseFloatAmount } from './float-rules';

describe('a typed opening float', () => {
  it.each<[string, number, number]>([
    ['50', 2, 5000],
    ['50.5', 2, 5050],
    ['75.00', 2, 7500],
    ['0.29', 2, 29],
    ['0', 2, 0],
    [' 12,34 ', 2, 1234],
    ['5000', 0, 5000],
  ])('reads “%s” with %i decimals as %i minor units', (text, digits, amount) => {
    expect(parseFloatAmount(text, digits)).toEqual({ ok: true, amount });
  });

  it.each<[string, string]>([
    ['-50', '“-50” is not an amount: type the cash in the drawer, such as 50 or 50.00'],
    ['fifty', '“fifty” is not an amount: type the cash in the drawer, such as 50 or 50.00'],
    ['12345678', '“12345678” is not an amount: type the cash in the drawer, such as 50 or 50.00'],
    ['50.005', '“50.005” has more than 2 decimal places'],
  ])('refuses “%s”', (text, message) => {
    expect(parseFloatAmount(text, 2)).toEqual({ ok: false, message });
  });

  it.each<[string | undefined, number]>([
    ['GBP', 2],
    ['JPY', 0],
    [undefined, 2],
  ])('takes the decimals of %s: %i', (currency, digits) => {
    expect(fractionDigitsOf(currency)).toBe(digits);
  });
});
