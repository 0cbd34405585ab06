import { entryHash, GENESIS_HASH } from './entry-hash';

/**
 * What verification reads: one till's entries exactly as stored (any order, any shape: a
 * tampered entry may have lost or changed any field), the till's own record of where its chain
 * ends, and its Z reports.
 */
export interface ChainInput {
  readonly entries: readonly unknown[];
  /** The till row: the last receipt number it gave and the hash of the entry that took it. */
  readonly till?: { readonly lastReceipt: number; readonly chainHead?: string | undefined } | undefined;
  /** Z reports: each recorded the chain head when it closed (older ones, closed before the chain, did not). */
  readonly zReports?: readonly { readonly zNumber: number; readonly toReceipt: number; readonly chainHead?: string | undefined }[];
}

/** Why an entry is not where the chain says it should be. */
export type InsertedReason =
  /** Its `prevHash` is not the hash of the entry before it. */
  | 'breaks-chain'
  /** The entry after it does not name its hash (the entry after is itself in the chain). */
  | 'not-followed'
  /** Its number is past the last one the till gave. */
  | 'beyond-last'
  /** Another entry has its number. */
  | 'duplicate'
  /** It is the last entry, but the till's chain ends at another hash. */
  | 'not-head';

/** The first thing found wrong, walking the chain from its start. */
export type ChainProblem =
  /** The entry's content (any field, `prevHash` included) no longer gives its `hash`. */
  | { readonly kind: 'altered'; readonly receiptNumber: number; readonly entryId: string }
  /** An entry whose receipt number is no longer a whole number. */
  | { readonly kind: 'misnumbered'; readonly entryId: string }
  /** Receipt numbers `from` to `to` are missing. */
  | { readonly kind: 'removed'; readonly from: number; readonly to: number }
  /** The first entry left follows an entry no longer in the journal. */
  | { readonly kind: 'removed-before'; readonly receiptNumber: number }
  /** The till's chain has a head but the journal has no entry at all. */
  | { readonly kind: 'emptied'; readonly lastReceipt: number }
  | { readonly kind: 'inserted'; readonly receiptNumber: number; readonly entryId: string; readonly reason: InsertedReason }
  /** A Z report's chain head is not the hash of the last entry it closed. */
  | { readonly kind: 'z-mismatch'; readonly zNumber: number; readonly toReceipt: number };

/** The outcome: intact (with the head), or the first problem. `entries` counts the entries read. */
export type ChainVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | { readonly ok: false; readonly entries: number; readonly problem: ChainProblem };

/** An entry as the walk sees it: its number, its two chain fields as stored, whether its hash holds. */
export interface CheckedLink {
  readonly entryId: string;
  readonly receiptNumber: number;
  readonly prevHash: unknown;
  readonly hash: unknown;
  /** Its stored `hash` is the hash of its content. */
  readonly intact: boolean;
}

const field = (entry: unknown, name: string): unknown => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[name] : undefined);

/** Recomputes an entry's hash and compares; content JSON cannot say (NaN, say) is a mismatch. */
async function holds(entry: unknown): Promise<boolean> {
  const stored = field(entry, 'hash');
  if (typeof stored !== 'string' || typeof entry !== 'object' || entry === null) return false;
  try {
    return (await entryHash(entry)) === stored;
  } catch {
    return false;
  }
}

/** Each entry's hash recomputed (WebCrypto), in receipt-number order; or the entry whose number is not one. */
export async function checkLinks(entries: readonly unknown[]): Promise<CheckedLink[] | { readonly misnumbered: string }> {
  const links: CheckedLink[] = [];
  for (const entry of entries) {
    const receiptNumber = field(entry, 'receiptNumber');
    const entryId = String(field(entry, 'id'));
    if (typeof receiptNumber !== 'number' || !Number.isSafeInteger(receiptNumber)) return { misnumbered: entryId };
    links.push({ entryId, receiptNumber, prevHash: field(entry, 'prevHash'), hash: field(entry, 'hash'), intact: await holds(entry) });
  }
  return links.sort((a, b) => a.receiptNumber - b.receiptNumber);
}

/**
 * Walks the links in receipt-number order and names the first problem, checking at each entry, in
 * this order: a second entry with its number; a number past the till's last; missing numbers
 * before it; the Z reports that closed before it; its own hash; its link to the entry before.
 * When a link breaks between two entries that each hold, the one the rest of the chain vouches for
 * stays: the entry after the break is genuine if its successor (or, for the last, the till's head)
 * names its hash, and then the entry before the break is the one that was inserted or replaced.
 */
export function findChainProblem(links: readonly CheckedLink[], till: ChainInput['till'], zReports: ChainInput['zReports'] = []): ChainProblem | null {
  const zs = [...zReports].sort((a, b) => a.toReceipt - b.toReceipt);
  let z = 0;
  /** Z reports that closed before receipt `upTo` must have closed at `head`. */
  const zProblem = (upTo: number, head: string): ChainProblem | null => {
    for (; z < zs.length && zs[z]!.toReceipt < upTo; z++) {
      const report = zs[z]!;
      if (report.chainHead !== undefined && report.chainHead !== head) return { kind: 'z-mismatch', zNumber: report.zNumber, toReceipt: report.toReceipt };
    }
    return null;
  };
  let head = GENESIS_HASH;
  for (const [i, link] of links.entries()) {
    const prev = links[i - 1];
    const { receiptNumber, entryId } = link;
    if (prev !== undefined && receiptNumber === prev.receiptNumber) return { kind: 'inserted', receiptNumber, entryId, reason: 'duplicate' };
    if (till !== undefined && receiptNumber > till.lastReceipt) return { kind: 'inserted', receiptNumber, entryId, reason: 'beyond-last' };
    if (prev !== undefined && receiptNumber > prev.receiptNumber + 1) return { kind: 'removed', from: prev.receiptNumber + 1, to: receiptNumber - 1 };
    const closed = zProblem(receiptNumber, head);
    if (closed !== null) return closed;
    if (!link.intact) return { kind: 'altered', receiptNumber, entryId };
    if (link.prevHash !== head) {
      if (prev === undefined) return { kind: 'removed-before', receiptNumber };
      const next = links[i + 1];
      const vouched = next !== undefined ? next.prevHash === link.hash : till?.chainHead === link.hash;
      return vouched
        ? { kind: 'inserted', receiptNumber: prev.receiptNumber, entryId: prev.entryId, reason: 'not-followed' }
        : { kind: 'inserted', receiptNumber, entryId, reason: 'breaks-chain' };
    }
    head = link.hash as string;
  }
  return tailProblem(links, till, head) ?? zProblem(Number.POSITIVE_INFINITY, head);
}

/** After the last entry: numbers the till gave that no entry has, or a head that is not the last entry. */
function tailProblem(links: readonly CheckedLink[], till: ChainInput['till'], head: string): ChainProblem | null {
  if (till === undefined) return null;
  const last = links.at(-1);
  const lastNumber = last?.receiptNumber ?? 0;
  if (last !== undefined && lastNumber < till.lastReceipt) return { kind: 'removed', from: lastNumber + 1, to: till.lastReceipt };
  if ((till.chainHead ?? GENESIS_HASH) === head) return null;
  return last === undefined ? { kind: 'emptied', lastReceipt: till.lastReceipt } : { kind: 'inserted', receiptNumber: last.receiptNumber, entryId: last.entryId, reason: 'not-head' };
}

/** Recomputes one till's chain (see README, "A journal that shows tampering") and names the first problem. */
export async function verifyChain(input: ChainInput): Promise<ChainVerdict> {
  const entries = input.entries.length;
  const links = await checkLinks(input.entries);
  if (!Array.isArray(links)) return { ok: false, entries, problem: { kind: 'misnumbered', entryId: links.misnumbered } };
  const problem = findChainProblem(links, input.till, input.zReports);
  if (problem !== null) return { ok: false, entries, problem };
  return { ok: true, entries, head: links.length === 0 ? GENESIS_HASH : (links.at(-1)!.hash as string) };
}
