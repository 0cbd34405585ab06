import { canonicalForm } from './canonical-form';

/** The `prevHash` of a till's first entry: 64 zeros (no entry hashes to it). */
export const GENESIS_HASH = '0'.repeat(64);

/** Lower-case hex SHA-256 (WebCrypto) of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** An entry's hash: SHA-256 of its canonical form (everything but `hash`, `prevHash` included), hex. */
export function entryHash(entry: object): Promise<string> {
  return sha256Hex(canonicalForm(entry));
}

/** The chain's two fields. */
export interface ChainLink {
  /** The hash of the till's entry before (`GENESIS_HASH` for its first). */
  readonly prevHash: string;
  /** SHA-256 of the entry's canonical form, lower-case hex. */
  readonly hash: string;
}

/** An entry linked after `prevHash`: its content, then `prevHash`, then the hash over both. */
export async function linkEntry<T extends object>(entry: T, prevHash: string): Promise<T & ChainLink> {
  const linked = { ...entry, prevHash };
  return { ...linked, hash: await entryHash(linked) };
}
