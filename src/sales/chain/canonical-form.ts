import canonicalize from 'canonicalize';

/**
 * The text an entry's hash is taken over: the entry without its own `hash` field, in the JSON
 * Canonicalization Scheme (RFC 8785): object keys sorted by UTF-16 code units, recursively; no
 * whitespace; numbers as ECMAScript prints them (integers plainly); strings escaped as
 * `JSON.stringify` does. Properties whose value is `undefined` are left out, as in JSON, so an entry
 * read back from IndexedDB (which keeps them) and the same entry read from the JSON export give the
 * same text. `prevHash` is part of it: that is what chains an entry to the one before.
 *
 * Throws for what JSON cannot say (NaN, Infinity, a lone surrogate): a journal entry never holds
 * those, so meeting one is a programmer error.
 */
export function canonicalForm(entry: object): string {
  const { hash: _own, ...rest } = entry as { readonly hash?: unknown };
  const text = canonicalize(rest);
  if (text === undefined) throw new Error('An entry has no JSON form');
  return text;
}
