import { paidAmounts } from '../pricing';
import type { TillState } from './journal-database';
import type { Journal, RefundResult } from './journal-api';
import { staffOf } from './journal-api';
import { appendEntry, type JournalContext } from './journal-context';
import type { RefundEntry, RefundRequest, SaleEntry, SaleToRecord, TakeoverRecord, TillEventEntry } from './journal-entry';
import { planRefund } from './refund-rules';
import { refundTaxes } from './refund-taxes';
import { planRefundTenders } from './refund-tenders';

/** The sale's entry as numbered on `till` (before chaining): the receipt, what each line paid, and who. */
export function saleEntryFrom(sale: SaleToRecord, till: TillState, receiptNumber: number): SaleEntry {
  const { receipt } = sale;
  const paid = paidAmounts(receipt.lines, receipt.discounts);
  return {
    kind: 'sale',
    id: sale.id,
    tillId: till.tillId,
    receiptNumber,
    at: sale.at,
    currency: receipt.currency,
    storeName: sale.storeName,
    book: sale.book,
    items: sale.items,
    lines: receipt.lines.map((line, i) => ({ ...line, paid: paid[i]! })),
    discounts: receipt.discounts,
    tenders: sale.tenders.map(({ kind, amount }) => ({ kind, amount })),
    change: sale.change,
    ...(sale.ageChecks === undefined || sale.ageChecks.length === 0 ? {} : { ageChecks: sale.ageChecks }),
    ...(sale.overrides === undefined || sale.overrides.length === 0 ? {} : { overrides: sale.overrides }),
    ...(sale.lineVoids === undefined || sale.lineVoids.length === 0 ? {} : { lineVoids: sale.lineVoids }),
    ...(sale.takeovers === undefined || sale.takeovers.length === 0 ? {} : { takeovers: sale.takeovers.map(takeoverRecord) }),
    ...staffOf(sale),
    subtotal: receipt.subtotal,
    savings: receipt.savings,
    total: receipt.total,
    ...(receipt.taxes === undefined ? {} : { taxes: receipt.taxes }),
    ...(receipt.optimal === undefined ? {} : { proven: receipt.optimal }),
  };
}

/** A takeover as the journal keeps it: only its own fields, staff by id and name. */
const takeoverRecord = ({ from, to, at }: TakeoverRecord): TakeoverRecord => ({ from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name }, at });

/** Recording sales and till events: each numbered, chained and written in one transaction, idempotent by id. */
export function recordingOperations(context: JournalContext): Pick<Journal, 'recordSale' | 'recordEvent' | 'recordRefund'> {
  const { db } = context;
  return {
    recordSale: (sale, after) =>
      db.transaction('rw', db.entries, db.till, db.saleInProgress, async () => {
        const existing = await db.entries.get(sale.id);
        if (existing !== undefined) {
          if (existing.kind !== 'sale') throw new Error(`Entry ${sale.id} is not a sale`);
          // A retry of a sale already recorded: the sale in progress must say so too.
          if (after !== undefined) await db.saleInProgress.put({ key: 'current', state: after(existing) });
          return existing;
        }
        const till = await context.tillState();
        const entry = await appendEntry(context, saleEntryFrom(sale, till, till.lastReceipt + 1), till);
        if (after !== undefined) await db.saleInProgress.put({ key: 'current', state: after(entry) });
        return entry;
      }),

    recordEvent: (event) =>
      db.transaction('rw', db.entries, db.till, async () => {
        const existing = await db.entries.get(event.id);
        if (existing !== undefined) {
          if (existing.kind !== event.kind) throw new Error(`Entry ${event.id} is not a ${event.kind} event`);
          return existing as TillEventEntry;
        }
        const till = await context.tillState();
        const { operator: _operator, approver: _approver, ...fields } = event;
        const content = { ...fields, ...staffOf(event), tillId: till.tillId, receiptNumber: till.lastReceipt + 1 } as TillEventEntry;
        return appendEntry(context, content, till);
      }),

    recordRefund: (request) => db.transaction('rw', db.entries, db.till, () => recordRefundIn(context, request)),
  };
}

/** A refund checked against the sale's earlier refunds and recorded, inside the caller's transaction. */
async function recordRefundIn(context: JournalContext, request: RefundRequest): Promise<RefundResult> {
  const { db } = context;
  const existing = await db.entries.get(request.id);
  if (existing !== undefined) {
    return existing.kind === 'refund' ? { ok: true, entry: existing } : { ok: false, message: 'That refund id belongs to a sale' };
  }
  const sale = await db.entries.get(request.saleId);
  if (sale === undefined || sale.kind !== 'sale') return { ok: false, message: 'There is no such sale in the journal' };
  const earlier = (await db.entries.where('saleId').equals(request.saleId).toArray()).filter((e): e is RefundEntry => e.kind === 'refund');
  const plan = planRefund(sale, earlier, request.lines);
  if (!plan.ok) return plan;
  const money = planRefundTenders(sale, earlier, plan.total, request.tender, request.crossTenderConfirmed);
  if (!money.ok) return money;
  const taxes = refundTaxes(sale, earlier, plan.lines);
  const till = await context.tillState();
  const content: RefundEntry = {
    kind: 'refund',
    id: request.id,
    tillId: till.tillId,
    receiptNumber: till.lastReceipt + 1,
    at: request.at,
    currency: sale.currency,
    storeName: sale.storeName,
    saleId: sale.id,
    saleReceiptNumber: sale.receiptNumber,
    lines: plan.lines,
    tenders: money.tenders,
    ...(money.crossTender === undefined ? {} : { crossTender: money.crossTender }),
    ...staffOf(request),
    ...(request.approver === undefined || request.approval === undefined ? {} : { approval: request.approval }),
    total: plan.total,
    ...(taxes === undefined ? {} : { taxes }),
  };
  return { ok: true, entry: await appendEntry(context, content, till) };
}
