import { describe, expect, it } from 'vitest';
import { createMoneyFormatter, minorUnitDigits, moneyFormatter } from './money-format';

describe('formatting money', () => {
  it.each([
    ['GBP', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('gives %s %i digits after the point', (currency, digits) => {
    expect(minorUnitDigits(currency)).toBe(digits);
  });

  it.each([
    ['GBP', 1234, '£12.34'],
    ['GBP', -5, '-£0.05'],
    ['GBP', -0, '£0.00'],
    // en-GB names the yen JP¥ (¥ alone would be the yuan's too).
    ['JPY', 1234, 'JP¥1,234'],
  ])('formats %s %i as %s', (currency, amount, text) => {
    expect(createMoneyFormatter(currency)(amount)).toBe(text);
  });

  it('makes a new formatter for each context (its own remembered strings), and one shared formatter per currency for the screens', () => {
    expect(createMoneyFormatter('GBP')).not.toBe(createMoneyFormatter('GBP'));
    expect(moneyFormatter('GBP')).toBe(moneyFormatter('GBP'));
    expect(moneyFormatter('GBP')).not.toBe(moneyFormatter('EUR'));
  });

  it('gives the same text for an amount however many other amounts it formatted in between', () => {
    const format = createMoneyFormatter('GBP');
    const first = format(99);
    for (let amount = 0; amount < 3000; amount++) format(amount);
    expect(format(99)).toBe(first);
  });
});
