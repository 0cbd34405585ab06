import type { CrossTender, JournalTender, RefundEntry, RefundTenderChoice, SaleEntry, TenderKind } from './journal-entry';

/** Money per tender, in minor units. */
export type PerTender = Readonly<Record<TenderKind, number>>;

/** What a sale kept per tender: card as taken, cash as handed over less the change. */
export function paidByTender(sale: SaleEntry): PerTender {
  const paid = { cash: -sale.change, card: 0 };
  for (const tender of sale.tenders) paid[tender.kind] += tender.amount;
  return paid;
}

/** What refunds gave back per tender. */
export function givenBackByTender(refunds: readonly RefundEntry[]): PerTender {
  const back = { cash: 0, card: 0 };
  for (const refund of refunds) for (const tender of refund.tenders) back[tender.kind] += tender.amount;
  return back;
}

/** How a refund's money goes back, or why not. */
export type RefundTenderPlan =
  | { readonly ok: true; readonly tenders: readonly JournalTender[]; readonly crossTender?: CrossTender }
  | { readonly ok: false; readonly message: string };

/**
 * The default split of a refund: back to card first, up to what the sale took by card less what
 * earlier refunds already put back on the card, and the rest in cash. Card first because money
 * back on the card it came from is traced to the customer, and keeps the drawer's cash for change;
 * the cap means the card never gets back more than it paid.
 */
export function asPaid(sale: SaleEntry, earlier: readonly RefundEntry[], amount: number): PerTender {
  const cardLeft = Math.max(0, paidByTender(sale).card - givenBackByTender(earlier).card);
  const card = Math.min(amount, cardLeft);
  return { card, cash: amount - card };
}

const tendersOf = (split: PerTender): JournalTender[] =>
  (['card', 'cash'] as const).filter((kind) => split[kind] > 0).map((kind) => ({ kind, amount: split[kind] }));

/**
 * How `amount` goes back for a sale, given its earlier refunds. `as-paid` follows `asPaid`.
 * `cash` gives it all in cash: when part of it would have gone back to a card, that part is a
 * cross-tender refund, refused unless the cashier confirmed it, and recorded as such.
 */
export function planRefundTenders(sale: SaleEntry, earlier: readonly RefundEntry[], amount: number, choice: RefundTenderChoice, confirmed = false): RefundTenderPlan {
  const split = asPaid(sale, earlier, amount);
  if (choice === 'as-paid' || split.card === 0) return { ok: true, tenders: tendersOf(split) };
  if (!confirmed) return { ok: false, message: 'Giving cash back for a card payment must be confirmed' };
  return { ok: true, tenders: tendersOf({ card: 0, cash: amount }), crossTender: { from: 'card', to: 'cash', amount: split.card } };
}
