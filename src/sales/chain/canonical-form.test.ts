import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalForm } from './canonical-form';
import { entryHash, GENESIS_HASH, linkEntry, sha256Hex } from './entry-hash';

describe('the canonical form', () => {
  it.each<[string, object, string]>([
    ['sorts keys at every depth and leaves no whitespace', { b: 1, a: { d: [1, 'x'], c: null } }, '{"a":{"c":null,"d":[1,"x"]},"b":1}'],
    ['leaves out the hash, keeps prevHash', { total: 5, hash: 'abc', prevHash: 'def' }, '{"prevHash":"def","total":5}'],
    ['leaves out undefined properties, as JSON does', { a: undefined, b: [undefined] }, '{"b":[null]}'],
    ['writes integers plainly and escapes strings as JSON does', { amount: 1200, name: 'Café "bio"\n' }, '{"amount":1200,"name":"Café \\"bio\\"\\n"}'],
    ['sorts keys by UTF-16 code units (capitals first)', { b: 1, B: 2, é: 3 }, '{"B":2,"b":1,"é":3}'],
  ])('%s', (_name, entry, text) => {
    expect(canonicalForm(entry)).toBe(text);
  });

  it('refuses what JSON cannot say', () => {
    expect(() => canonicalForm({ total: Number.NaN })).toThrow();
  });
});

describe('hashes', () => {
  it('are SHA-256 of the UTF-8 text, in lower-case hex (the FIPS 180-2 "abc" example)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('link an entry after the one before: prevHash first, then the hash over both', async () => {
    const linked = await linkEntry({ receiptNumber: 1, total: 5 }, GENESIS_HASH);
    expect(linked).toEqual({ receiptNumber: 1, total: 5, prevHash: GENESIS_HASH, hash: await sha256Hex(`{"prevHash":"${GENESIS_HASH}","receiptNumber":1,"total":5}`) });
  });

  describe('properties', () => {
    const json = fc.dictionary(fc.string(), fc.jsonValue());

    it('match an independent SHA-256 (node:crypto) over the canonical text', async () => {
      await fc.assert(
        fc.asyncProperty(json, async (entry) => {
          expect(await entryHash(entry)).toBe(createHash('sha256').update(canonicalForm(entry), 'utf8').digest('hex'));
        }),
      );
    });

    it('survive a round trip through JSON (an exported entry verifies) and do not depend on key order', async () => {
      await fc.assert(
        fc.asyncProperty(json, async (entry) => {
          const reordered = Object.fromEntries(Object.entries(entry).reverse());
          expect(await entryHash(JSON.parse(JSON.stringify(reordered)) as object)).toBe(await entryHash(entry));
        }),
      );
    });
  });
});
