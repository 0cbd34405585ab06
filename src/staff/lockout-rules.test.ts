import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterWrongPin, LOCKOUT_MS, lockoutLeft, lockoutMessage, NO_ATTEMPTS, wrongPinMessage, type PinAttempts } from './lockout-rules';

const wrongTimes = (times: readonly number[]): PinAttempts => times.reduce((attempts, now) => afterWrongPin(attempts, now), NO_ATTEMPTS);

describe('lockout', () => {
  it.each([
    [[0], { wrong: 1 }],
    [[0, 1, 2, 3], { wrong: 4 }],
    [[0, 1, 2, 3, 4], { wrong: 0, lockedUntil: 60_004 }],
    // typed while locked: not checked, the lock is not extended
    [[0, 1, 2, 3, 4, 30_000], { wrong: 0, lockedUntil: 60_004 }],
    // after the lock runs out, the count starts afresh
    [[0, 1, 2, 3, 4, 60_004], { wrong: 1 }],
  ])('wrong PINs at %j leave %j', (times, expected) => {
    expect(wrongTimes(times)).toEqual(expected);
  });

  it.each([
    [0, 'Too many wrong PINs: Alex is locked for 60 more seconds.'],
    [59_000, 'Too many wrong PINs: Alex is locked for 1 more second.'],
    [59_001, 'Too many wrong PINs: Alex is locked for 1 more second.'],
    [60_000, undefined],
  ])('locked at 0, at %i ms the message is %j', (now, message) => {
    expect(lockoutMessage('Alex', { wrong: 0, lockedUntil: LOCKOUT_MS }, now)).toBe(message);
  });

  it.each([
    [1, 'Wrong PIN. 4 tries left before a one-minute lock.'],
    [4, 'Wrong PIN. 1 try left before a one-minute lock.'],
  ])('after %i wrong the message is %j', (wrong, message) => {
    expect(wrongPinMessage({ wrong })).toBe(message);
  });
});

describe('properties', () => {
  it('five wrong PINs in a row always lock for exactly a minute from the fifth; fewer never lock', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 5 }), (gaps) => {
        const times = gaps.reduce<number[]>((all, gap) => [...all, (all.at(-1) ?? 0) + gap], []);
        const attempts = wrongTimes(times);
        const last = times.at(-1) ?? 0;
        expect(lockoutLeft(attempts, last)).toBe(times.length === 5 ? LOCKOUT_MS : 0);
      }),
    );
  });

  it('a lock never lasts past a minute after the wrong PIN that set it', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30_000 }), { maxLength: 30 }), (gaps) => {
        let now = 0;
        let attempts = NO_ATTEMPTS;
        for (const gap of gaps) {
          now += gap;
          attempts = afterWrongPin(attempts, now);
          expect(lockoutLeft(attempts, now)).toBeLessThanOrEqual(LOCKOUT_MS);
          expect(attempts.wrong).toBeLessThan(5);
        }
      }),
    );
  });
});
