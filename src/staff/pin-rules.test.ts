import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPinProblem, pinProblem } from './pin-rules';

describe('pinProblem', () => {
  it.each([
    ['1234', undefined],
    ['000000', undefined],
    ['12345', undefined],
    ['', 'Enter a PIN.'],
    ['123', 'A PIN is 4 to 6 digits.'],
    ['1234567', 'A PIN is 4 to 6 digits.'],
    ['12a4', 'A PIN is digits only.'],
    ['12 34', 'A PIN is digits only.'],
    ['１２３４', 'A PIN is digits only.'],
  ])('%j gives %j', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each([
    ['1234', '1234', undefined],
    ['1234', '1235', 'The two PINs differ.'],
    ['12', '12', 'A PIN is 4 to 6 digits.'],
  ])('%j then %j gives %j', (pin, again, problem) => {
    expect(newPinProblem(pin, again)).toBe(problem);
  });
});

describe('properties', () => {
  it('accepts exactly the strings of 4 to 6 ASCII digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (pin) => {
        expect(pinProblem(pin) === undefined).toBe(/^[0-9]{4,6}$/.test(pin));
      }),
    );
  });
});
