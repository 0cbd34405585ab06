import type { JournalEntry, StaffRef } from './journal-entry';

/**
 * Counts of what needs a supervisor: voided sales, No sales and lines voided after a tender (which
 * move no money), and refunds (whose money is in the takings already; counted here for who approved).
 */
export interface EventCounts {
  /** Sales voided whole. */
  readonly voids: number;
  /** What the voided sales came to, in minor units. */
  readonly voidedTotal: number;
  /** Times the drawer was opened with no sale. */
  readonly noSales: number;
  /** Lines voided once money was in (on sales that completed). */
  readonly lineVoids: number;
  /** What those lines came to, in minor units. */
  readonly lineVoidedTotal: number;
  /** Refunds given (each approved on the spot, or by a supervisor's or manager's own role). */
  readonly refunds: number;
  /** What they gave back, in minor units. */
  readonly refundedTotal: number;
  /** Refunds that gave cash for money the sale took by card (a supervisor's action of its own). */
  readonly cashRefundsOfCard: number;
  /** The card money given back as cash, in minor units (the refunds' `crossTender` amounts). */
  readonly cashRefundOfCardTotal: number;
  /**
   * Sales taken over at the lock screen (completed or voided since): counted against the operator
   * they were taken from, with whoever took them over as the approver.
   */
  readonly takeovers: number;
}

/** Every count, in the order a report lists them. */
export const EVENT_KEYS = [
  'voids',
  'voidedTotal',
  'noSales',
  'lineVoids',
  'lineVoidedTotal',
  'refunds',
  'refundedTotal',
  'cashRefundsOfCard',
  'cashRefundOfCardTotal',
  'takeovers',
] as const satisfies readonly (keyof EventCounts)[];

/** One approver's part of an operator's events: null when none was needed (the operator's own role allowed it). */
export type ApproverEvents = EventCounts & { readonly approver: StaffRef | null };

/** One operator's events over a period, and who approved them. */
export type OperatorEvents = EventCounts & {
  /** The operator; null for entries recorded before sign-in existed. */
  readonly operator: StaffRef | null;
  /** Per approver, in approver id order, none needed last; they sum to the operator's counts. */
  readonly approvals: readonly ApproverEvents[];
};

/** A period's events: the counts, and per operator (in operator id order, none recorded last) with who approved. */
export type TillEventTotals = EventCounts & { readonly byOperator: readonly OperatorEvents[] };

type Keyed = Record<(typeof EVENT_KEYS)[number], number>;
const countsBy = (count: (key: (typeof EVENT_KEYS)[number]) => number): EventCounts => Object.fromEntries(EVENT_KEYS.map((key) => [key, count(key)])) as Keyed;

/** No events: every count zero. */
export const NO_EVENTS: EventCounts = countsBy(() => 0);

const NONE = NO_EVENTS;
const plus = (a: EventCounts, b: EventCounts): EventCounts => countsBy((key) => a[key] + b[key]);

/** One event as counts, with the approver it was approved by, and whose it is when not the entry's operator's. */
interface Counted {
  readonly counts: EventCounts;
  readonly approver: StaffRef | undefined;
  readonly operator?: StaffRef;
}

/**
 * The events an entry holds: a void, No sale or refund is one; a sale holds its line voids (each
 * with its own approver); a sale or a void holds its takeovers (each the operator's it was taken from).
 */
function eventsOf(entry: JournalEntry): Counted[] {
  const takeovers = entry.kind === 'sale' || entry.kind === 'void' ? (entry.takeovers ?? []).map((t): Counted => ({ counts: { ...NONE, takeovers: 1 }, approver: t.to, operator: t.from })) : [];
  if (entry.kind === 'void') return [{ counts: { ...NONE, voids: 1, voidedTotal: entry.total }, approver: entry.approver }, ...takeovers];
  if (entry.kind === 'no-sale') return [{ counts: { ...NONE, noSales: 1 }, approver: entry.approver }];
  if (entry.kind === 'sale') return [...(entry.lineVoids ?? []).map((v) => ({ counts: { ...NONE, lineVoids: 1, lineVoidedTotal: v.amount }, approver: v.approver })), ...takeovers];
  const cash = entry.crossTender?.amount;
  const refund = { ...NONE, refunds: 1, refundedTotal: entry.total, ...(cash === undefined ? {} : { cashRefundsOfCard: 1, cashRefundOfCardTotal: cash }) };
  return [{ counts: refund, approver: entry.approver }];
}

/** Staff ids are digits given in order: sorted as numbers, "no one" last. */
const rank = (key: string) => (key === '' ? Number.POSITIVE_INFINITY : Number(key) || 0);
const byKey = <T>([a]: [string, T], [b]: [string, T]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts a period's voided sales, No sales, lines voided after a tender, refunds (cash refunds of
 * card payments among them) and sales taken over, per operator (who was signed in; for a takeover,
 * who it was taken from) and, within that, per approver (for a takeover, who took it over).
 * Only refunds move money, and the takings have it already; these figures show who did what and
 * who let it happen.
 */
export function tillEventTotals(entries: readonly JournalEntry[]): TillEventTotals {
  const operators = new Map<string, { operator: StaffRef | null; approvals: Map<string, ApproverEvents> }>();
  let total = NONE;
  for (const entry of entries) {
    for (const { counts, approver, operator = entry.operator } of eventsOf(entry)) {
      total = plus(total, counts);
      const key = operator?.id ?? '';
      const part = operators.get(key) ?? { operator: operator ?? null, approvals: new Map<string, ApproverEvents>() };
      const approverKey = approver?.id ?? '';
      const seen = part.approvals.get(approverKey) ?? { ...NONE, approver: approver ?? null };
      part.approvals.set(approverKey, { ...plus(seen, counts), approver: seen.approver });
      operators.set(key, part);
    }
  }
  const byOperator = [...operators.entries()].sort(byKey).map(([, { operator, approvals }]): OperatorEvents => {
    const sorted = [...approvals.entries()].sort(byKey).map(([, a]) => a);
    return { operator, ...sorted.reduce<EventCounts>((sum, a) => plus(sum, a), NONE), approvals: sorted };
  });
  return { ...total, byOperator };
}

/**
 * Events as a Z report stored them, every count present: a Z closed before a count existed (refunds,
 * say) lacks it and reads it as 0, as it counted none then (its takings still hold the money).
 */
export function completeEvents(stored: TillEventTotals): TillEventTotals {
  const complete = <T extends EventCounts>(part: T): T => ({ ...part, ...countsBy((key) => part[key] ?? 0) });
  return { ...complete(stored), byOperator: stored.byOperator.map((part) => ({ ...complete(part), approvals: part.approvals.map(complete) })) };
}
