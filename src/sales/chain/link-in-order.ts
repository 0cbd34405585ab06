import { GENESIS_HASH, linkEntry, type ChainLink } from './entry-hash';

/** What chaining needs of an entry: whose it is and where it goes. */
interface Numbered {
  readonly tillId: string;
  readonly receiptNumber: number;
}

/**
 * Chains entries recorded before the chain existed: per till, in receipt-number order, the first
 * after `GENESIS_HASH`. Nothing in an entry changes but the two fields added (an old `hash` or
 * `prevHash`, if one were there, is replaced). Resolves with the linked entries and each till's
 * head (the hash of its last entry).
 */
export async function linkInOrder<T extends Numbered>(entries: readonly T[]): Promise<{ readonly entries: (T & ChainLink)[]; readonly heads: ReadonlyMap<string, string> }> {
  const sorted = [...entries].sort((a, b) => (a.tillId < b.tillId ? -1 : a.tillId > b.tillId ? 1 : a.receiptNumber - b.receiptNumber));
  const heads = new Map<string, string>();
  const linked: (T & ChainLink)[] = [];
  for (const entry of sorted) {
    const next = await linkEntry(entry, heads.get(entry.tillId) ?? GENESIS_HASH);
    heads.set(entry.tillId, next.hash);
    linked.push(next);
  }
  return { entries: linked, heads };
}
