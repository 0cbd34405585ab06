import { formatReceiptNumber } from '../ui/printed-receipt';
import type { RefundEntry, RefundLine, SaleEntry } from './journal-entry';

/** A refund worked out from a sale, or why it cannot be made. */
export type RefundPlan = { readonly ok: true; readonly lines: readonly RefundLine[]; readonly total: number } | { readonly ok: false; readonly message: string };

/** Receipt line indexes of a sale already given back by earlier refunds. */
export function refundedLines(refunds: readonly RefundEntry[]): ReadonlySet<number> {
  return new Set(refunds.flatMap((refund) => refund.lines.map((line) => line.line)));
}

/**
 * The refund of some lines of a sale, at what was paid for them (never their full price), or why
 * not: nothing chosen, a line the sale does not have, or a line already refunded. A line is given
 * back whole: a line of 3 × A refunds all three.
 */
export function planRefund(sale: SaleEntry, earlier: readonly RefundEntry[], lineIndexes: readonly number[]): RefundPlan {
  if (lineIndexes.length === 0) return { ok: false, message: 'Choose at least one line to refund' };
  const done = refundedLines(earlier);
  const chosen = [...new Set(lineIndexes)].sort((a, b) => a - b);
  const lines: RefundLine[] = [];
  for (const index of chosen) {
    const line = sale.lines.find((l) => l.index === index);
    if (line === undefined) return { ok: false, message: `Receipt ${formatReceiptNumber(sale.receiptNumber)} has no line ${index + 1}` };
    if (done.has(index)) return { ok: false, message: `${line.name} (line ${index + 1}) was already refunded` };
    lines.push({ line: index, sku: line.sku, name: line.name, quantity: line.quantity, amount: line.paid });
  }
  return { ok: true, lines, total: lines.reduce((sum, line) => sum + line.amount, 0) };
}
