import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { describeChainVerdict } from './chain/describe-verdict';
import { entryHash, GENESIS_HASH } from './chain/entry-hash';
import { openJournal, type Journal } from './journal';
import type { SaleToRecord } from './journal-entry';

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((j) => j.close()));

async function journalOn(factory: IDBFactory, name = 'till-journal'): Promise<Journal> {
  const journal = await openJournal({ indexedDB: factory, IDBKeyRange, name });
  opened.push(journal);
  return journal;
}

/** One A at `price`, paid in cash. */
const sale = (id: string, price = 50): SaleToRecord => ({
  id,
  at: '2026-12-07T09:00:00.000Z',
  storeName: 'Kata',
  book: { id: 'kata', version: 1 },
  items: [{ sku: 'A', quantity: 1 }],
  receipt: {
    currency: 'GBP',
    lines: [{ index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 1, unitPrice: price, price }] as unknown as SaleToRecord['receipt']['lines'],
    discounts: [],
    subtotal: price,
    savings: 0,
    total: price,
  },
  tenders: [{ kind: 'cash', amount: price }],
  change: 0,
});

/** The journal's database opened without Dexie's journal, as a tamperer with devtools would. */
function tamper(factory: IDBFactory, name: string, change: (store: IDBObjectStore) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('entries', 'readwrite');
      change(tx.objectStore('entries'));
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Entry with that receipt number (this till's only), changed in place. */
const editReceipt = (n: number, edit: (entry: Record<string, unknown>) => void) => (store: IDBObjectStore) => {
  store.openCursor().onsuccess = (event) => {
    const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
    if (cursor === null) return;
    const value = cursor.value as Record<string, unknown>;
    if (value.receiptNumber === n) {
      edit(value);
      cursor.update(value);
    }
    cursor.continue();
  };
};

describe('the chained journal', () => {
  it('links each sale and refund to the one before, and each Z report records the head it closed', async () => {
    const journal = await journalOn(new IDBFactory());
    const first = await journal.recordSale(sale('s1'));
    const second = await journal.recordSale(sale('s2', 120));
    const refund = await journal.recordRefund({ id: 'r1', saleId: 's1', lines: [{ line: 0, quantity: 1 }], tender: 'as-paid', at: '2026-12-07T10:00:00.000Z' });
    if (!refund.ok) throw new Error(refund.message);
    expect([first.prevHash, second.prevHash, refund.entry.prevHash]).toEqual([GENESIS_HASH, first.hash, second.hash]);
    for (const entry of [first, second, refund.entry]) expect(entry.hash).toBe(await entryHash(entry));
    // What was stored is what was hashed.
    expect(await journal.byReceiptNumber(2)).toEqual(second);

    const z = await journal.closeDay({ id: 'z1', fromReceipt: 1, at: '2026-12-07T18:00:00.000Z' });
    expect(z).toMatchObject({ ok: true, report: { toReceipt: 3, chainHead: refund.entry.hash } });
    // A day with no sales closes at the same head.
    expect(await journal.closeDay({ id: 'z2', fromReceipt: 4, at: '2026-12-08T18:00:00.000Z' })).toMatchObject({ ok: true, report: { toReceipt: 3, chainHead: refund.entry.hash } });
    expect(describeChainVerdict(await journal.verify())).toBe('Journal verified: 3 entries, chain intact');
  });

  it('keeps the chain whole when sales complete at the same moment (each hashed inside its own transaction)', async () => {
    const journal = await journalOn(new IDBFactory());
    const entries = await Promise.all(['a', 'b', 'c', 'd'].map((id) => journal.recordSale(sale(id))));
    expect(entries.map((e) => e.receiptNumber).sort()).toEqual([1, 2, 3, 4]);
    expect(await journal.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it('verifies an empty journal', async () => {
    const journal = await journalOn(new IDBFactory());
    expect(describeChainVerdict(await journal.verify())).toBe('Journal verified: 0 entries, chain intact');
  });

  it.each<[string, (store: IDBObjectStore) => void, string]>([
    ['an amount changed in IndexedDB', editReceipt(2, (e) => (e.total = 1)), 'Receipt 000002 was altered: its contents no longer match its hash'],
    ['a line changed in IndexedDB', editReceipt(3, (e) => ((e.lines as { paid: number }[])[0]!.paid = 0)), 'Receipt 000003 was altered: its contents no longer match its hash'],
    ['an entry deleted from IndexedDB', (store) => store.delete('s2'), 'Receipt 000002 was removed: its number is missing from the journal'],
    ['the last entry deleted', (store) => store.delete('s3'), 'Receipt 000003 was removed: its number is missing from the journal'],
    ['an entry moved to another till', editReceipt(2, (e) => (e.tillId = 'elsewhere')), 'Receipt 000002 was removed: its number is missing from the journal'],
  ])('names what was done: %s', async (_name, change, message) => {
    const factory = new IDBFactory();
    const journal = await journalOn(factory);
    for (const id of ['s1', 's2', 's3']) await journal.recordSale(sale(id));
    journal.close();
    await tamper(factory, 'till-journal', change);
    expect(describeChainVerdict(await (await journalOn(factory)).verify())).toBe(message);
  });
});

describe('a line voided after a tender', () => {
  it('is covered by the sale\'s hash: its approver changed in IndexedDB is named', async () => {
    const factory = new IDBFactory();
    const journal = await journalOn(factory);
    const lineVoids = [{ sku: 'B', name: 'B', quantity: 1, amount: 30, approver: { id: '2', name: 'Sam' }, at: '2026-12-07T08:59:00.000Z' }];
    const recorded = await journal.recordSale({ ...sale('s1'), lineVoids });
    expect(recorded.lineVoids).toEqual(lineVoids);
    expect(recorded.hash).toBe(await entryHash(recorded));
    journal.close();
    await tamper(factory, 'till-journal', editReceipt(1, (e) => ((e.lineVoids as { approver: { name: string } }[])[0]!.approver.name = 'Morgan')));
    expect(describeChainVerdict(await (await journalOn(factory)).verify())).toBe('Receipt 000001 was altered: its contents no longer match its hash');
  });
});

describe('upgrading a journal recorded before the chain', () => {
  /** The journal's database as version 2 of the app left it: its schema, its rows, no hashes. */
  async function versionTwoJournal(factory: IDBFactory, name: string) {
    const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ entries: '&id, &[tillId+receiptNumber], at, saleId', till: '&key', zReports: '&id, &[tillId+zNumber]' });
    old.version(2).stores({ saleInProgress: '&key' });
    const base = { tillId: 'till-1', currency: 'GBP', storeName: 'Kata' };
    const saleRow = (n: number, total: number) => ({
      ...base, kind: 'sale', id: `s${n}`, receiptNumber: n, at: `2026-12-0${n}T09:00:00.000Z`, book: { id: 'kata' }, items: [{ sku: 'A', quantity: 1 }],
      lines: [{ index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 1, unitPrice: total, price: total, paid: total }], discounts: [], tenders: [{ kind: 'cash', amount: total }], change: 0, subtotal: total, savings: 0, total,
    });
    // Stored out of receipt order on purpose, and a refund in the oldest shape (one `tender`).
    const rows = [
      saleRow(3, 90),
      saleRow(1, 50),
      { ...base, kind: 'refund', id: 'r4', receiptNumber: 4, at: '2026-12-04T09:00:00.000Z', saleId: 's1', saleReceiptNumber: 1, lines: [{ line: 0, sku: 'A', name: 'A', quantity: 1, amount: 50 }], tender: { kind: 'cash', amount: 50 }, total: 50 },
      saleRow(2, 70),
    ];
    await old.table('entries').bulkAdd(rows);
    await old.table('till').put({ key: 'till', tillId: 'till-1', lastReceipt: 4, lastZ: 1, closedThrough: 2 });
    await old.table('zReports').put({ id: 'z1', tillId: 'till-1', zNumber: 1, closedAt: '2026-12-02T18:00:00.000Z', fromReceipt: 1, toReceipt: 2, totals: {} });
    await old.table('saleInProgress').put({ key: 'current', state: { basket: ['B'] } });
    old.close();
    return rows;
  }

  it('chains every entry in receipt order, loses none and changes nothing else; the next sale carries on the chain', async () => {
    const factory = new IDBFactory();
    const rows = await versionTwoJournal(factory, 'upgrade');
    const journal = await journalOn(factory, 'upgrade');

    // Read raw, past the reading hook: every row as it was, plus the two chain fields.
    const raw = new Dexie('upgrade', { indexedDB: factory, IDBKeyRange });
    opened.push(raw);
    await raw.open();
    const stored = (await raw.table('entries').toArray()) as { id: string; receiptNumber: number; prevHash: string; hash: string }[];
    expect(stored).toHaveLength(rows.length);
    for (const row of rows) {
      const { prevHash: _p, hash: _h, ...rest } = stored.find((s) => s.id === row.id)!;
      expect(rest).toEqual(row);
    }
    const inOrder = [...stored].sort((a, b) => a.receiptNumber - b.receiptNumber);
    expect(inOrder.map((e) => e.prevHash)).toEqual([GENESIS_HASH, ...inOrder.slice(0, -1).map((e) => e.hash)]);
    raw.close();

    // The refund still reads in the current shape; the Z closed before the chain has no head and passes.
    expect(await journal.entry('r4')).toMatchObject({ tenders: [{ kind: 'cash', amount: 50 }] });
    expect(await journal.saleInProgress()).toEqual({ basket: ['B'] });
    expect(describeChainVerdict(await journal.verify())).toBe('Journal verified: 4 entries, chain intact');

    const next = await journal.recordSale(sale('s5'));
    expect(next).toMatchObject({ receiptNumber: 5, prevHash: inOrder.at(-1)!.hash });
    expect(describeChainVerdict(await journal.verify())).toBe('Journal verified: 5 entries, chain intact');
  });

  it('opens an empty version 2 journal without a chain to build', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('empty', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ entries: '&id, &[tillId+receiptNumber], at, saleId', till: '&key', zReports: '&id, &[tillId+zNumber]' });
    old.version(2).stores({ saleInProgress: '&key' });
    await old.open();
    old.close();
    const journal = await journalOn(factory, 'empty');
    expect((await journal.recordSale(sale('s1'))).prevHash).toBe(GENESIS_HASH);
    expect(await journal.verify()).toMatchObject({ ok: true, entries: 1 });
  });
});
