import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { journalEntrySchema, parseJournalEntry, parseZReport, type ParsedJournalEntry, type ParsedZReport } from './entry-schema';
import { openJournal } from './journal';
import type { JournalEntry, SaleToRecord, ZReport } from './journal-entry';
import { NO_EVENTS } from './till-event-totals';

type DeepMutable<T> = T extends string | number | boolean | undefined | null
  ? T
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : { -readonly [K in keyof T]: DeepMutable<T[K]> };

/** A kata sale: 4 A (200 less 20 from 3 A for 1.30) and B 30, total 210, paid with a £5 note. */
const kataSale: SaleToRecord = {
  id: 'sale-1',
  at: '2026-06-15T09:00:00.000Z',
  storeName: 'Kata',
  book: { id: 'kata', version: 1 },
  items: [{ sku: 'A', quantity: 4 }, { sku: 'B' }],
  receipt: {
    currency: 'GBP',
    lines: [
      { index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 4, unitPrice: 50, price: 200 },
      { index: 1, sku: 'B', name: 'B', unit: 'each', quantity: 1, unitPrice: 30, price: 30 },
    ] as unknown as SaleToRecord['receipt']['lines'],
    discounts: [
      { offerId: 'A3', kind: 'multi-buy', label: '3 A for 1.30', saving: 20, lines: [0], units: [{ line: 0, share: 7 }, { line: 0, share: 7 }, { line: 0, share: 6 }] },
    ] as unknown as SaleToRecord['receipt']['discounts'],
    subtotal: 230,
    savings: 20,
    total: 210,
  },
  tenders: [{ kind: 'cash', amount: 500 }],
  change: 290,
};

/** A sale and a refund of its first line, exactly as the till's journal records them. */
async function recordedEntries(): Promise<JournalEntry[]> {
  return (await recordedDay()).entries;
}

/** A sale, a refund of its first line, and the Z report closing that day, as the journal keeps them. */
async function recordedDay(): Promise<{ entries: JournalEntry[]; z: ZReport }> {
  const journal = await openJournal({ indexedDB: new IDBFactory(), IDBKeyRange });
  const sale = await journal.recordSale(kataSale);
  const refund = await journal.recordRefund({ id: 'refund-1', saleId: sale.id, lines: [{ line: 0, quantity: 2 }], tender: 'as-paid', at: '2026-06-15T10:00:00.000Z', approver: { id: '2', name: 'Sam' }, approval: 'refund' });
  const z = await journal.closeDay({ id: 'z-1', fromReceipt: 1, at: '2026-06-15T18:00:00.000Z' });
  journal.close();
  if (!refund.ok) throw new Error(refund.message);
  if (!z.ok) throw new Error(z.message);
  return { entries: [sale, refund.entry], z: z.report };
}

describe('the journal entry schema', () => {
  it('has exactly the fields of the journal entry type', () => {
    expectTypeOf<DeepMutable<JournalEntry>>().toEqualTypeOf<DeepMutable<ParsedJournalEntry>>();
  });

  it('has exactly the fields of the Z report type', () => {
    expectTypeOf<DeepMutable<ZReport>>().toEqualTypeOf<DeepMutable<ParsedZReport>>();
  });

  it('reads a Z report as the journal keeps it, unchanged, and says where one is wrong', async () => {
    const { z } = await recordedDay();
    const json = JSON.parse(JSON.stringify(z)) as Record<string, unknown>;
    expect(parseZReport(json)).toEqual({ ok: true, report: z });
    const wrong = parseZReport({ ...json, zNumber: 0 }, ['reports', 2]);
    expect(wrong.ok ? undefined : wrong.problems[0]).toEqual({ path: '$.reports[2].zNumber', message: 'Z number must be at least 1' });
  });

  it('reads a sale and a refund as the journal records them, unchanged', async () => {
    const entries = await recordedEntries();
    for (const entry of entries) {
      const json = JSON.parse(JSON.stringify(entry)) as unknown;
      expect(journalEntrySchema.parse(json)).toEqual(entry);
    }
  });

  it('reads a sale’s age checks', async () => {
    const [sale] = await recordedEntries();
    const ageChecks = [{ sku: 'B', minimumAge: 18, outcome: 'confirmed', at: '2026-06-15T08:59:30.000Z' }];
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(sale)), ageChecks })).toMatchObject({ ok: true, entry: { ageChecks } });
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(sale)), ageChecks: [{ ...ageChecks[0], outcome: 'maybe' }] })).toMatchObject({ ok: false, problems: [{ path: '$.ageChecks[0].outcome' }] });
  });

  it('reads what a refund’s approver approved, and refuses another kind', async () => {
    const [, refund] = await recordedEntries();
    const json = JSON.parse(JSON.stringify(refund)) as Record<string, unknown>;
    expect(parseJournalEntry({ ...json, approval: 'cash-refund-of-card' })).toMatchObject({ ok: true, entry: { approval: 'cash-refund-of-card', approver: { name: 'Sam' } } });
    expect(parseJournalEntry({ ...json, approval: 'void-sale' })).toMatchObject({ ok: false, problems: [{ path: '$.approval', message: 'approval must be "refund" or "cash-refund-of-card"' }] });
  });

  it('reads the head office version of a sale’s book, a whole number from 1', async () => {
    const [sale] = await recordedEntries();
    const json = JSON.parse(JSON.stringify(sale)) as Record<string, unknown> & { book: Record<string, unknown> };
    expect(parseJournalEntry({ ...json, book: { ...json.book, hqVersion: 3 } })).toMatchObject({ ok: true, entry: { book: { id: 'kata', version: 1, hqVersion: 3 } } });
    expect(parseJournalEntry({ ...json, book: { ...json.book, hqVersion: 0 } })).toMatchObject({ ok: false, problems: [{ path: '$.book.hqVersion' }] });
  });

  it('reads No sale and a voided sale as the journal records them, unchanged, approver included', async () => {
    const journal = await openJournal({ indexedDB: new IDBFactory(), IDBKeyRange });
    const staff = { operator: { id: '3', name: 'Alex' }, approver: { id: '2', name: 'Sam' } };
    const base = { at: '2026-06-15T09:00:00.000Z', storeName: 'Kata', currency: 'GBP', ...staff };
    const noSale = await journal.recordEvent({ kind: 'no-sale', id: 'n-1', ...base });
    const voided = await journal.recordEvent({ kind: 'void', id: 'v-1', saleId: 's-9', items: 3, total: 210, tendered: 100, ...base });
    journal.close();
    for (const entry of [noSale, voided]) expect(journalEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(voided)), tendered: -1 })).toMatchObject({ ok: false, problems: [{ path: '$.tendered' }] });
  });

  it('reads a sale’s price overrides, and refuses a reason not on the list', async () => {
    const [sale] = await recordedEntries();
    const overrides = [{ line: 1, price: 20, was: 30, reason: 'damaged', approver: { id: '2', name: 'Sam' } }];
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(sale)), overrides })).toMatchObject({ ok: true, entry: { overrides } });
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(sale)), overrides: [{ ...overrides[0], reason: 'friend' }] })).toMatchObject({ ok: false, problems: [{ path: '$.overrides[0].reason' }] });
  });

  it('records whether the total was proven, and reads sales recorded before it said', async () => {
    const journal = await openJournal({ indexedDB: new IDBFactory(), IDBKeyRange });
    const proven = await journal.recordSale({ ...kataSale, receipt: { ...kataSale.receipt, optimal: true } });
    const bestFound = await journal.recordSale({ ...kataSale, id: 'sale-2', receipt: { ...kataSale.receipt, optimal: false } });
    journal.close();
    expect([proven.proven, bestFound.proven]).toEqual([true, false]);
    for (const entry of [proven, bestFound]) expect(journalEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    const [older] = await recordedEntries();
    expect(older).not.toHaveProperty('proven');
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(older)), proven: 'yes' })).toMatchObject({ ok: false, problems: [{ path: '$.proven', message: 'proven must be true or false' }] });
  });

  it('reads a refund recorded with one tender as the journal does, as a list of that one', async () => {
    const [, refund] = await recordedEntries();
    const { tenders, ...rest } = JSON.parse(JSON.stringify(refund)) as Record<string, unknown> & { tenders: unknown[] };
    expect(tenders).toHaveLength(1);
    expect(parseJournalEntry({ ...rest, tender: tenders[0] })).toEqual({ ok: true, entry: refund });
  });

  it.each([
    ['an unknown field', (e: Record<string, unknown>) => ({ ...e, colour: 'red' }), '$.entries[4]', 'unknown field "colour"'],
    ['a money field with pence as a decimal', (e: Record<string, unknown>) => ({ ...e, total: 2.1 }), '$.entries[4].total', 'whole number'],
    ['a negative amount', (e: Record<string, unknown>) => ({ ...e, change: -1 }), '$.entries[4].change', 'at least 0'],
    ['a time that is not an instant', (e: Record<string, unknown>) => ({ ...e, at: 'yesterday' }), '$.entries[4].at', 'ISO 8601'],
    ['an unknown kind', (e: Record<string, unknown>) => ({ ...e, kind: 'layaway' }), '$.entries[4].kind', 'sale'],
    ['a receipt number of zero', (e: Record<string, unknown>) => ({ ...e, receiptNumber: 0 }), '$.entries[4].receiptNumber', 'at least 1'],
  ])('rejects %s, saying where', async (_name, change, path, words) => {
    const [sale] = await recordedEntries();
    const result = parseJournalEntry(change(JSON.parse(JSON.stringify(sale)) as Record<string, unknown>), ['entries', 4]);
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.path).toBe(path);
    expect(problem?.message).toContain(words);
  });
});

describe('lines voided after a tender, voids and No sales, in the schema', () => {
  it('reads a Z report\'s counts of voids, No sales and refunds, and one closed before they were counted', async () => {
    const { entries, z } = await recordedDay();
    const json = JSON.parse(JSON.stringify(z)) as Record<string, unknown>;
    // A Z report closed before voids and No sales were counted has no `events`: still valid.
    const { events, ...before } = json.totals as Record<string, unknown>;
    // The day's one refund, approved by Sam, with nobody signed in.
    const refunded = { ...NO_EVENTS, refunds: 1, refundedTotal: entries[1]!.kind === 'refund' ? entries[1]!.total : -1 };
    expect(events).toEqual({ ...refunded, byOperator: [{ operator: null, ...refunded, approvals: [{ approver: { id: '2', name: 'Sam' }, ...refunded }] }] });
    expect(parseZReport({ ...json, totals: before }).ok).toBe(true);
    // One closed before refunds were counted lacks their counts at every level: read as none.
    const withoutRefunds = (counts: object) => Object.fromEntries(Object.entries(counts).filter(([key]) => !/refund/i.test(key)));
    const { byOperator, ...top } = events as { byOperator: { approvals: object[] }[] };
    const older = { ...withoutRefunds(top), byOperator: byOperator.map((p) => ({ ...withoutRefunds(p), approvals: p.approvals.map(withoutRefunds) })) };
    const read = parseZReport({ ...json, totals: { ...before, events: older } });
    expect(read.ok ? read.report.totals.events : read.problems).toEqual({ ...NO_EVENTS, byOperator: [{ operator: null, ...NO_EVENTS, approvals: [{ approver: { id: '2', name: 'Sam' }, ...NO_EVENTS }] }] });
    expect(parseZReport({ ...json, totals: { ...before, events: { ...(events as object), noSales: -1 } } })).toMatchObject({ ok: false, problems: [{ path: '$.totals.events.noSales' }] });
  });

  it('reads the takeovers of a sale and of a voided sale, and a sale recorded before them', async () => {
    const journal = await openJournal({ indexedDB: new IDBFactory(), IDBKeyRange });
    const takeovers = [{ from: { id: '3', name: 'Alex' }, to: { id: '2', name: 'Sam' }, at: '2026-06-15T08:58:00.000Z' }];
    const sale = await journal.recordSale({ ...kataSale, operator: { id: '2', name: 'Sam' }, takeovers });
    const voided = await journal.recordEvent({ kind: 'void', id: 'void-1', saleId: 'sale-9', items: 1, total: 50, tendered: 0, at: '2026-06-15T09:00:00.000Z', storeName: 'Kata', currency: 'GBP', takeovers });
    journal.close();
    expect(sale.takeovers).toEqual(takeovers);
    expect(voided).toMatchObject({ kind: 'void', takeovers });
    for (const entry of [sale, voided]) expect(parseJournalEntry(JSON.parse(JSON.stringify(entry)))).toEqual({ ok: true, entry });
    const json = JSON.parse(JSON.stringify(sale)) as Record<string, unknown>;
    expect(parseJournalEntry({ ...json, takeovers: [{ ...takeovers[0], to: { id: '2' } }] })).toMatchObject({ ok: false, problems: [{ path: '$.takeovers[0].to.name' }] });
    expect(parseJournalEntry({ ...json, takeovers: [{ ...takeovers[0], at: 'at ten' }] })).toMatchObject({ ok: false, problems: [{ path: '$.takeovers[0].at' }] });
    const { takeovers: _none, ...before } = json;
    expect(parseJournalEntry(before).ok).toBe(true);
  });

  it('reads a sale\'s lines voided after a tender, and a sale recorded before them', async () => {
    const journal = await openJournal({ indexedDB: new IDBFactory(), IDBKeyRange });
    const lineVoids = [{ sku: 'B', name: 'B', quantity: 2, amount: 60, approver: { id: '2', name: 'Sam' }, at: '2026-06-15T08:59:00.000Z' }];
    const sale = await journal.recordSale({ ...kataSale, lineVoids });
    const before = await journal.recordSale({ ...kataSale, id: 'sale-2' });
    journal.close();
    expect(parseJournalEntry(JSON.parse(JSON.stringify(sale)))).toEqual({ ok: true, entry: sale });
    expect(parseJournalEntry(JSON.parse(JSON.stringify(before)))).toEqual({ ok: true, entry: before });
    expect('lineVoids' in before).toBe(false);
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(sale)), lineVoids: [{ ...lineVoids[0], amount: -1 }] })).toMatchObject({ ok: false, problems: [{ path: '$.lineVoids[0].amount' }] });
    expect(parseJournalEntry({ ...JSON.parse(JSON.stringify(sale)), lineVoids: [{ ...lineVoids[0], reason: 'x' }] })).toMatchObject({ ok: false, problems: [{ path: '$.lineVoids[0]' }] });
  });
});
