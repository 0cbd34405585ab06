import type { JournalEntry, StaffRef } from './journal-entry';

/** Counts of what needs a supervisor and moves no money: voided sales, No sales, lines voided after a tender. */
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
}

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

const NONE: EventCounts = { voids: 0, voidedTotal: 0, noSales: 0, lineVoids: 0, lineVoidedTotal: 0 };

const plus = (a: EventCounts, b: EventCounts): EventCounts => ({
  voids: a.voids + b.voids,
  voidedTotal: a.voidedTotal + b.voidedTotal,
  noSales: a.noSales + b.noSales,
  lineVoids: a.lineVoids + b.lineVoids,
  lineVoidedTotal: a.lineVoidedTotal + b.lineVoidedTotal,
});

/** One event as counts, with the approver it was approved by. */
interface Counted {
  readonly counts: EventCounts;
  readonly approver: StaffRef | undefined;
}

/** The events an entry holds: a void or No sale is one; a sale holds its line voids (each with its own approver). */
function eventsOf(entry: JournalEntry): Counted[] {
  if (entry.kind === 'void') return [{ counts: { ...NONE, voids: 1, voidedTotal: entry.total }, approver: entry.approver }];
  if (entry.kind === 'no-sale') return [{ counts: { ...NONE, noSales: 1 }, approver: entry.approver }];
  if (entry.kind === 'sale') return (entry.lineVoids ?? []).map((v) => ({ counts: { ...NONE, lineVoids: 1, lineVoidedTotal: v.amount }, approver: v.approver }));
  return [];
}

/** Staff ids are digits given in order: sorted as numbers, "no one" last. */
const rank = (key: string) => (key === '' ? Number.POSITIVE_INFINITY : Number(key) || 0);
const byKey = <T>([a]: [string, T], [b]: [string, T]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts a period's voided sales, No sales and lines voided after a tender, per operator (who was
 * signed in) and, within that, per approver. They move no money, so the report's takings never
 * include them; these figures show who did them and who let them happen.
 */
export function tillEventTotals(entries: readonly JournalEntry[]): TillEventTotals {
  const operators = new Map<string, { operator: StaffRef | null; approvals: Map<string, ApproverEvents> }>();
  let total = NONE;
  for (const entry of entries) {
    for (const { counts, approver } of eventsOf(entry)) {
      total = plus(total, counts);
      const key = entry.operator?.id ?? '';
      const part = operators.get(key) ?? { operator: entry.operator ?? null, approvals: new Map<string, ApproverEvents>() };
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
