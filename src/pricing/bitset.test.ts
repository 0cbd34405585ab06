import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBit, highestAtMost, lowestAtLeast, orShifted } from './bitset';

describe('bitsets of sums', () => {
  it('shift, test and find the highest bit as a set of numbers would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(150), { maxLength: 20 }), fc.nat(150), fc.nat(200), (members, shift, query) => {
        const words = 6; // bits 0 .. 191, at an offset of one row
        const bits = new Uint32Array(3 * words);
        for (const r of members) bits[words + (r >>> 5)]! |= 1 << (r & 31);
        orShifted(bits, words, bits, 2 * words, words, shift);
        const shifted = new Set(members.map((r) => r + shift).filter((r) => r < words * 32));
        for (let r = 0; r < words * 32; r++) expect(hasBit(bits, 2 * words, r)).toBe(shifted.has(r));
        const r = Math.min(query, words * 32 - 1);
        const below = [...shifted].filter((x) => x <= r);
        expect(highestAtMost(bits, 2 * words, r)).toBe(below.length === 0 ? -1 : Math.max(...below));
        const upTo = Math.min(words * 32 - 1, r + (query % 70));
        const within = [...shifted].filter((x) => x >= r && x <= upTo);
        expect(lowestAtLeast(bits, 2 * words, r, upTo)).toBe(within.length === 0 ? -1 : Math.min(...within));
      }),
    );
  });
});
