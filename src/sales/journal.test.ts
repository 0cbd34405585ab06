import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournal, type Journal, type JournalOptions } from './journal';
import type { SaleToRecord } from './journal-entry';
import { reportTotals } from './report-rules';
import { NO_EVENTS } from './till-event-totals';

const opened: Journal[] = [];
/** A journal on its own, empty, in-memory database. */
async function freshJournal(options: JournalOptions = {}): Promise<{ journal: Journal; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const journal = await openJournal({ indexedDB: factory, IDBKeyRange, ...options });
  opened.push(journal);
  return { journal, factory };
}
afterEach(() => opened.splice(0).forEach((j) => j.close()));

/** The database under the journal, opened without Dexie, to write what an older version wrote. */
function openRaw(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function put(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

let clock = 0;
/** A kata sale: 4 A (200 less 20 from 3 A for 1.30) and B 30, total 210, paid with a £5 note. */
function kataSale(id: string, minute = clock++): SaleToRecord {
  return {
    id,
    at: new Date(Date.UTC(2026, 5, 15, 9, minute)).toISOString(),
    storeName: 'Kata',
    book: { id: 'kata', version: 1 },
    items: [{ sku: 'A', quantity: 4 }, { sku: 'B' }],
    receipt: {
      currency: 'GBP',
      lines: [
        { index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 4, unitPrice: 50, price: 200 },
        { index: 1, sku: 'B', name: 'B', unit: 'each', quantity: 1, unitPrice: 30, price: 30 },
      ] as unknown as SaleToRecord['receipt']['lines'],
      discounts: [{ offerId: 'A3', kind: 'multi-buy', label: '3 A for 1.30', saving: 20, lines: [0], units: [{ line: 0, share: 7 }, { line: 0, share: 7 }, { line: 0, share: 6 }] }] as unknown as SaleToRecord['receipt']['discounts'],
      subtotal: 230,
      savings: 20,
      total: 210,
    },
    tenders: [{ kind: 'cash', amount: 500 }],
    change: 290,
  };
}

describe('till events', () => {
  const staff = { operator: { id: '3', name: 'Alex' }, approver: { id: '2', name: 'Sam' } };
  const event = { at: '2026-06-15T09:30:00.000Z', storeName: 'Kata', currency: 'GBP', ...staff };

  it('number No sale and a voided sale among the sales, in the chain, once each, with no takings', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    const noSale = await journal.recordEvent({ kind: 'no-sale', id: 'n1', ...event });
    const again = await journal.recordEvent({ kind: 'no-sale', id: 'n1', ...event });
    const voided = await journal.recordEvent({ kind: 'void', id: 'v1', saleId: 's2', items: 2, total: 80, tendered: 0, ...event });
    expect(again).toEqual(noSale);
    expect([noSale.receiptNumber, voided.receiptNumber]).toEqual([2, 3]);
    expect(noSale).toMatchObject({ kind: 'no-sale', ...staff });
    expect(await journal.verify()).toMatchObject({ ok: true, entries: 3 });
    const { totals } = await journal.openPeriod();
    expect(totals).toMatchObject({ sales: 1, refunds: 0, net: 210, takings: { cash: 210, card: 0 }, firstReceipt: 1, lastReceipt: 3 });
    expect(totals.byOperator).toHaveLength(1);
  });

  it('a Z report counts voided sales, No sales and line voids per operator with who approved, as the journal holds them', async () => {
    const { journal } = await freshJournal();
    const alex = staff.operator;
    const sam = staff.approver;
    const lineVoids = [{ sku: 'B', name: 'B', quantity: 1, amount: 30, approver: sam, at: event.at }];
    await journal.recordSale({ ...kataSale('s1'), operator: alex, lineVoids });
    await journal.recordEvent({ kind: 'no-sale', id: 'n1', ...event });
    await journal.recordEvent({ kind: 'void', id: 'v1', saleId: 's2', items: 2, total: 80, tendered: 0, ...event });
    await journal.recordEvent({ kind: 'no-sale', id: 'n2', at: event.at, storeName: 'Kata', currency: 'GBP', operator: sam });
    const closed = await journal.closeDay({ id: 'z1', fromReceipt: 1, at: '2026-06-15T18:00:00.000Z' });
    if (!closed.ok) throw new Error(closed.message);
    const { totals } = closed.report;
    const counts = { ...NO_EVENTS, voids: 1, voidedTotal: 80, noSales: 1, lineVoids: 1, lineVoidedTotal: 30 };
    const samsNoSale = { ...NO_EVENTS, noSales: 1 };
    // Worked by hand: Alex voided a sale of 80, opened the drawer once and voided B (30) after a tender, all approved by Sam; Sam opened the drawer once, unapproved.
    expect(totals.events).toEqual({
      ...counts,
      noSales: 2,
      byOperator: [
        { operator: sam, ...samsNoSale, approvals: [{ approver: null, ...samsNoSale }] },
        { operator: alex, ...counts, approvals: [{ approver: sam, ...counts }] },
      ],
    });
    // The Z's figures are the journal's: the same rules over the entries it holds for the period.
    const held = await journal.between('2026-06-15T00:00:00.000Z', '2026-06-16T00:00:00.000Z');
    expect(totals).toEqual(reportTotals(held));
    expect(totals).toMatchObject({ sales: 1, net: 210, takings: { cash: 210, card: 0 }, firstReceipt: 1, lastReceipt: 4 });
  });
});

describe('the journal', () => {
  it('keeps who recorded each entry and who approved it; an entry without says nothing', async () => {
    const { journal } = await freshJournal();
    const alex = { id: '3', name: 'Alex' };
    const sam = { id: '2', name: 'Sam' };
    const sale = await journal.recordSale({ ...kataSale('op-1'), operator: { ...alex, role: 'cashier' } as typeof alex });
    expect(sale.operator).toEqual(alex);
    expect('approver' in sale).toBe(false);
    expect('operator' in (await journal.recordSale(kataSale('op-2')))).toBe(false);
    const refund = await journal.recordRefund({ id: 'r-1', saleId: 'op-1', lines: [{ line: 1, quantity: 1 }], tender: 'as-paid', at: sale.at, operator: alex, approver: sam, approval: 'refund' });
    expect(refund.ok && [refund.entry.operator, refund.entry.approver, refund.entry.approval]).toEqual([alex, sam, 'refund']);
    const z = await journal.closeDay({ id: 'z-1', fromReceipt: 1, at: sale.at, operator: alex, approver: sam });
    expect(z.ok && [z.report.operator, z.report.approver, (z.report.totals.byOperator ?? []).map((p) => [p.operator?.id, p.net])]).toEqual([alex, sam, [['3', 180], [undefined, 210]]]);
    // What was approved is kept only with someone who approved it.
    const unapproved = await journal.recordRefund({ id: 'r-2', saleId: 'op-1', lines: [{ line: 0, quantity: 1 }], tender: 'as-paid', at: sale.at, operator: sam, approval: 'refund' });
    expect(unapproved.ok && 'approval' in unapproved.entry).toBe(false);
  });

  it('records a sale with its receipt number, paid amounts and basket', async () => {
    const { journal } = await freshJournal();
    const entry = await journal.recordSale(kataSale('s1'));
    expect(entry).toMatchObject({ kind: 'sale', receiptNumber: 1, total: 210, items: [{ sku: 'A', quantity: 4 }, { sku: 'B' }], book: { id: 'kata', version: 1 } });
    expect(entry.lines.map((l) => l.paid)).toEqual([180, 30]);
    expect(await journal.entry('s1')).toEqual(entry);
    expect(await journal.byReceiptNumber(1)).toEqual(entry);
  });

  it('numbers sales one by one without gaps, and a repeated sale id records once', async () => {
    const { journal } = await freshJournal();
    const numbers = [];
    for (const id of ['s1', 's1', 's2', 's2', 's3']) numbers.push((await journal.recordSale(kataSale(id))).receiptNumber);
    expect(numbers).toEqual([1, 1, 2, 2, 3]);
    expect(await journal.latest(10)).toHaveLength(3);
  });

  it('records a double tap (two completions at once) as one sale', async () => {
    const { journal } = await freshJournal();
    const sale = kataSale('s1');
    const [a, b] = await Promise.all([journal.recordSale(sale), journal.recordSale(sale)]);
    expect(a.receiptNumber).toBe(1);
    expect(b).toEqual(a);
    expect(await journal.latest(10)).toHaveLength(1);
  });

  it('carries on from the count of the till before the journal', async () => {
    const { journal } = await freshJournal({ carriedReceiptNumber: () => 41 });
    expect((await journal.recordSale(kataSale('s1'))).receiptNumber).toBe(42);
  });

  it('keeps everything recorded across a reopen', async () => {
    const { journal, factory } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    const tillId = await journal.tillId();
    journal.close();
    const again = await openJournal({ indexedDB: factory, IDBKeyRange, carriedReceiptNumber: () => 99 });
    opened.push(again);
    expect(await again.tillId()).toBe(tillId);
    expect((await again.recordSale(kataSale('s2'))).receiptNumber).toBe(2);
  });

  it('finds entries in a time range, oldest first', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('early', 0));
    await journal.recordSale(kataSale('middle', 10));
    await journal.recordSale(kataSale('late', 20));
    const found = await journal.between(new Date(Date.UTC(2026, 5, 15, 9, 5)).toISOString(), new Date(Date.UTC(2026, 5, 15, 9, 20)).toISOString());
    expect(found.map((e) => e.id)).toEqual(['middle']);
  });

  it('gives the what-if the recorded baskets, books and per-offer discounts', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1', 0));
    expect(await journal.recordedSalesBetween('2026-06-15T00:00:00.000Z', '2026-06-16T00:00:00.000Z')).toEqual([
      {
        id: 's1',
        receiptNumber: 1,
        at: '2026-06-15T09:00:00.000Z',
        book: { id: 'kata', version: 1 },
        items: [{ sku: 'A', quantity: 4 }, { sku: 'B' }],
        total: 210,
        savings: 20,
        discounts: [{ offerId: 'A3', label: '3 A for 1.30', saving: 20 }],
      },
    ]);
  });
});

describe('refunds', () => {
  it('record lines at what was paid, numbered with the sales, pointing at the sale', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    const result = await journal.recordRefund({ id: 'r1', saleId: 's1', lines: [{ line: 0, quantity: 4 }], tender: 'as-paid', at: '2026-06-15T12:00:00.000Z' });
    expect(result).toMatchObject({ ok: true, entry: { kind: 'refund', receiptNumber: 2, saleReceiptNumber: 1, total: 180, tenders: [{ kind: 'cash', amount: 180 }] } });
    expect(await journal.refundsOf('s1')).toHaveLength(1);
  });

  it('never refund a line twice, and a repeated refund id records once', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    const request = { id: 'r1', saleId: 's1', lines: [{ line: 0, quantity: 4 }], tender: 'as-paid' as const, at: '2026-06-15T12:00:00.000Z' };
    const [a, b] = await Promise.all([journal.recordRefund(request), journal.recordRefund(request)]);
    expect(b).toEqual(a);
    expect(await journal.recordRefund({ ...request, id: 'r2' })).toEqual({ ok: false, message: 'A (line 1) was already refunded' });
    expect(await journal.refundsOf('s1')).toHaveLength(1);
  });

  it('give back some units of a line, then the rest, to exactly what the line paid; never a unit twice', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    const at = '2026-06-15T12:00:00.000Z';
    // A × 4 paid 180: 45 a unit.
    const two = await journal.recordRefund({ id: 'r1', saleId: 's1', lines: [{ line: 0, quantity: 2 }], tender: 'as-paid', at });
    expect(two).toMatchObject({ ok: true, entry: { lines: [{ line: 0, quantity: 2, amount: 90 }], total: 90 } });
    // Two tabs racing for the last two units: one gets them, the other is told.
    const [c, d] = await Promise.all([
      journal.recordRefund({ id: 'r2', saleId: 's1', lines: [{ line: 0, quantity: 2 }], tender: 'as-paid', at }),
      journal.recordRefund({ id: 'r3', saleId: 's1', lines: [{ line: 0, quantity: 2 }], tender: 'as-paid', at }),
    ]);
    expect([c.ok, d.ok].sort()).toEqual([false, true]);
    expect(await journal.recordRefund({ id: 'r4', saleId: 's1', lines: [{ line: 0, quantity: 1 }], tender: 'as-paid', at })).toEqual({ ok: false, message: 'A (line 1) was already refunded' });
    const refunds = await journal.refundsOf('s1');
    expect(refunds.flatMap((r) => r.lines).reduce((sum, l) => sum + l.amount, 0)).toBe(180);
  });

  it('go back to the card a card sale was paid with; cash for it only when confirmed, and marked', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale({ ...kataSale('s1'), tenders: [{ kind: 'card', amount: 210 }], change: 0 });
    const at = '2026-06-15T12:00:00.000Z';
    const byDefault = await journal.recordRefund({ id: 'r1', saleId: 's1', lines: [{ line: 1, quantity: 1 }], tender: 'as-paid', at });
    expect(byDefault).toMatchObject({ ok: true, entry: { tenders: [{ kind: 'card', amount: 30 }] } });
    expect(byDefault.ok && byDefault.entry.crossTender).toBeUndefined();
    const cash = { id: 'r2', saleId: 's1', lines: [{ line: 0, quantity: 1 }], tender: 'cash' as const, at };
    expect(await journal.recordRefund(cash)).toEqual({ ok: false, message: 'Giving cash back for a card payment must be confirmed' });
    const sam = { id: '2', name: 'Sam' };
    expect(await journal.recordRefund({ ...cash, crossTenderConfirmed: true, approver: sam, approval: 'cash-refund-of-card' })).toMatchObject({
      ok: true,
      entry: { tenders: [{ kind: 'cash', amount: 45 }], crossTender: { from: 'card', to: 'cash', amount: 45 }, approver: sam, approval: 'cash-refund-of-card' },
    });
  });

  it('read a refund recorded with one tender (before split refunds) as a list of it', async () => {
    const { journal, factory } = await freshJournal({ name: 'legacy' });
    await journal.recordSale(kataSale('s1'));
    const tillId = await journal.tillId();
    journal.close();
    // Written as the previous version did: one `tender`, the whole line.
    const raw = await openRaw(factory, 'legacy');
    const legacy = { kind: 'refund', id: 'old', tillId, receiptNumber: 2, at: '2026-06-15T12:00:00.000Z', currency: 'GBP', storeName: 'Kata', saleId: 's1', saleReceiptNumber: 1, lines: [{ line: 1, sku: 'B', name: 'B', quantity: 1, amount: 30 }], tender: { kind: 'card', amount: 30 }, total: 30 };
    await put(raw, 'entries', legacy);
    await put(raw, 'till', { key: 'till', tillId, lastReceipt: 2, lastZ: 0, closedThrough: 0 });
    raw.close();
    const again = await openJournal({ indexedDB: factory, IDBKeyRange, name: 'legacy' });
    opened.push(again);
    expect(await again.entry('old')).toMatchObject({ tenders: [{ kind: 'card', amount: 30 }] });
    expect((await again.openPeriod()).totals.takings).toEqual({ cash: 210, card: -30 });
    // The whole line it gave back cannot be given back again.
    expect(await again.recordRefund({ id: 'r2', saleId: 's1', lines: [{ line: 1, quantity: 1 }], tender: 'as-paid', at: '2026-06-15T13:00:00.000Z' })).toEqual({ ok: false, message: 'B (line 2) was already refunded' });
  });

  it('refuse a sale that is not in the journal', async () => {
    const { journal } = await freshJournal();
    expect(await journal.recordRefund({ id: 'r1', saleId: 'nope', lines: [{ line: 0, quantity: 1 }], tender: 'as-paid', at: '2026-06-15T12:00:00.000Z' })).toEqual({ ok: false, message: 'There is no such sale in the journal' });
  });
});

describe('opening float', () => {
  it('adds to the cash expected in the X and Z reports, is replaced when recorded again, and ends with its period', async () => {
    const { journal } = await freshJournal();
    const at = '2026-06-15T08:00:00.000Z';
    expect(await journal.recordOpeningFloat({ amount: 4000, fromReceipt: 1, at })).toMatchObject({ ok: true });
    expect(await journal.recordOpeningFloat({ amount: 5000, fromReceipt: 1, at })).toMatchObject({ ok: true, float: { amount: 5000 } });
    await journal.recordSale(kataSale('s1'));
    // 5000 float + 500 note − 290 change = 5210.
    expect((await journal.openPeriod()).totals).toMatchObject({ openingFloat: 5000, expectedCash: 5210 });
    const z = await journal.closeDay({ id: 'z1', fromReceipt: 1, at: '2026-06-15T18:00:00.000Z' });
    expect(z).toMatchObject({ ok: true, report: { totals: { openingFloat: 5000, expectedCash: 5210 } } });
    expect(await journal.openPeriod()).toMatchObject({ openingFloat: null, totals: { openingFloat: 0, expectedCash: 0 } });
    // A screen still showing the closed period cannot put a float in the new one.
    expect(await journal.recordOpeningFloat({ amount: 100, fromReceipt: 1, at })).toMatchObject({ ok: false });
    expect(await journal.recordOpeningFloat({ amount: -1, fromReceipt: 2, at })).toEqual({ ok: false, message: 'The float must be an amount of zero or more' });
  });
});

describe('Z reports', () => {
  it('close the open period once; the next period starts after it', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    await journal.recordSale(kataSale('s2'));
    const x = await journal.openPeriod();
    expect(x).toMatchObject({ fromReceipt: 1, totals: { sales: 2, salesTotal: 420, expectedCash: 420 } });

    const close = { id: 'z1', fromReceipt: x.fromReceipt, at: '2026-06-15T18:00:00.000Z' };
    const [first, twice] = await Promise.all([journal.closeDay(close), journal.closeDay(close)]);
    expect(first).toMatchObject({ ok: true, report: { zNumber: 1, fromReceipt: 1, toReceipt: 2, totals: { sales: 2 } } });
    expect(twice).toEqual(first);
    // Another attempt at the same period (a second tab, a stale screen) is refused.
    expect(await journal.closeDay({ ...close, id: 'z1-again' })).toMatchObject({ ok: false });

    await journal.recordSale(kataSale('s3'));
    const next = await journal.openPeriod();
    expect(next).toMatchObject({ fromReceipt: 3, totals: { sales: 1 } });
    expect(await journal.closeDay({ id: 'z2', fromReceipt: 3, at: '2026-06-16T18:00:00.000Z' })).toMatchObject({ ok: true, report: { zNumber: 2, fromReceipt: 3, toReceipt: 3 } });
    expect((await journal.zReports()).map((z) => z.zNumber)).toEqual([2, 1]);
  });
});

describe('the outbox queries', () => {
  it('give the entries after a receipt number in order, at most a limit, and count what is left', async () => {
    const { journal } = await freshJournal();
    for (const id of ['s1', 's2', 's3', 's4', 's5']) await journal.recordSale(kataSale(id));
    expect((await journal.entriesAfter(0, 2)).map((e) => e.receiptNumber)).toEqual([1, 2]);
    expect((await journal.entriesAfter(2, 10)).map((e) => e.id)).toEqual(['s3', 's4', 's5']);
    expect(await journal.countAfter(0)).toBe(5);
    expect(await journal.countAfter(3)).toBe(2);
    expect(await journal.countAfter(5)).toBe(0);
  });

  it('give the Z reports after a Z number', async () => {
    const { journal } = await freshJournal();
    await journal.recordSale(kataSale('s1'));
    await journal.closeDay({ id: 'z1', fromReceipt: 1, at: '2026-06-15T18:00:00.000Z' });
    await journal.recordSale(kataSale('s2'));
    await journal.closeDay({ id: 'z2', fromReceipt: 2, at: '2026-06-16T18:00:00.000Z' });
    expect((await journal.zReportsAfter(0, 10)).map((z) => z.id)).toEqual(['z1', 'z2']);
    expect((await journal.zReportsAfter(1, 10)).map((z) => z.id)).toEqual(['z2']);
  });

  it('keep settings beside the till row, across a reopen, without touching the till', async () => {
    const { journal, factory } = await freshJournal({ name: 'settings' });
    const tillId = await journal.tillId();
    await journal.saveSetting('hq.enrolment', { baseUrl: 'http://hq', token: 't' });
    expect(await journal.setting('missing')).toBeUndefined();
    journal.close();
    const again = await openJournal({ indexedDB: factory, IDBKeyRange, name: 'settings' });
    opened.push(again);
    expect(await again.setting('hq.enrolment')).toEqual({ baseUrl: 'http://hq', token: 't' });
    expect(await again.tillId()).toBe(tillId);
    await again.saveSetting('hq.enrolment', undefined);
    expect(await again.setting('hq.enrolment')).toBeUndefined();
    expect((await again.verify()).ok).toBe(true);
  });
});
