import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalBytes, hashPin, MIN_PIN_ITERATIONS, PIN_ITERATIONS, pinMatches } from './pin-hash';

// Unit tests hash with few iterations; the real count is asserted once below.
const FAST = 1_000;

describe('PIN hashes', () => {
  it('new hashes use at least 100,000 PBKDF2 iterations, a 16-byte salt and a 32-byte hash', async () => {
    const hash = await hashPin('1234');
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    expect(hash.iterations).toBe(PIN_ITERATIONS);
    expect(atob(hash.salt)).toHaveLength(16);
    expect(atob(hash.pinHash)).toHaveLength(32);
    expect(JSON.stringify(hash)).not.toContain('1234');
    expect(await pinMatches(hash, '1234')).toBe(true);
  });

  it('the same PIN hashed twice gives different salts and hashes', async () => {
    const [a, b] = await Promise.all([hashPin('1234', FAST), hashPin('1234', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.pinHash).not.toBe(b.pinHash);
  });

  it('a hash weaker than the minimum never matches, even with the right PIN', async () => {
    const weak = await hashPin('1234', FAST);
    expect(await pinMatches(weak, '1234')).toBe(false);
    expect(MIN_PIN_ITERATIONS).toBe(100_000);
  });

  it.each([
    [[1, 2, 3], [1, 2, 3], true],
    [[1, 2, 3], [1, 2, 4], false],
    [[1, 2, 3], [1, 2], false],
    [[], [], true],
  ])('equalBytes(%j, %j) is %j', (a, b, equal) => {
    expect(equalBytes(new Uint8Array(a), new Uint8Array(b))).toBe(equal);
  });
});

describe('properties', () => {
  it('a PIN matches its own hash and no other PIN', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9]{4,6}$/), fc.stringMatching(/^[0-9]{4,6}$/), async (pin, other) => {
        const hash = await hashPin(pin, FAST);
        expect(await pinMatches(hash, pin, FAST)).toBe(true);
        expect(await pinMatches(hash, other, FAST)).toBe(pin === other);
      }),
      { numRuns: 25 },
    );
  });

  it('equalBytes agrees with element-wise equality', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 }), (a, b) => {
        expect(equalBytes(a, b)).toBe(a.length === b.length && a.every((byte, i) => byte === b[i]));
      }),
    );
  });
});
