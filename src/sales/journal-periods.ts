import Dexie from 'dexie';
import { GENESIS_HASH } from './chain/entry-hash';
import type { TillState } from './journal-database';
import { staffOf, type CloseResult, type FloatResult, type Journal } from './journal-api';
import type { JournalContext } from './journal-context';
import type { OpeningFloat, ZReport } from './journal-entry';
import { reportTotals } from './report-rules';
import { completeEvents } from './till-event-totals';

/** The till's opening float, if it is for the open period. */
const floatOf = (till: TillState): OpeningFloat | null => (till.openingFloat !== undefined && till.openingFloat.fromReceipt === till.closedThrough + 1 ? till.openingFloat : null);

/** Periods: the open one (X report) and its float, closing it (Z report), and the Z reports closed. */
export function periodOperations(context: JournalContext): Pick<Journal, 'recordOpeningFloat' | 'openPeriod' | 'closeDay' | 'zReports'> {
  const { db } = context;
  return {
    recordOpeningFloat: (request) =>
      db.transaction('rw', db.till, async (): Promise<FloatResult> => {
        if (!Number.isSafeInteger(request.amount) || request.amount < 0) return { ok: false, message: 'The float must be an amount of zero or more' };
        const till = await context.tillState();
        if (request.fromReceipt !== till.closedThrough + 1) {
          return { ok: false, message: `Z ${till.lastZ} has closed that period: open the reports again to record the float for the new one` };
        }
        const float: OpeningFloat = { amount: request.amount, at: request.at, fromReceipt: request.fromReceipt };
        await db.till.put({ ...till, openingFloat: float });
        return { ok: true, float };
      }),

    openPeriod: () =>
      db.transaction('rw', db.entries, db.till, async () => {
        const till = await context.tillState();
        const entries = await db.entries
          .where('[tillId+receiptNumber]')
          .between([till.tillId, till.closedThrough + 1], [till.tillId, Dexie.maxKey])
          .toArray();
        const float = floatOf(till);
        return { fromReceipt: till.closedThrough + 1, entries, openingFloat: float, totals: reportTotals(entries, float?.amount ?? 0) };
      }),

    closeDay: (request) =>
      db.transaction('rw', db.entries, db.till, db.zReports, async (): Promise<CloseResult> => {
        const existing = await db.zReports.get(request.id);
        if (existing !== undefined) return { ok: true, report: existing };
        const till = await context.tillState();
        if (request.fromReceipt !== till.closedThrough + 1) {
          return { ok: false, message: `Z ${till.lastZ} has already closed this period: open the reports again to see what is left to close` };
        }
        const entries = await db.entries
          .where('[tillId+receiptNumber]')
          .between([till.tillId, request.fromReceipt], [till.tillId, till.lastReceipt], true, true)
          .toArray();
        const report: ZReport = {
          id: request.id,
          tillId: till.tillId,
          zNumber: till.lastZ + 1,
          closedAt: request.at,
          fromReceipt: request.fromReceipt,
          toReceipt: till.lastReceipt,
          chainHead: till.chainHead ?? GENESIS_HASH,
          totals: reportTotals(entries, floatOf(till)?.amount ?? 0),
          ...staffOf(request),
        };
        await db.zReports.add(report);
        // The float belonged to the closed period; the next one starts without.
        const { openingFloat: _closed, ...next } = till;
        await db.till.put({ ...next, lastZ: report.zNumber, closedThrough: till.lastReceipt });
        return { ok: true, report };
      }),

    // Z reports closed before floats were recorded had none: their expected cash is their cash takings.
    // Those closed before a count of events existed (refunds) had none of it to count.
    zReports: async () =>
      (await db.zReports.orderBy('[tillId+zNumber]').reverse().toArray()).map((z) => {
        const { events } = z.totals;
        return { ...z, totals: { ...z.totals, openingFloat: z.totals.openingFloat ?? 0, byOperator: z.totals.byOperator ?? [], ...(events === undefined ? {} : { events: completeEvents(events) }) } };
      }),
  };
}
