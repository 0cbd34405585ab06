import { allocate } from '../pricing';
import { formatReceiptNumber } from '../ui/printed-receipt';
import type { RefundChoice, RefundEntry, RefundLine, SaleEntry, SaleLine } from './journal-entry';

/** A refund's lines worked out from a sale, or why it cannot be made. */
export type RefundPlan = { readonly ok: true; readonly lines: readonly RefundLine[]; readonly total: number } | { readonly ok: false; readonly message: string };

/** Units a refund can give back separately: a weighed line is one, given back whole. */
export function refundableUnits(line: SaleLine): number {
  return line.grams !== undefined || line.unit === 'kg' ? 1 : line.quantity;
}

/**
 * What each unit of a line paid, in the order units are given back, in minor units: the line's
 * `paid` split evenly by largest remainder. The pennies left over go to the units given back
 * last, so a partial refund never gives back more than its even share, and giving back every unit,
 * one refund at a time or all at once, returns exactly the line's `paid`.
 * (`allocate` gives the leftover pennies to the first parts; reversing puts them last.)
 */
export function unitAmounts(line: SaleLine): number[] {
  return allocate(line.paid, new Array<number>(refundableUnits(line)).fill(1)).reverse();
}

/** Units of each receipt line already given back by earlier refunds of a sale, by line index. */
export function refundedUnits(refunds: readonly RefundEntry[]): ReadonlyMap<number, number> {
  const units = new Map<number, number>();
  for (const refund of refunds) for (const line of refund.lines) units.set(line.line, (units.get(line.line) ?? 0) + line.quantity);
  return units;
}

/** Minor units already given back per receipt line by earlier refunds of a sale. */
function refundedAmounts(refunds: readonly RefundEntry[]): ReadonlyMap<number, number> {
  const amounts = new Map<number, number>();
  for (const refund of refunds) for (const line of refund.lines) amounts.set(line.line, (amounts.get(line.line) ?? 0) + line.amount);
  return amounts;
}

/** What giving back `quantity` more units of a line returns, after `alreadyRefunded` units went back. */
export function refundAmount(line: SaleLine, alreadyRefunded: number, quantity: number): number {
  return unitAmounts(line)
    .slice(alreadyRefunded, alreadyRefunded + quantity)
    .reduce((sum, amount) => sum + amount, 0);
}

/**
 * The refund of some units of some lines of a sale, at what those units paid (never their full
 * price), or why not: nothing chosen, a line the sale does not have, a number of units that is not
 * a whole number from 1 to those not yet given back, or a line already given back in full.
 */
export function planRefund(sale: SaleEntry, earlier: readonly RefundEntry[], choices: readonly RefundChoice[]): RefundPlan {
  if (choices.length === 0) return { ok: false, message: 'Choose at least one line to refund' };
  const doneUnits = refundedUnits(earlier);
  const doneAmounts = refundedAmounts(earlier);
  const lines: RefundLine[] = [];
  for (const choice of [...choices].sort((a, b) => a.line - b.line)) {
    const line = sale.lines.find((l) => l.index === choice.line);
    if (line === undefined) return { ok: false, message: `Receipt ${formatReceiptNumber(sale.receiptNumber)} has no line ${choice.line + 1}` };
    if (lines.some((l) => l.line === choice.line)) return { ok: false, message: `${line.name} (line ${choice.line + 1}) is chosen twice` };
    const done = doneUnits.get(line.index) ?? 0;
    const left = Math.max(0, refundableUnits(line) - done);
    if (left === 0) return { ok: false, message: `${line.name} (line ${line.index + 1}) was already refunded` };
    if (!Number.isSafeInteger(choice.quantity) || choice.quantity < 1 || choice.quantity > left) {
      return { ok: false, message: `${line.name} (line ${line.index + 1}): choose from 1 to ${left} ${left === 1 ? 'unit' : 'units'} to refund` };
    }
    const amount = refundAmount(line, done, choice.quantity);
    // Only a journal altered by hand could get here; the money guard holds whatever the data says.
    if (amount > line.paid - (doneAmounts.get(line.index) ?? 0)) {
      return { ok: false, message: `${line.name} (line ${line.index + 1}): earlier refunds already gave back more than what is left to refund` };
    }
    lines.push({ line: line.index, sku: line.sku, name: line.name, quantity: choice.quantity, amount });
  }
  return { ok: true, lines, total: lines.reduce((sum, line) => sum + line.amount, 0) };
}
