import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idleExpired, idleLockAt, idleMinutesProblem } from './idle-lock';

describe('idle lock', () => {
  it.each([
    ['10', undefined],
    [' 1 ', undefined],
    ['120', undefined],
    ['0', 'Between 1 and 120 minutes.'],
    ['121', 'Between 1 and 120 minutes.'],
    ['2.5', 'Enter whole minutes.'],
    ['', 'Enter whole minutes.'],
  ])('%j gives %j', (text, problem) => {
    expect(idleMinutesProblem(text)).toBe(problem);
  });

  it.each([
    [0, 599_999, 10, false],
    [0, 600_000, 10, true],
    [1_000, 61_000, 1, true],
  ])('used at %i, at %i with %i minutes: locked %j', (last, now, minutes, locked) => {
    expect(idleExpired(last, now, minutes)).toBe(locked);
  });
});

describe('properties', () => {
  it('locks exactly when the idle minutes have passed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), fc.nat({ max: 1e8 }), fc.integer({ min: 1, max: 120 }), (last, elapsed, minutes) => {
        expect(idleExpired(last, last + elapsed, minutes)).toBe(elapsed >= minutes * 60_000);
        expect(idleLockAt(last, minutes) - last).toBe(minutes * 60_000);
      }),
    );
  });
});
