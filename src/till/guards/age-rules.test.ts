import { describe, expect, it } from 'vitest';
import { decideAge, sanitizeAgeChecks, type AgeCheck } from './age-rules';

const at = '2026-12-06T10:00:00.000Z';
const confirmed = (minimumAge: number): AgeCheck => ({ sku: 'WINE', minimumAge, outcome: 'confirmed', at });
const refused = (minimumAge: number): AgeCheck => ({ sku: 'WINE', minimumAge, outcome: 'refused', at });

describe('deciding an age-restricted item', () => {
  it.each<[string, AgeCheck[], number, string]>([
    ['asks at the first restricted item of the sale', [], 18, 'ask'],
    ['does not ask again at the same age', [confirmed(18)], 18, 'allowed'],
    ['does not ask for a lower age', [confirmed(18)], 16, 'allowed'],
    ['asks again for a higher age', [confirmed(18)], 21, 'ask'],
    ['refuses at once after a refusal at the same age', [refused(18)], 18, 'refused'],
    ['refuses at once for a higher age than one refused', [refused(18)], 21, 'refused'],
    ['asks for a lower age than one refused (under 18 may be 16 or over)', [refused(18)], 16, 'ask'],
    ['allows what a later confirmation covers', [refused(21), confirmed(18)], 18, 'allowed'],
  ])('%s', (_fact, checks, minimumAge, kind) => {
    expect(decideAge(checks, minimumAge).kind).toBe(kind);
  });

  it('says which check refused', () => {
    expect(decideAge([confirmed(16), refused(18)], 18)).toEqual({ kind: 'refused', check: refused(18) });
  });
});

describe('reading stored age checks', () => {
  it.each<[string, unknown, AgeCheck[]]>([
    ['keeps well-formed checks', [confirmed(18), refused(21)], [confirmed(18), refused(21)]],
    ['reads nothing from a non-list', { sku: 'WINE' }, []],
    ['drops a check with an unknown outcome', [{ ...confirmed(18), outcome: 'maybe' }], []],
    ['drops a check with a fractional age', [{ ...confirmed(18), minimumAge: 17.5 }], []],
    ['drops a check without a time', [{ sku: 'WINE', minimumAge: 18, outcome: 'confirmed' }], []],
  ])('%s', (_fact, stored, expected) => {
    expect(sanitizeAgeChecks(stored)).toEqual(expected);
  });
});
