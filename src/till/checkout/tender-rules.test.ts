import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneyFormatter, type Receipt } from '../../pricing';
import {
  cashCaution,
  addTender,
  checkCompletion,
  completeSale,
  openCheckout,
  parseAmount,
  quickCashAmounts,
  removeTender,
  sanitizeCheckout,
  summarizeTenders,
  type CompletedSale,
  type Tender,
} from './tender-rules';

const format = moneyFormatter('GBP');
const cash = (amount: number, id = 1): Tender => ({ id, kind: 'cash', amount });
const card = (amount: number, id = 1): Tender => ({ id, kind: 'card', amount });

describe('change and what is owed', () => {
  it.each([
    ['nothing paid', 1340, [], { paid: 0, owed: 1340, change: 0, cardOverpaid: 0 }],
    ['a £20 note for £13.40', 1340, [cash(2000)], { paid: 2000, owed: 0, change: 660, cardOverpaid: 0 }],
    ['exact cash', 1340, [cash(1340)], { paid: 1340, owed: 0, change: 0, cardOverpaid: 0 }],
    ['£5 cash then card for the rest', 1340, [cash(500), card(840, 2)], { paid: 1340, owed: 0, change: 0, cardOverpaid: 0 }],
    ['card first, then a £10 note for the £3.40 left', 1340, [card(1000), cash(1000, 2)], { paid: 2000, owed: 0, change: 660, cardOverpaid: 0 }],
    ['part paid', 1340, [cash(1000)], { paid: 1000, owed: 340, change: 0, cardOverpaid: 0 }],
    ['a card left over after the total fell', 500, [cash(200), card(800, 2)], { paid: 1000, owed: 0, change: 200, cardOverpaid: 300 }],
  ])('%s', (_name, total, tenders, summary) => {
    expect(summarizeTenders(total, tenders)).toEqual(summary);
  });
});

describe('taking tenders', () => {
  it('takes cash above what is owed: that is what change is for', () => {
    expect(addTender(1340, [], cash(5000), format)).toEqual({ ok: true, tenders: [cash(5000)] });
  });

  it('takes a card for up to what is owed', () => {
    expect(addTender(1340, [cash(340)], card(1000, 2), format)).toEqual({ ok: true, tenders: [cash(340), card(1000, 2)] });
  });

  it.each([
    ['a card above what is owed', 1340, [cash(340)], card(1001, 2), "A card payment can't be more than the £10.00 owed (cards give no change)"],
    ['anything once nothing is owed', 1340, [cash(2000)], cash(100, 2), 'Nothing is owed: complete the sale'],
    ['zero', 1340, [], cash(0), 'Enter an amount above zero'],
    ['a fraction of a penny', 1340, [], cash(1.5), 'Enter an amount above zero'],
  ])('refuses %s', (_name, total, tenders, tender, message) => {
    expect(addTender(total, tenders, tender, format)).toEqual({ ok: false, message });
  });

  it('removes a tender taken by mistake', () => {
    expect(removeTender([cash(500, 1), card(840, 2)], 1)).toEqual([card(840, 2)]);
  });
});

describe('large cash', () => {
  it.each([
    ['takes £20 for £2.50 without asking', 250, 2000, undefined],
    ['takes exactly 20 × what is owed without asking', 250, 5000, undefined],
    ['asks before more than 20 × what is owed', 250, 5001, { reason: 'times-owed', owed: 250, times: 20 }],
    ['takes exactly £500 without asking', 45_000, 50_000, undefined],
    ['asks before more than £500 whatever is owed', 45_000, 50_001, { reason: 'over-limit', limit: 50_000 }],
    ['asks before £600 for £12.50', 1250, 60_000, { reason: 'over-limit', limit: 50_000 }],
  ])('%s', (_fact, owed, amount, caution) => {
    expect(cashCaution(owed, amount)).toEqual(caution);
  });
});

describe('quick cash', () => {
  it.each([
    [1340, [1340, 1500, 2000, 5000]],
    [2964, [2964, 3000, 4000, 5000]],
    [115, [115, 500, 1000, 2000]],
    [2000, [2000, 5000]],
    [6340, [6340, 6500, 7000, 8000]],
    [0, []],
  ])('offers exact and the next round notes for %i', (owed, amounts) => {
    expect(quickCashAmounts(owed, 2)).toEqual(amounts);
  });
});

describe('typed amounts', () => {
  it.each<[string, number | undefined]>([
    ['20', 2000],
    ['4.5', 450],
    ['13.40', 1340],
    ['0.29', 29],
    ['  7 ', 700],
    ['3,50', 350],
    ['1.234', undefined],
    ['', undefined],
    ['£5', undefined],
    ['-5', undefined],
  ])('reads "%s" as %s', (text, amount) => {
    expect(parseAmount(text, 2)).toBe(amount);
  });

  it('reads whole units in a currency without minor units', () => {
    expect(parseAmount('500', 0)).toBe(500);
    expect(parseAmount('5.5', 0)).toBeUndefined();
  });
});

describe('completing a sale', () => {
  it.each([
    ['an empty basket', 0, 0, [], 'The basket is empty: scan an item first'],
    ['money still owed', 1340, 2, [cash(1000)], '£3.40 is still owed'],
    ['a card over the total', 500, 1, [card(800)], 'Card payments are £3.00 over the total: remove a card payment'],
  ])('is refused with %s', (_name, total, lines, tenders, message) => {
    expect(checkCompletion(total, lines, tenders, format)).toEqual({ ok: false, message });
  });

  it('is allowed when nothing is owed, with the change due', () => {
    expect(checkCompletion(1340, 3, [cash(2000)], format)).toEqual({ ok: true, change: 660 });
  });

  it('is allowed for a zero total with no tenders', () => {
    expect(checkCompletion(0, 1, [], format)).toEqual({ ok: true, change: 0 });
  });

  const receipt = { lines: [], discounts: [], total: 1340 } as unknown as Receipt;
  const sale = (saleId: string, receiptNumber: number): CompletedSale => ({
    saleId,
    receiptNumber,
    completedAt: '2026-01-02T10:00:00.000Z',
    storeName: 'Shop',
    receipt,
    tenders: [cash(2000)],
    change: 660,
  });

  it('is idempotent: a second completion of the same sale changes nothing', () => {
    const once = completeSale(openCheckout('s1'), sale('s1', 7));
    expect(completeSale(once, sale('s1', 8))).toBe(once);
    expect(once.completed?.receiptNumber).toBe(7);
  });

  it('ignores a snapshot of another sale', () => {
    const checkout = openCheckout('s1');
    expect(completeSale(checkout, sale('s2', 1))).toBe(checkout);
  });

  it('reads a stored checkout back, completed sale and all', () => {
    const stored = JSON.parse(JSON.stringify(completeSale({ ...openCheckout('s1'), tenders: [cash(2000)], nextTenderId: 2 }, sale('s1', 3)))) as unknown;
    expect(sanitizeCheckout(stored, () => 'fresh')).toEqual(completeSale({ ...openCheckout('s1'), tenders: [cash(2000)], nextTenderId: 2 }, sale('s1', 3)));
  });

  it('starts a fresh sale from an unreadable stored checkout', () => {
    expect(sanitizeCheckout('junk', () => 'fresh')).toEqual(openCheckout('fresh'));
  });
});

describe('properties', () => {
  const tender = fc.record({ id: fc.nat(), kind: fc.constantFrom<'cash' | 'card'>('cash', 'card'), amount: fc.integer({ min: 1, max: 10_000 }) });

  it('only cash gives change, and paid always equals total less owed plus change plus card overpaid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.array(tender, { maxLength: 6 }), (total, tenders) => {
        const s = summarizeTenders(total, tenders);
        const cashPaid = tenders.filter((t) => t.kind === 'cash').reduce((a, t) => a + t.amount, 0);
        expect(s.change).toBeLessThanOrEqual(cashPaid);
        expect(s.paid).toBe(total - s.owed + s.change + s.cardOverpaid);
      }),
    );
  });

  it('tenders taken one by one never leave card money over the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.array(tender, { maxLength: 8 }), (total, attempts) => {
        const taken = attempts.reduce<readonly Tender[]>((tenders, t) => {
          const result = addTender(total, tenders, t, format);
          return result.ok ? result.tenders : tenders;
        }, []);
        expect(summarizeTenders(total, taken).cardOverpaid).toBe(0);
      }),
    );
  });
});
