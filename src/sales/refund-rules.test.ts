import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RefundEntry, SaleEntry, SaleLine } from './journal-entry';
import { planRefund, refundAmount, unitAmounts } from './refund-rules';

const line = (quantity: number, paid: number, over: Partial<SaleLine> = {}): SaleLine =>
  ({ index: 0, sku: 'A', name: 'A', unit: 'each', quantity, unitPrice: 50, price: 50 * quantity, paid, ...over }) as unknown as SaleLine;

const saleOf = (...lines: SaleLine[]): SaleEntry =>
  ({
    kind: 'sale', id: 's1', tillId: 't', receiptNumber: 1, at: '2026-06-15T10:00:00.000Z', currency: 'GBP', storeName: 'Shop', book: { id: 'kata' },
    items: [], lines: lines.map((l, index) => ({ ...l, index })), discounts: [], tenders: [{ kind: 'card', amount: lines.reduce((s, l) => s + l.paid, 0) }],
    change: 0, subtotal: 0, savings: 0, total: lines.reduce((s, l) => s + l.paid, 0),
  }) as unknown as SaleEntry;

let refundId = 0;
const refundOf = (lines: RefundEntry['lines']): RefundEntry => ({
  kind: 'refund', id: `r${refundId++}`, tillId: 't', receiptNumber: 2, at: '2026-06-15T11:00:00.000Z', currency: 'GBP', storeName: 'Shop', saleId: 's1', saleReceiptNumber: 1,
  lines, tenders: [], total: lines.reduce((s, l) => s + l.amount, 0),
});

describe('what each unit paid', () => {
  it.each<[string, SaleLine, number[]]>([
    ['splits evenly when it divides', line(4, 180), [45, 45, 45, 45]],
    ['puts the leftover penny on the unit given back last', line(3, 130), [43, 43, 44]],
    ['puts leftover pennies on the last units, one each', line(3, 100), [33, 33, 34]],
    ['gives units under a penny nothing before the others', line(3, 2), [0, 1, 1]],
    ['splits five pence over four units', line(4, 5), [1, 1, 1, 2]],
    ['is zero for a line that paid nothing', line(2, 0), [0, 0]],
    ['is one amount for a weighed line, given back whole', line(1, 123, { unit: 'kg', grams: 500 }), [123]],
  ])('%s', (_fact, l, amounts) => {
    expect(unitAmounts(l)).toEqual(amounts);
  });

  it.each<[string, SaleLine, number, number, number]>([
    ['2 of 3 units of 3 for 1.30 give back 86', line(3, 130), 0, 2, 86],
    ['the last of those 3 gives back 44', line(3, 130), 2, 1, 44],
    ['1 of 3 units paid 100 gives back 33', line(3, 100), 0, 1, 33],
    ['the other 2 give back 67', line(3, 100), 1, 2, 67],
  ])('%s', (_fact, l, already, quantity, amount) => {
    expect(refundAmount(l, already, quantity)).toBe(amount);
  });
});

describe('planning a refund', () => {
  it('gives back 2 of 3 units at what they paid, recording the units', () => {
    expect(planRefund(saleOf(line(3, 130)), [], [{ line: 0, quantity: 2 }])).toEqual({ ok: true, lines: [{ line: 0, sku: 'A', name: 'A', quantity: 2, amount: 86 }], total: 86 });
  });

  it('gives back what is left after an earlier partial refund', () => {
    const earlier = [refundOf([{ line: 0, sku: 'A', name: 'A', quantity: 2, amount: 86 }])];
    expect(planRefund(saleOf(line(3, 130)), earlier, [{ line: 0, quantity: 1 }])).toMatchObject({ ok: true, total: 44 });
  });

  it.each<[string, SaleEntry, RefundEntry[], { line: number; quantity: number }[], string]>([
    ['no units', saleOf(line(3, 130)), [], [{ line: 0, quantity: 0 }], 'A (line 1): choose from 1 to 3 units to refund'],
    ['more units than the line has', saleOf(line(3, 130)), [], [{ line: 0, quantity: 4 }], 'A (line 1): choose from 1 to 3 units to refund'],
    ['a fraction of a unit', saleOf(line(3, 130)), [], [{ line: 0, quantity: 1.5 }], 'A (line 1): choose from 1 to 3 units to refund'],
    ['part of a weighed line', saleOf(line(1, 123, { unit: 'kg', grams: 500 })), [], [{ line: 0, quantity: 2 }], 'A (line 1): choose from 1 to 1 unit to refund'],
    ['units already given back', saleOf(line(3, 130)), [refundOf([{ line: 0, sku: 'A', name: 'A', quantity: 2, amount: 86 }])], [{ line: 0, quantity: 2 }], 'A (line 1): choose from 1 to 1 unit to refund'],
    ['every unit already given back', saleOf(line(3, 130)), [refundOf([{ line: 0, sku: 'A', name: 'A', quantity: 3, amount: 130 }])], [{ line: 0, quantity: 1 }], 'A (line 1) was already refunded'],
    ['the same line twice', saleOf(line(3, 130)), [], [{ line: 0, quantity: 1 }, { line: 0, quantity: 1 }], 'A (line 1) is chosen twice'],
    [
      'more than an altered journal left to give back',
      saleOf(line(4, 180)),
      [refundOf([{ line: 0, sku: 'A', name: 'A', quantity: 1, amount: 170 }])],
      [{ line: 0, quantity: 3 }],
      'A (line 1): earlier refunds already gave back more than what is left to refund',
    ],
  ])('refuses %s', (_fact, sale, earlier, choices, message) => {
    expect(planRefund(sale, earlier, choices)).toEqual({ ok: false, message });
  });
});

describe('properties', () => {
  /** A line, and the units given back by each refund in turn (together at most the line's units). */
  const refundsOfALine = fc
    .record({ quantity: fc.integer({ min: 1, max: 60 }), paid: fc.integer({ min: 0, max: 100_000 }) })
    .chain(({ quantity, paid }) => fc.tuple(fc.constant(line(quantity, paid)), fc.array(fc.integer({ min: 1, max: quantity }), { maxLength: quantity })));

  /** Plays the refunds in turn, as the journal does, each against the ones before; stops when one is refused. */
  const play = (l: SaleLine, takes: readonly number[]) => {
    const sale = saleOf(l);
    const done: RefundEntry[] = [];
    for (const quantity of takes) {
      const plan = planRefund(sale, done, [{ line: 0, quantity }]);
      if (!plan.ok) break;
      done.push(refundOf(plan.lines));
    }
    return done;
  };

  it('partial refunds never give back more than the line paid, nor a unit twice', () => {
    fc.assert(
      fc.property(refundsOfALine, ([l, takes]) => {
        const done = play(l, takes);
        expect(done.reduce((s, r) => s + r.total, 0)).toBeLessThanOrEqual(l.paid);
        expect(done.reduce((s, r) => s + r.lines[0]!.quantity, 0)).toBeLessThanOrEqual(l.quantity);
      }),
    );
  });

  it('giving back every unit, in any steps, returns exactly what the line paid', () => {
    fc.assert(
      fc.property(refundsOfALine, ([l, takes]) => {
        const done = play(l, [...takes, l.quantity]);
        const units = done.reduce((s, r) => s + r.lines[0]!.quantity, 0);
        const rest = l.quantity - units;
        const last = rest > 0 ? planRefund(saleOf(l), done, [{ line: 0, quantity: rest }]) : { ok: true as const, total: 0 };
        expect(last.ok).toBe(true);
        expect(done.reduce((s, r) => s + r.total, 0) + (last.ok ? last.total : 0)).toBe(l.paid);
      }),
    );
  });

  it('the first units given back never return more than their even share of what the line paid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 100_000 }), fc.nat(), (quantity, paid, seed) => {
        const k = 1 + (seed % quantity);
        expect(refundAmount(line(quantity, paid), 0, k) * quantity).toBeLessThanOrEqual(paid * k);
      }),
    );
  });
});
