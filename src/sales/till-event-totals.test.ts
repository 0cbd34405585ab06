import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry, NoSaleEntry, RefundEntry, SaleEntry, StaffRef, VoidEntry } from './journal-entry';
import { reportTotals } from './report-rules';
import { completeEvents, EVENT_KEYS, NO_EVENTS, tillEventTotals, type EventCounts } from './till-event-totals';

const alex: StaffRef = { id: '3', name: 'Alex' };
const sam: StaffRef = { id: '2', name: 'Sam' };
const morgan: StaffRef = { id: '1', name: 'Morgan' };

const base = (receiptNumber: number) => ({ id: `e-${receiptNumber}`, tillId: 't', receiptNumber, at: '2026-12-07T10:00:00.000Z', currency: 'GBP', storeName: 'Shop' });
const noSale = (n: number, operator?: StaffRef, approver?: StaffRef): NoSaleEntry => ({ ...base(n), kind: 'no-sale', ...(operator && { operator }), ...(approver && { approver }) });
const voided = (n: number, total: number, operator?: StaffRef, approver?: StaffRef): VoidEntry => ({
  ...base(n),
  kind: 'void',
  saleId: `s-${n}`,
  items: 1,
  total,
  tendered: 0,
  ...(operator && { operator }),
  ...(approver && { approver }),
});
/** A cash sale of 80 whose lines voided after a tender came to `voids` (each approved by `approver`). */
const saleWith = (n: number, voids: readonly number[], operator?: StaffRef, approver?: StaffRef): SaleEntry => ({
  ...base(n),
  kind: 'sale',
  book: { id: 'kata' },
  items: [],
  lines: [],
  discounts: [],
  tenders: [{ kind: 'cash', amount: 80 }],
  change: 0,
  subtotal: 80,
  savings: 0,
  total: 80,
  ...(operator && { operator }),
  ...(voids.length > 0 && { lineVoids: voids.map((amount) => ({ sku: 'B', name: 'B', quantity: 1, amount, at: '2026-12-07T09:59:00.000Z', ...(approver && { approver }) })) }),
});
/** A refund of `total` (of a sale of 80), `cash` of it card money given back as cash; approved by `approver` for what it was. */
const refund = (n: number, total: number, cash: number, operator?: StaffRef, approver?: StaffRef): RefundEntry => ({
  ...base(n),
  kind: 'refund',
  saleId: 's-1',
  saleReceiptNumber: 1,
  lines: [{ line: 0, sku: 'A', name: 'A', quantity: 1, amount: total }],
  tenders: [{ kind: 'cash', amount: total }],
  ...(cash > 0 && { crossTender: { from: 'card', to: 'cash', amount: cash } }),
  total,
  ...(operator && { operator }),
  ...(approver && { approver, approval: cash > 0 ? 'cash-refund-of-card' : 'refund' }),
});
const counts = (voids: number, voidedTotal: number, noSales: number, lineVoids: number, lineVoidedTotal: number, refunds = 0, refundedTotal = 0, cashRefundsOfCard = 0, cashRefundOfCardTotal = 0, takeovers = 0): EventCounts => ({
  voids,
  voidedTotal,
  noSales,
  lineVoids,
  lineVoidedTotal,
  refunds,
  refundedTotal,
  cashRefundsOfCard,
  cashRefundOfCardTotal,
  takeovers,
});

describe('voided sales, No sales, line voids and refunds in a report', () => {
  it('counts them per operator, with who approved, and leaves the takings alone', () => {
    const entries: JournalEntry[] = [
      noSale(1, alex, sam),
      voided(2, 210, alex, sam),
      saleWith(3, [30, 50], alex, sam),
      noSale(4, sam),
      voided(5, 120, alex, morgan),
      saleWith(6, [], sam),
      noSale(7),
    ];
    const events = tillEventTotals(entries);
    expect(events).toEqual({
      ...counts(2, 330, 3, 2, 80),
      byOperator: [
        // Sam's own No sale needed no approver.
        { operator: sam, ...counts(0, 0, 1, 0, 0), approvals: [{ approver: null, ...counts(0, 0, 1, 0, 0) }] },
        {
          operator: alex,
          ...counts(2, 330, 1, 2, 80),
          approvals: [
            { approver: morgan, ...counts(1, 120, 0, 0, 0) },
            { approver: sam, ...counts(1, 210, 1, 2, 80) },
          ],
        },
        // Recorded before sign-in: nobody to name.
        { operator: null, ...counts(0, 0, 1, 0, 0), approvals: [{ approver: null, ...counts(0, 0, 1, 0, 0) }] },
      ],
    });
    const totals = reportTotals(entries);
    expect(totals.events).toEqual(events);
    // Two sales of 80 in cash: the events take nothing from them.
    expect(totals).toMatchObject({ sales: 2, salesTotal: 160, net: 160, takings: { cash: 160, card: 0 } });
  });

  it('counts refunds per operator with who approved them, cash refunds of card payments among them', () => {
    const entries: JournalEntry[] = [saleWith(1, [], alex), refund(2, 50, 0, alex, sam), refund(3, 80, 80, alex, morgan), refund(4, 30, 20, sam), refund(5, 10, 0)];
    const events = tillEventTotals(entries);
    expect(events).toEqual({
      ...counts(0, 0, 0, 0, 0, 4, 170, 2, 100),
      byOperator: [
        // Sam's own refund needed no approver, cash for a card payment included.
        { operator: sam, ...counts(0, 0, 0, 0, 0, 1, 30, 1, 20), approvals: [{ approver: null, ...counts(0, 0, 0, 0, 0, 1, 30, 1, 20) }] },
        {
          operator: alex,
          ...counts(0, 0, 0, 0, 0, 2, 130, 1, 80),
          approvals: [
            { approver: morgan, ...counts(0, 0, 0, 0, 0, 1, 80, 1, 80) },
            { approver: sam, ...counts(0, 0, 0, 0, 0, 1, 50, 0, 0) },
          ],
        },
        { operator: null, ...counts(0, 0, 0, 0, 0, 1, 10, 0, 0), approvals: [{ approver: null, ...counts(0, 0, 0, 0, 0, 1, 10, 0, 0) }] },
      ],
    });
    // The refunds' money is in the takings once, as before: 80 taken, 170 given back in cash.
    expect(reportTotals(entries)).toMatchObject({ refunds: 4, refundsTotal: 170, takings: { cash: -90, card: 0 } });
  });

  it('counts a sale taken over against whoever it was taken from, with who took it over, whether completed or voided', () => {
    const takeover = (from: StaffRef, to: StaffRef) => ({ from, to, at: '2026-12-07T09:58:00.000Z' });
    const entries: JournalEntry[] = [
      // Taken over from Alex by Sam, who voided a line after payment and completed it.
      { ...saleWith(1, [30], sam), takeovers: [takeover(alex, sam)] },
      // Taken over from Alex by Morgan, then by Sam, who voided it with nobody's approval needed.
      { ...voided(2, 120, sam), takeovers: [takeover(alex, morgan), takeover(morgan, sam)] },
    ];
    const taken = counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    expect(tillEventTotals(entries)).toEqual({
      ...counts(1, 120, 0, 1, 30, 0, 0, 0, 0, 3),
      byOperator: [
        { operator: morgan, ...taken, approvals: [{ approver: sam, ...taken }] },
        { operator: sam, ...counts(1, 120, 0, 1, 30), approvals: [{ approver: null, ...counts(1, 120, 0, 1, 30) }] },
        {
          operator: alex,
          ...counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 2),
          approvals: [
            { approver: morgan, ...taken },
            { approver: sam, ...taken },
          ],
        },
      ],
    });
  });

  it('reads a Z report stored before refunds were counted with none', () => {
    const old = { voids: 1, voidedTotal: 210, noSales: 0, lineVoids: 0, lineVoidedTotal: 0 };
    const stored = { ...old, byOperator: [{ operator: alex, ...old, approvals: [{ approver: sam, ...old }] }] } as unknown as Parameters<typeof completeEvents>[0];
    const voidOnly = counts(1, 210, 0, 0, 0);
    expect(completeEvents(stored)).toEqual({ ...voidOnly, byOperator: [{ operator: alex, ...voidOnly, approvals: [{ approver: sam, ...voidOnly }] }] });
  });

  it('are all zero for a period without any', () => {
    expect(tillEventTotals([saleWith(1, [])])).toEqual({ ...NO_EVENTS, byOperator: [] });
  });

  describe('properties', () => {
    const who = fc.constantFrom(undefined, alex, sam, morgan);
    const staff = fc.constantFrom(alex, sam, morgan);
    const entry = fc.oneof(
      fc.tuple(who, who).map(([o, a]) => (n: number): JournalEntry => noSale(n, o, a)),
      fc.tuple(fc.nat({ max: 999 }), who, who).map(([t, o, a]) => (n: number): JournalEntry => voided(n, t, o, a)),
      fc.tuple(fc.array(fc.nat({ max: 999 }), { maxLength: 3 }), who, who).map(([v, o, a]) => (n: number): JournalEntry => saleWith(n, v, o, a)),
      fc.tuple(fc.nat({ max: 80 }), fc.nat({ max: 80 }), who, who).map(([t, c, o, a]) => (n: number): JournalEntry => refund(n, t, Math.min(t, c), o, a)),
      fc.tuple(fc.array(fc.tuple(staff, staff), { maxLength: 2 }), who).map(([handed, o]) => (n: number): JournalEntry => ({
        ...saleWith(n, [], o),
        takeovers: handed.map(([from, to]) => ({ from, to, at: '2026-12-07T09:58:00.000Z' })),
      })),
    );
    it('the operators\' parts, and each operator\'s approvers, sum to the counts; the takings are the sales\' less the refunds\'', () => {
      fc.assert(
        fc.property(fc.array(entry, { maxLength: 15 }), (makers) => {
          const entries = makers.map((make, i) => make(i + 1));
          const events = tillEventTotals(entries);
          for (const key of EVENT_KEYS) {
            expect(events.byOperator.reduce((s, p) => s + p[key], 0)).toBe(events[key]);
            for (const part of events.byOperator) expect(part.approvals.reduce((s, a) => s + a[key], 0)).toBe(part[key]);
          }
          const sales = entries.filter((e) => e.kind === 'sale').length;
          const refunded = entries.reduce((sum, e) => sum + (e.kind === 'refund' ? e.total : 0), 0);
          expect(events.refundedTotal).toBe(refunded);
          expect(reportTotals(entries).takings).toEqual({ cash: 80 * sales - refunded, card: 0 });
        }),
      );
    });
  });
});
