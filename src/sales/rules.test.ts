import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journalCsv, journalRows, parseCsv, CSV_COLUMNS } from './export-rules';
import type { JournalEntry, RefundEntry, SaleEntry } from './journal-entry';
import { planRefund } from './refund-rules';
import { reportTotals, type OperatorTakings } from './report-rules';
import { NO_EVENTS } from './till-event-totals';

const sale = (receiptNumber: number, over: Partial<SaleEntry> = {}): SaleEntry => ({
  kind: 'sale',
  id: `sale-${receiptNumber}`,
  tillId: 'till-1',
  receiptNumber,
  at: `2026-06-15T10:0${receiptNumber}:00.000Z`,
  currency: 'GBP',
  storeName: 'Shop',
  book: { id: 'kata', version: 1 },
  items: [{ sku: 'A', quantity: 4 }, { sku: 'B' }],
  // 4 A: 200, less 20 from 3 A for 1.30 = 180 paid; B 30.
  lines: [
    { index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 4, unitPrice: 50, price: 200, paid: 180 },
    { index: 1, sku: 'B', name: 'B, "large"', unit: 'each', quantity: 1, unitPrice: 30, price: 30, paid: 30 },
  ] as unknown as SaleEntry['lines'],
  discounts: [{ offerId: 'A3', kind: 'multi-buy', label: '3 A for 1.30', saving: 20, lines: [0], units: [{ line: 0, share: 7 }, { line: 0, share: 7 }, { line: 0, share: 6 }] }] as unknown as SaleEntry['discounts'],
  tenders: [{ kind: 'cash', amount: 500 }],
  change: 290,
  subtotal: 230,
  savings: 20,
  total: 210,
  ...over,
});

const refund = (receiptNumber: number, of: SaleEntry, lines: number[], kind: 'cash' | 'card' = 'cash'): RefundEntry => {
  const plan = planRefund(of, [], lines.map((line) => ({ line, quantity: of.lines[line]!.quantity })));
  if (!plan.ok) throw new Error(plan.message);
  return { kind: 'refund', id: `refund-${receiptNumber}`, tillId: 'till-1', receiptNumber, at: '2026-06-15T11:00:00.000Z', currency: 'GBP', storeName: 'Shop', saleId: of.id, saleReceiptNumber: of.receiptNumber, lines: plan.lines, tenders: [{ kind, amount: plan.total }], total: plan.total };
};

describe('refunds', () => {
  it('give back what was paid for a discounted line, not its full price', () => {
    expect(planRefund(sale(1), [], [{ line: 0, quantity: 4 }])).toEqual({ ok: true, lines: [{ line: 0, sku: 'A', name: 'A', quantity: 4, amount: 180 }], total: 180 });
  });

  it('refund several lines at once', () => {
    expect(planRefund(sale(1), [], [{ line: 1, quantity: 1 }, { line: 0, quantity: 4 }])).toMatchObject({ ok: true, total: 210 });
  });

  it.each<[string, number[], RefundEntry[], string]>([
    ['nothing chosen', [], [], 'Choose at least one line to refund'],
    ['a line the sale does not have', [5], [], 'Receipt 000001 has no line 6'],
    ['a line already refunded', [0, 1], [refund(2, sale(1), [1])], 'B, "large" (line 2) was already refunded'],
  ])('refuse %s', (_fact, lines, earlier, message) => {
    expect(planRefund(sale(1), earlier, lines.map((line) => ({ line, quantity: 1 })))).toEqual({ ok: false, message });
  });
});

describe('report totals per operator (properties)', () => {
  it('the operators\' parts sum to the report\'s figures', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(undefined, '1', '2', '3'), fc.nat({ max: 1000 }), fc.boolean()), { maxLength: 12 }), (specs) => {
        const entries: JournalEntry[] = specs.map(([operator, amount, card], i) =>
          sale(i + 1, { total: amount, tenders: [{ kind: card ? 'card' : 'cash', amount }], change: 0, ...(operator === undefined ? {} : { operator: { id: operator, name: `Op ${operator}` } }) }),
        );
        const totals = reportTotals(entries);
        const parts = totals.byOperator ?? [];
        const sum = (pick: (part: OperatorTakings) => number) => parts.reduce((a, part) => a + pick(part), 0);
        expect([sum((p) => p.sales), sum((p) => p.net), sum((p) => p.takings.cash), sum((p) => p.takings.card)]).toEqual([totals.sales, totals.net, totals.takings.cash, totals.takings.card]);
        expect(new Set(parts.map((p) => p.operator?.id)).size).toBe(parts.length);
      }),
    );
  });
});

describe('report totals', () => {
  it('count sales and refunds, takings per tender net of change and refunds, discounts per offer, and the cash expected', () => {
    const first = sale(1);
    const second = sale(2, { tenders: [{ kind: 'card', amount: 210 }], change: 0 });
    const entries: JournalEntry[] = [first, second, refund(3, first, [0], 'cash')];
    // Cash: 500 − 290 change − 180 refunded = 30. Card: 210. Net: 420 − 180 = 240.
    const refunded = { ...NO_EVENTS, refunds: 1, refundedTotal: 180 };
    expect(reportTotals(entries)).toEqual({
      currencies: ['GBP'],
      sales: 2,
      refunds: 1,
      salesTotal: 420,
      refundsTotal: 180,
      net: 240,
      takings: { cash: 30, card: 210 },
      discounts: [{ offerId: 'A3', label: '3 A for 1.30', count: 2, saving: 40 }],
      taxes: [],
      openingFloat: 0,
      expectedCash: 30,
      byOperator: [{ operator: null, sales: 2, refunds: 1, net: 240, takings: { cash: 30, card: 210 } }],
      // The refund, given with nobody signed in, is counted beside the voids (none needed approving).
      events: { ...refunded, byOperator: [{ operator: null, ...refunded, approvals: [{ approver: null, ...refunded }] }] },
      firstReceipt: 1,
      lastReceipt: 3,
    });
  });

  it('split takings per operator: a refund counts against whoever gave it', () => {
    const alex = { id: '3', name: 'Alex' };
    const sam = { id: '2', name: 'Sam' };
    const first = sale(1, { operator: alex });
    const second = sale(2, { operator: sam, tenders: [{ kind: 'card', amount: 210 }], change: 0 });
    const given = { ...refund(3, first, [0], 'cash'), operator: sam, approver: sam };
    expect(reportTotals([first, second, given]).byOperator).toEqual([
      // Sam: card 210, cash −180 given back; net 210 − 180.
      { operator: sam, sales: 1, refunds: 1, net: 30, takings: { cash: -180, card: 210 } },
      { operator: alex, sales: 1, refunds: 0, net: 210, takings: { cash: 210, card: 0 } },
    ]);
  });

  it('add the opening float to the cash expected, and take cash given back for a card sale from the cash', () => {
    const cardSale = sale(2, { tenders: [{ kind: 'card', amount: 210 }], change: 0 });
    // 2 of the 4 A (paid 180: 45 each) given back in cash, confirmed.
    const crossed: RefundEntry = { ...refund(3, cardSale, [1]), lines: [{ line: 0, sku: 'A', name: 'A', quantity: 2, amount: 90 }], tenders: [{ kind: 'cash', amount: 90 }], crossTender: { from: 'card', to: 'cash', amount: 90 }, total: 90 };
    // Cash: 500 − 290 change − 90 = 120; card 210; expected 5000 float + 120 = 5120; net 420 − 90 = 330.
    expect(reportTotals([sale(1), cardSale, crossed], 5000)).toMatchObject({ takings: { cash: 120, card: 210 }, openingFloat: 5000, expectedCash: 5120, net: 330 });
    const rows = parseCsv(journalCsv([crossed])).slice(1);
    expect(rows).toEqual([['refund', 'refund-3', 'till-1', '3', '2026-06-15T11:00:00.000Z', '2', '', '', '1', 'A', 'A', '2', '', '', '-90', '-90', '-90', '0', '0', 'GBP', '90', '', '', '', '', '', '', '', '', '', '']]);
  });

  it('split a refund between card and cash in the CSV', () => {
    const split: RefundEntry = { ...refund(2, sale(1), [0]), tenders: [{ kind: 'card', amount: 100 }, { kind: 'cash', amount: 80 }] };
    expect(parseCsv(journalCsv([split]))[1]!.slice(15, 21)).toEqual(['-180', '-80', '-100', '0', 'GBP', '']);
  });

  it('are zero for an empty period', () => {
    expect(reportTotals([])).toMatchObject({ currencies: [], sales: 0, refunds: 0, net: 0, takings: { cash: 0, card: 0 }, discounts: [], firstReceipt: null });
  });

  it('name every currency met, so a period that mixes them can be shown as a problem', () => {
    const euros = { ...sale(2), currency: 'EUR' };
    expect(reportTotals([sale(1), euros, sale(3)]).currencies).toEqual(['GBP', 'EUR']);
  });
});

describe('CSV export', () => {
  it('writes one row per line, refunds negative, quoting what needs it', () => {
    const first = sale(1);
    const csv = journalCsv([first, refund(2, first, [1])]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['sale', 'sale-1', 'till-1', '1', first.at, '', 'kata', '1', '1', 'A', 'A', '4', '', '200', '180', '210', '500', '0', '290', 'GBP', '', '', '', '', '', '', '', '', '', '', ''],
      ['sale', 'sale-1', 'till-1', '1', first.at, '', 'kata', '1', '2', 'B', 'B, "large"', '1', '', '30', '30', '210', '500', '0', '290', 'GBP', '', '', '', '', '', '', '', '', '', '', ''],
      ['refund', 'refund-2', 'till-1', '2', '2026-06-15T11:00:00.000Z', '1', '', '', '2', 'B', 'B, "large"', '1', '', '', '-30', '-30', '-30', '0', '0', 'GBP', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(csv).toContain('"B, ""large"""');
  });

  it('names the operator and approver on every row, and writes a line voided after a tender as a row of no money', () => {
    const alex = { id: '3', name: 'Alex' };
    const sam = { id: '2', name: 'Sam' };
    const first = sale(1, { operator: alex, lineVoids: [{ sku: 'C', name: 'C', quantity: 2, amount: 60, approver: sam, at: '2026-06-15T10:00:30.000Z' }] });
    const noSale: JournalEntry = { kind: 'no-sale', id: 'n-2', tillId: 'till-1', receiptNumber: 2, at: '2026-06-15T10:05:00.000Z', currency: 'GBP', storeName: 'Shop', operator: alex, approver: sam };
    const rows = parseCsv(journalCsv([first, noSale])).slice(1);
    const staff = (row: string[]) => row.slice(CSV_COLUMNS.indexOf('operator_id'));
    expect(rows.map(staff)).toEqual([
      ['3', 'Alex', '', '', ''],
      ['3', 'Alex', '', '', ''],
      ['3', 'Alex', '2', 'Sam', 'line-void'],
      ['3', 'Alex', '2', 'Sam', 'no-sale'],
    ]);
    expect(rows[2]).toEqual(['line-void', 'sale-1', 'till-1', '1', first.at, '', 'kata', '1', '', 'C', 'C', '2', '', '60', '', '210', '', '', '', 'GBP', '', '', '', '', '', '', '3', 'Alex', '2', 'Sam', 'line-void']);
    expect(rows[3]!.slice(0, 11)).toEqual(['no-sale', 'n-2', 'till-1', '2', noSale.at, '', '', '', '', '', 'No sale']);
    // A line void moves no money: the line amounts still sum to the net.
    expect(rows.reduce((sum, row) => sum + Number(row[CSV_COLUMNS.indexOf('line_amount')]), 0)).toBe(reportTotals([first, noSale]).net);
  });

  it('writes each time a sale or a voided sale changed hands as a row of no money: when, from whom, to whom', () => {
    const alex = { id: '3', name: 'Alex' };
    const sam = { id: '2', name: 'Sam' };
    const at = '2026-06-15T10:00:10.000Z';
    const first = sale(1, { operator: sam, takeovers: [{ from: alex, to: sam, at }] });
    const voided: JournalEntry = { kind: 'void', id: 'v-2', tillId: 'till-1', receiptNumber: 2, at: '2026-06-15T10:05:00.000Z', currency: 'GBP', storeName: 'Shop', saleId: 's-9', items: 1, total: 50, tendered: 0, operator: sam, takeovers: [{ from: alex, to: sam, at }] };
    const rows = parseCsv(journalCsv([first, voided])).slice(1);
    expect(rows.map((row) => row[0])).toEqual(['sale', 'sale', 'takeover', 'void', 'takeover']);
    expect(rows[2]).toEqual(['takeover', 'sale-1', 'till-1', '1', at, '', 'kata', '1', '', '', 'Taken over', '', '', '', '', '', '', '', '', 'GBP', '', '', '', '', '', '', '3', 'Alex', '2', 'Sam', 'takeover']);
    expect(rows[4]).toEqual(['takeover', 'v-2', 'till-1', '2', at, '', '', '', '', '', 'Taken over', '', '', '', '', '', '', '', '', 'GBP', '', '', '', '', '', '', '3', 'Alex', '2', 'Sam', 'takeover']);
    expect(rows.reduce((sum, row) => sum + Number(row[CSV_COLUMNS.indexOf('line_amount')]), 0)).toBe(reportTotals([first, voided]).net);
  });

  it('says what a refund’s approver approved: a cash refund of a card payment, or a refund', () => {
    const sam = { id: '2', name: 'Sam' };
    const first = sale(1);
    const crossed: JournalEntry = { ...refund(2, first, [0], 'cash'), approver: sam, approval: 'cash-refund-of-card' };
    const plain: JournalEntry = { ...refund(3, first, [1], 'cash'), approver: sam };
    const approval = (row: string[]) => row[CSV_COLUMNS.indexOf('approval')];
    const rows = parseCsv(journalCsv([crossed, plain])).slice(1);
    expect(rows.map((row) => `${row[0]} ${approval(row)}`)).toEqual(['refund cash-refund-of-card', 'refund refund']);
  });

  it('round-trips any fields through parseCsv', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',') + '\r\n').join('');
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });

  it('sums line amounts to the period net', () => {
    const first = sale(1);
    const entries = [first, sale(2), refund(3, first, [0])];
    const amounts = journalRows(entries).map((row) => Number(row[CSV_COLUMNS.indexOf('line_amount')]));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(reportTotals(entries).net);
  });
});
