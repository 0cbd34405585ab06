import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { moneyFormatter } from '../pricing';
import { newUuid } from '../lib/uuid';
import type { Authorize } from './authorize';
import type { RefundChoice, RefundEntry, RefundTenderChoice, SaleEntry, SaleLine } from './journal-entry';
import { tillJournal } from './journal-loader';
import { journalQueries } from './journal-queries';
import { planRefund, refundableUnits, refundedUnits } from './refund-rules';
import { asPaid, givenBackByTender, paidByTender } from './refund-tenders';

/** Units typed for each chosen line, by line index (text, so a cashier can clear and retype). */
export type Chosen = ReadonlyMap<number, string>;

/** The refund choices typed: a unit count that is not a whole number is NaN, which `planRefund` refuses in words. */
export const choicesOf = (chosen: Chosen): RefundChoice[] => [...chosen].map(([line, text]) => ({ line, quantity: /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN }));

export interface RefundOptions {
  readonly sale: SaleEntry;
  readonly refunds: readonly RefundEntry[];
  readonly onRefunded: (refundId: string) => void;
  readonly authorize: Authorize;
}

/**
 * A refund of a sale's lines as the form builds it: what is chosen, the plan and where the money
 * goes (pure rules: `refund-rules.ts`, `refund-tenders.ts`), the supervisor's approval and the
 * journal write, with one id per attempt so a double tap or a retry records once.
 */
export function useRefund({ sale, refunds, onRefunded, authorize }: RefundOptions) {
  const format = moneyFormatter(sale.currency);
  const client = useQueryClient();
  const [chosen, setChosen] = useState<Chosen>(new Map());
  const [tender, setTender] = useState<RefundTenderChoice>('as-paid');
  const [confirming, setConfirming] = useState(false);
  const [requestId, setRequestId] = useState(newUuid);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const done = refundedUnits(refunds);
  const unitsLeft = (line: SaleLine) => Math.max(0, refundableUnits(line) - (done.get(line.index) ?? 0));
  const plan = chosen.size === 0 ? null : planRefund(sale, refunds, choicesOf(chosen));
  const amount = plan?.ok === true ? plan.total : 0;
  const split = asPaid(sale, refunds, amount);

  const refund = async (confirmed: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      const approval = confirmed ? 'cash-refund-of-card' : 'refund';
      const staff = await authorize(approval, `${format(amount)} of receipt ${String(sale.receiptNumber).padStart(6, '0')}`);
      if (staff === null) {
        setProblem('Not refunded: a refund needs a supervisor\'s approval.');
        return;
      }
      const journal = await tillJournal();
      const result = await journal.recordRefund({ id: requestId, saleId: sale.id, lines: choicesOf(chosen), tender, crossTenderConfirmed: confirmed, at: new Date().toISOString(), ...staff, approval });
      if (!result.ok) setProblem(result.message);
      else {
        setProblem(null);
        setRequestId(newUuid());
        await client.invalidateQueries({ queryKey: journalQueries.all() });
        onRefunded(result.entry.id);
      }
    } catch (error) {
      setProblem(`The refund was not recorded: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return {
    format,
    done,
    unitsLeft,
    chosen,
    plan,
    amount,
    split,
    tender,
    busy,
    problem,
    confirming,
    /** Card money of the sale not yet given back: "Cash instead of card" is offered while there is some. */
    cardLeft: paidByTender(sale).card - givenBackByTender(refunds).card,
    choose: (line: SaleLine, checked: boolean) => {
      const next = new Map(chosen);
      if (checked) next.set(line.index, String(unitsLeft(line)));
      else next.delete(line.index);
      setChosen(next);
    },
    typeUnits: (line: SaleLine, text: string) => setChosen(new Map(chosen).set(line.index, text)),
    chooseTender: setTender,
    /** Refund pressed: cash for money the card took asks to confirm first. */
    submit: () => {
      if (tender === 'cash' && split.card > 0) setConfirming(true);
      else void refund(false);
    },
    confirmCash: () => {
      setConfirming(false);
      void refund(true);
    },
    cancelCash: () => setConfirming(false),
  };
}
