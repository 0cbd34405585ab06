import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChainVerdict } from './describe-verdict';
import { GENESIS_HASH, linkEntry, type ChainLink } from './entry-hash';
import { linkInOrder } from './link-in-order';
import { verifyChain, type ChainInput, type ChainProblem } from './verify-chain';


/** A sale much like the journal records: nested lines, tenders, money in pence. */
const saleAt = (receiptNumber: number, total = 100 * receiptNumber) => ({
  kind: 'sale',
  id: `sale-${receiptNumber}`,
  tillId: 'till-1',
  receiptNumber,
  at: `2026-12-07T09:${String(receiptNumber).padStart(2, '0')}:00.000Z`,
  currency: 'GBP',
  storeName: 'Kata',
  book: { id: 'kata', version: 1 },
  items: [{ sku: 'A', quantity: 2 }],
  lines: [{ index: 0, sku: 'A', name: 'A', quantity: 2, unitPrice: total / 2, price: total, paid: total }],
  discounts: [],
  tenders: [{ kind: 'cash', amount: total }],
  change: 0,
  subtotal: total,
  savings: 0,
  total,
});

type Entry = ReturnType<typeof saleAt> & ChainLink;

/** A chained journal of `count` sales numbered from `first`, with the till row and Z reports that go with it. */
async function journalOf(count: number, first = 1): Promise<{ entries: Entry[]; till: { lastReceipt: number; chainHead: string } }> {
  const { entries, heads } = await linkInOrder(Array.from({ length: count }, (_, i) => saleAt(first + i)));
  return { entries, till: { lastReceipt: first + count - 1, chainHead: heads.get('till-1') ?? GENESIS_HASH } };
}

/** Entry `n` (receipt number) replaced by `change(entry)`. */
const editing = (entries: readonly Entry[], n: number, change: (e: Entry) => Entry) => entries.map((e) => (e.receiptNumber === n ? change(e) : e));

/** Every entry from receipt `from` on re-hashed after the one before, as a tamperer who knows the rule would. */
async function rehashFrom(entries: readonly Entry[], from: number): Promise<Entry[]> {
  const out: Entry[] = [];
  for (const e of entries) out.push(e.receiptNumber < from ? e : (await linkEntry(e, out.at(-1)?.hash ?? GENESIS_HASH)));
  return out;
}

describe('verifying the chain', () => {
  it.each<[string, (j: Awaited<ReturnType<typeof journalOf>>) => Promise<ChainInput> | ChainInput, string]>([
    ['an untouched journal verifies', (j) => j, 'Journal verified: 3 entries, chain intact'],
    ['an empty journal verifies', () => ({ entries: [], till: { lastReceipt: 0 } }), 'Journal verified: 0 entries, chain intact'],
    ['a journal numbered on from an older count verifies', async () => journalOf(2, 42), 'Journal verified: 2 entries, chain intact'],
    ['a changed total names its entry', (j) => ({ ...j, entries: editing(j.entries, 2, (e) => ({ ...e, total: 1 })) }), 'Receipt 000002 was altered: its contents no longer match its hash'],
    [
      'a changed amount deep in a line names its entry',
      (j) => ({ ...j, entries: editing(j.entries, 3, (e) => ({ ...e, lines: [{ ...e.lines[0]!, paid: 0 }] })) }),
      'Receipt 000003 was altered: its contents no longer match its hash',
    ],
    ['a changed prevHash names its entry', (j) => ({ ...j, entries: editing(j.entries, 2, (e) => ({ ...e, prevHash: GENESIS_HASH })) }), 'Receipt 000002 was altered: its contents no longer match its hash'],
    ['a hash taken away names its entry', (j) => ({ ...j, entries: editing(j.entries, 1, ({ hash: _h, ...e }) => e as Entry) }), 'Receipt 000001 was altered: its contents no longer match its hash'],
    ['a removed entry is named by its number', (j) => ({ ...j, entries: j.entries.filter((e) => e.receiptNumber !== 2) }), 'Receipt 000002 was removed: its number is missing from the journal'],
    ['the last entry removed is named from the till’s count', (j) => ({ ...j, entries: j.entries.slice(0, 2) }), 'Receipt 000003 was removed: its number is missing from the journal'],
    ['the first entry removed shows as entries before the next', (j) => ({ ...j, entries: j.entries.slice(1) }), 'Entries before receipt 000002 were removed: it follows an entry that is no longer in the journal'],
    ['every entry removed', (j) => ({ ...j, entries: [] }), "Every entry up to receipt 000003 was removed: the journal is empty but the till's chain is not"],
    [
      'an entry replaced by a forgery with a correct hash is named by the break after it',
      async (j) => ({ ...j, entries: await forge(j.entries, 2, true) }),
      'Receipt 000002 was inserted or replaced: receipt 000003 does not follow from it',
    ],
    [
      'a forgery that does not follow the entry before is named',
      async (j) => ({ ...j, entries: await forge(j.entries, 2, false) }),
      'Receipt 000002 was inserted: it does not follow from receipt 000001',
    ],
    [
      'an entry appended with a correct hash is past the till’s count',
      async (j) => ({ ...j, entries: [...j.entries, await linkEntry(saleAt(4), j.till.chainHead)] }),
      'Receipt 000004 was inserted: the till has not given that number yet',
    ],
    [
      'a second entry with a number already given',
      async (j) => ({ ...j, entries: [...j.entries, await linkEntry({ ...saleAt(2), id: 'extra' }, j.entries[0]!.hash)] }),
      'A second receipt 000002 was inserted',
    ],
    [
      'a chain re-hashed after a change is caught by the till’s head',
      async (j) => ({ ...j, entries: await rehashFrom(editing(j.entries, 2, (e) => ({ ...e, total: 1 })), 2) }),
      "Receipt 000003 was inserted or replaced: the till's chain ends at another entry",
    ],
    [
      'a chain re-hashed with the till’s head is caught by the Z report that closed it',
      async (j) => {
        const entries = await rehashFrom(editing(j.entries, 2, (e) => ({ ...e, total: 1 })), 2);
        return { entries, till: { ...j.till, chainHead: entries.at(-1)!.hash }, zReports: [{ zNumber: 1, toReceipt: 2, chainHead: j.entries[1]!.hash }] };
      },
      'Z report 0001 does not match the journal: the entries up to receipt 000002 are not the ones it closed',
    ],
    [
      'Z reports closed before the chain (no head) and at the heads they closed pass',
      (j) => ({ ...j, zReports: [{ zNumber: 1, toReceipt: 0 }, { zNumber: 2, toReceipt: 1, chainHead: j.entries[0]!.hash }, { zNumber: 3, toReceipt: 3, chainHead: j.till.chainHead }] }),
      'Journal verified: 3 entries, chain intact',
    ],
    ['a receipt number that is no longer a number', (j) => ({ ...j, entries: editing(j.entries, 2, (e) => ({ ...e, receiptNumber: '2' }) as unknown as Entry) }), 'An entry was altered: its receipt number is no longer a number (entry sale-2)'],
  ])('%s', async (_name, tamper, expected) => {
    expect(describeChainVerdict(await verifyChain(await tamper(await journalOf(3))))).toBe(expected);
  });

  it('gives the head: the last entry’s hash, or the genesis value when empty', async () => {
    const j = await journalOf(3);
    expect(await verifyChain(j)).toEqual({ ok: true, entries: 3, head: j.till.chainHead });
    expect(await verifyChain({ entries: [] })).toEqual({ ok: true, entries: 0, head: GENESIS_HASH });
  });
});

/** Entry `n` replaced by a different sale with a correct hash, after the entry before it (`follows`) or after nothing. */
async function forge(entries: readonly Entry[], n: number, follows: boolean): Promise<Entry[]> {
  const prev = follows ? entries.find((e) => e.receiptNumber === n - 1)!.hash : GENESIS_HASH;
  const forged = await linkEntry(saleAt(n, 1), prev);
  return editing(entries, n, () => forged);
}

/** Where a value sits in an entry: keys and indexes from the top. */
type Path = readonly (string | number)[];

/** Every value's path (leaves and containers alike), except the top. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = [...at, Array.isArray(value) ? Number(k) : k];
    return [path, ...pathsOf(v, path)];
  });
}

type Change = { readonly op: 'set' } | { readonly op: 'delete' } | { readonly op: 'add'; readonly key: string };

/** A copy of `entry` with one change at `path`: a different value, the key gone, or a key added beside it. */
function changed(entry: Entry, path: Path, change: Change): Entry {
  const copy = structuredClone(entry) as unknown as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
  const key = path.at(-1)!;
  const old = parent[key];
  if (change.op === 'delete' && !Array.isArray(parent)) delete parent[key];
  else if (change.op === 'add' && !Array.isArray(parent)) parent[`${change.key}-new`] = 1;
  else parent[key] = typeof old === 'number' ? old + 1 : typeof old === 'string' ? `${old}x` : typeof old === 'boolean' ? !old : old === null ? 0 : 'replaced';
  return copy as unknown as Entry;
}

const lengths = fc.integer({ min: 1, max: 8 });
const starts = fc.integer({ min: 1, max: 5000 });

describe('properties', () => {
  it('an untouched chain of any length verifies, counting its entries', async () => {
    await fc.assert(
      fc.asyncProperty(lengths, starts, async (n, first) => {
        expect(await verifyChain(await journalOf(n, first))).toMatchObject({ ok: true, entries: n });
      }),
      { numRuns: 30 },
    );
  });

  it('any single change anywhere in an entry (a value, a key taken away or added) is detected and names that entry', async () => {
    await fc.assert(
      fc.asyncProperty(lengths, starts, fc.nat(), fc.nat(), fc.constantFrom<Change>({ op: 'set' }, { op: 'delete' }, { op: 'add', key: 'k' }), async (n, first, pick, pickPath, change) => {
        const j = await journalOf(n, first);
        const target = j.entries[pick % n]!;
        const paths = pathsOf(target).filter((p) => p[0] !== 'receiptNumber');
        const path = paths[pickPath % paths.length]!;
        const entries = j.entries.map((e) => (e === target ? changed(e, path, change) : e));
        const verdict = await verifyChain({ ...j, entries });
        expect(verdict.ok).toBe(false);
        expect(!verdict.ok && verdict.problem).toMatchObject({ kind: 'altered', receiptNumber: target.receiptNumber });
      }),
      { numRuns: 200 },
    );
  });

  it('a changed receipt number is detected, naming that entry or its number as missing', async () => {
    await fc.assert(
      fc.asyncProperty(lengths, fc.nat(), fc.integer({ min: -3, max: 12 }).filter((d) => d !== 0), async (n, pick, delta) => {
        const j = await journalOf(n);
        const target = j.entries[pick % n]!;
        const verdict = await verifyChain({ ...j, entries: editing(j.entries, target.receiptNumber, (e) => ({ ...e, receiptNumber: e.receiptNumber + delta })) });
        expect(verdict.ok).toBe(false);
        // Named by its id where it is found out of place, or by its old number where that is missing.
        if (!verdict.ok && !('entryId' in verdict.problem && verdict.problem.entryId === target.id)) expect(names(verdict.problem)).toContain(target.receiptNumber);
      }),
      { numRuns: 100 },
    );
  });

  it('removing any entry is detected and names its number', async () => {
    await fc.assert(
      fc.asyncProperty(lengths, starts, fc.nat(), async (n, first, pick) => {
        const j = await journalOf(n, first);
        const gone = j.entries[pick % n]!;
        const verdict = await verifyChain({ ...j, entries: j.entries.filter((e) => e !== gone) });
        expect(verdict.ok).toBe(false);
        expect(verdict.ok ? null : names(verdict.problem)).toContain(gone.receiptNumber);
      }),
      { numRuns: 100 },
    );
  });

  it('swapping two entries (each taking the other’s number) is detected and names one of them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.nat(), fc.nat(), async (n, a, b) => {
        const j = await journalOf(n);
        const [x, y] = [j.entries[a % n]!, j.entries[(a + 1 + (b % (n - 1))) % n]!];
        const entries = j.entries.map((e) => (e === x ? { ...y, receiptNumber: x.receiptNumber } : e === y ? { ...x, receiptNumber: y.receiptNumber } : e));
        const verdict = await verifyChain({ ...j, entries });
        expect(verdict.ok).toBe(false);
        expect([x.receiptNumber, y.receiptNumber]).toContain(!verdict.ok && 'receiptNumber' in verdict.problem ? verdict.problem.receiptNumber : null);
      }),
      { numRuns: 100 },
    );
  });
});

/** The receipt numbers a problem points at (a missing range counts every number in it). */
function names(problem: ChainProblem): number[] {
  switch (problem.kind) {
    case 'removed':
      return Array.from({ length: problem.to - problem.from + 1 }, (_, i) => problem.from + i);
    case 'removed-before':
      return [problem.receiptNumber - 1];
    case 'emptied':
      // Every number up to it; the entry removed was the last.
      return [problem.lastReceipt];
    case 'altered':
    case 'inserted':
      return [problem.receiptNumber];
    default:
      return [];
  }
}
