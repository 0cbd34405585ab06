import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalTender, RefundEntry, RefundTenderChoice, SaleEntry } from './journal-entry';
import { planRefundTenders, type RefundTenderPlan } from './refund-tenders';

/** A sale of `total` paid with these tenders, `change` handed back in cash. */
const saleOf = (total: number, tenders: JournalTender[], change = 0): SaleEntry =>
  ({ kind: 'sale', id: 's1', tillId: 't', receiptNumber: 1, at: '', currency: 'GBP', storeName: '', book: { id: 'b' }, items: [], lines: [], discounts: [], tenders, change, subtotal: total, savings: 0, total }) as unknown as SaleEntry;

const earlierBack = (tenders: JournalTender[]): RefundEntry =>
  ({ kind: 'refund', id: 'r', tillId: 't', receiptNumber: 2, at: '', currency: 'GBP', storeName: '', saleId: 's1', saleReceiptNumber: 1, lines: [], tenders, total: tenders.reduce((s, t) => s + t.amount, 0) }) as RefundEntry;

const card = (amount: number): JournalTender => ({ kind: 'card', amount });
const cash = (amount: number): JournalTender => ({ kind: 'cash', amount });

describe('where a refund goes back', () => {
  it.each<[string, SaleEntry, RefundEntry[], number, RefundTenderChoice, boolean, RefundTenderPlan]>([
    ['a card sale: to the card', saleOf(210, [card(210)]), [], 30, 'as-paid', false, { ok: true, tenders: [card(30)] }],
    ['a cash sale: in cash', saleOf(210, [cash(500)], 290), [], 30, 'as-paid', false, { ok: true, tenders: [cash(30)] }],
    ['a split sale: card first, up to what the card paid', saleOf(210, [card(100), cash(200)], 90), [], 150, 'as-paid', false, { ok: true, tenders: [card(100), cash(50)] }],
    ['a split sale within the card part: all to the card', saleOf(210, [card(100), cash(200)], 90), [], 60, 'as-paid', false, { ok: true, tenders: [card(60)] }],
    ['after 80 went back to the card: 20 more to it at most', saleOf(210, [card(100), cash(200)], 90), [earlierBack([card(80)])], 50, 'as-paid', false, { ok: true, tenders: [card(20), cash(30)] }],
    ['cash for a card sale, unconfirmed: refused', saleOf(210, [card(210)]), [], 30, 'cash', false, { ok: false, message: 'Giving cash back for a card payment must be confirmed' }],
    ['cash for a card sale, confirmed: cross-tender', saleOf(210, [card(210)]), [], 30, 'cash', true, { ok: true, tenders: [cash(30)], crossTender: { from: 'card', to: 'cash', amount: 30 } }],
    ['cash for a split sale: only the card part is cross-tender', saleOf(210, [card(40), cash(170)]), [], 100, 'cash', true, { ok: true, tenders: [cash(100)], crossTender: { from: 'card', to: 'cash', amount: 40 } }],
    ['cash for a cash sale: no confirmation needed', saleOf(210, [cash(210)]), [], 30, 'cash', false, { ok: true, tenders: [cash(30)] }],
    ['nothing to give back: no tender', saleOf(210, [card(210)]), [], 0, 'as-paid', false, { ok: true, tenders: [] }],
  ])('%s', (_fact, sale, earlier, amount, choice, confirmed, plan) => {
    expect(planRefundTenders(sale, earlier, amount, choice, confirmed)).toEqual(plan);
  });
});

describe('properties', () => {
  /** A sale of card and cash parts, and refunds in turn (amount, tender choice) that together give back at most the total. */
  const scenario = fc.record({
    cardPaid: fc.integer({ min: 0, max: 10_000 }),
    cashPaid: fc.integer({ min: 0, max: 10_000 }),
    refunds: fc.array(fc.record({ share: fc.integer({ min: 0, max: 100 }), choice: fc.constantFrom<RefundTenderChoice>('as-paid', 'cash') }), { maxLength: 8 }),
  });

  it('never put more back on the card than it paid; each refund’s tenders sum to its amount; cross-tender only when cash replaced card', () => {
    fc.assert(
      fc.property(scenario, ({ cardPaid, cashPaid, refunds }) => {
        const total = cardPaid + cashPaid;
        const sale = saleOf(total, [...(cardPaid > 0 ? [card(cardPaid)] : []), ...(cashPaid > 0 ? [cash(cashPaid)] : [])]);
        const done: RefundEntry[] = [];
        let left = total;
        for (const { share, choice } of refunds) {
          const amount = Math.floor((left * share) / 100);
          const plan = planRefundTenders(sale, done, amount, choice, true);
          if (!plan.ok) throw new Error(plan.message);
          expect(plan.tenders.reduce((s, t) => s + t.amount, 0)).toBe(amount);
          expect(plan.tenders.every((t) => t.amount > 0)).toBe(true);
          const wouldCard = planRefundTenders(sale, done, amount, 'as-paid');
          const cardPart = wouldCard.ok ? wouldCard.tenders.filter((t) => t.kind === 'card').reduce((s, t) => s + t.amount, 0) : 0;
          expect(plan.crossTender?.amount).toBe(choice === 'cash' && cardPart > 0 ? cardPart : undefined);
          done.push(earlierBack([...plan.tenders]));
          left -= amount;
        }
        const toCard = done.flatMap((r) => r.tenders).filter((t) => t.kind === 'card').reduce((s, t) => s + t.amount, 0);
        expect(toCard).toBeLessThanOrEqual(cardPaid);
      }),
    );
  });
});
