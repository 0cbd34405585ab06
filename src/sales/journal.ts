import Dexie from 'dexie';
import { GENESIS_HASH, linkEntry } from './chain/entry-hash';
import { JournalDatabase, PARKED_PREFIX, type JournalOptions, type SettingRow, type TillState } from './journal-database';
import { verifyChain, type ChainVerdict } from './chain/verify-chain';
import { upgradeEntry, type StoredEntry } from './entry-upgrade';
import type { EntryStaff, EventToRecord, JournalEntry, OpeningFloat, RefundEntry, RefundRequest, SaleEntry, SaleToRecord, TillEventEntry, ZReport } from './journal-entry';
import { paidAmounts } from '../pricing';
import { planRefund } from './refund-rules';
import { refundTaxes } from './refund-taxes';
import { planRefundTenders } from './refund-tenders';
import { reportTotals, type OfferDiscount, type ReportTotals } from './report-rules';
import { newUuid } from '../lib/uuid';

export type { JournalOptions } from './journal-database';

/** The entry's operator and approver, copied only when given (as `{ id, name }`). */
export function staffOf(from: EntryStaff): EntryStaff {
  return {
    ...(from.operator === undefined ? {} : { operator: { id: from.operator.id, name: from.operator.name } }),
    ...(from.approver === undefined ? {} : { approver: { id: from.approver.id, name: from.approver.name } }),
  };
}

/**
 * What the sale in progress becomes once a sale is recorded (the receipt view of the completed
 * sale, an empty basket), made from the recorded entry and saved in the same transaction.
 */
export type SaleInProgressAfter = (entry: SaleEntry) => unknown;

/** A refund's outcome: the entry, or why it was refused (nothing was written). */
export type RefundResult = { readonly ok: true; readonly entry: RefundEntry } | { readonly ok: false; readonly message: string };

/** A Z close's outcome: the report, or why not (nothing was written). */
export type CloseResult = { readonly ok: true; readonly report: ZReport } | { readonly ok: false; readonly message: string };

/** Recording an opening float: the float, or why not (nothing was written). */
export type FloatResult = { readonly ok: true; readonly float: OpeningFloat } | { readonly ok: false; readonly message: string };

/** The period an X report covers: everything since the last Z. */
export interface OpenPeriod {
  readonly fromReceipt: number;
  readonly entries: readonly JournalEntry[];
  /** The period's opening float, when one was recorded (its amount is in `totals` too). */
  readonly openingFloat: OpeningFloat | null;
  readonly totals: ReportTotals;
}

/** A recorded sale as the back office's what-if re-pricing reads it. */
export interface RecordedSale {
  readonly id: string;
  readonly receiptNumber: number;
  readonly at: string;
  readonly book: SaleEntry['book'];
  readonly items: SaleEntry['items'];
  readonly total: number;
  readonly savings: number;
  /** Each discount line's offer and saving, as recorded. */
  readonly discounts: readonly Pick<OfferDiscount, 'offerId' | 'label' | 'saving'>[];
}

/** The journal of completed sales and refunds, and the Z reports that close days, in IndexedDB. */
export interface Journal {
  /** This till's id. */
  tillId(): Promise<string>;
  /**
   * Records a completed sale in one transaction and gives it the next receipt number. Idempotent by
   * `sale.id`: the same sale again (a double tap, a retry after an unknown outcome) returns the
   * entry already recorded.
   */
  recordSale(sale: SaleToRecord, after?: SaleInProgressAfter): Promise<SaleEntry>;
  /**
   * Records a till event (No sale, a voided sale) in one transaction with the next receipt number,
   * chained like any entry. Idempotent by `event.id`.
   */
  recordEvent(event: EventToRecord): Promise<TillEventEntry>;
  /** The sale in progress as last saved, or undefined when none was ever saved. */
  saleInProgress(): Promise<unknown>;
  /** Saves the sale in progress; resolves once it is on disk. */
  saveSaleInProgress(state: unknown): Promise<void>;
  /** Every parked sale as saved, by its id (the till reads them through its own sanitizer). */
  parkedSales(): Promise<{ readonly id: string; readonly state: unknown }[]>;
  /** Parks a sale and saves what replaces it on the till, in one transaction. */
  parkSale(id: string, parked: unknown, current: unknown): Promise<void>;
  /**
   * Recalls a parked sale, in one transaction: its row is removed and `current(parked)` becomes the
   * sale in progress. Resolves with the parked state, or undefined (nothing written) when no sale
   * is parked under that id (another tab recalled it).
   */
  recallSale(id: string, current: (parked: unknown) => unknown): Promise<unknown>;
  /**
   * Records a refund of some units of some lines of a sale, and how the money goes back, both
   * checked against the sale's earlier refunds inside the same transaction. Idempotent by `request.id`.
   */
  recordRefund(request: RefundRequest): Promise<RefundResult>;
  /**
   * Records the open period's opening float (again: the new amount replaces the old). `fromReceipt`
   * is the period the cashier saw: if a Z has closed it since, nothing is written.
   */
  recordOpeningFloat(request: { readonly amount: number; readonly fromReceipt: number; readonly at: string }): Promise<FloatResult>;
  entry(id: string): Promise<JournalEntry | undefined>;
  /** This till's entry with that receipt number. */
  byReceiptNumber(receiptNumber: number): Promise<JournalEntry | undefined>;
  /** Entries recorded in [from, to) (ISO instants), oldest first. */
  between(from: string, to: string): Promise<JournalEntry[]>;
  /** The latest entries, newest first. */
  latest(limit: number): Promise<JournalEntry[]>;
  /** Refunds of a sale, oldest first. */
  refundsOf(saleId: string): Promise<RefundEntry[]>;
  /** What an X report shows: every entry since the last Z, and their totals. */
  openPeriod(): Promise<OpenPeriod>;
  /**
   * Closes the open period as a Z report. `fromReceipt` is the period the cashier saw: if a Z has
   * closed it since (another tap, another attempt), nothing is written. Idempotent by `id`.
   */
  closeDay(request: { readonly id: string; readonly fromReceipt: number; readonly at: string } & EntryStaff): Promise<CloseResult>;
  /** Z reports, newest first. */
  zReports(): Promise<ZReport[]>;
  /** Recorded sales in [from, to), oldest first, for re-pricing in a what-if. */
  recordedSalesBetween(from: string, to: string): Promise<RecordedSale[]>;
  /**
   * Recomputes this till's chain from the entries as stored, its till row and its Z reports, and
   * names the first entry altered, removed or inserted (see `chain/verify-chain.ts`).
   */
  verify(): Promise<ChainVerdict>;
  /** This till's entries numbered after `receiptNumber`, oldest first, at most `limit` (the outbox's next batch). */
  entriesAfter(receiptNumber: number, limit: number): Promise<JournalEntry[]>;
  /** How many of this till's entries are numbered after `receiptNumber` (what the outbox still holds). */
  countAfter(receiptNumber: number): Promise<number>;
  /** This till's Z reports numbered after `zNumber`, oldest first, at most `limit`. */
  zReportsAfter(zNumber: number, limit: number): Promise<ZReport[]>;
  /** A setting kept with the journal (undefined when never saved); the journal does not look inside. */
  setting(name: string): Promise<unknown>;
  /** Saves a setting (undefined removes it); resolves once it is on disk. */
  saveSetting(name: string, value: unknown): Promise<void>;
  close(): void;
}

const byReceipt = (a: JournalEntry, b: JournalEntry) => a.receiptNumber - b.receiptNumber;

/** The till's opening float, if it is for the open period. */
const floatOf = (till: TillState): OpeningFloat | null => (till.openingFloat !== undefined && till.openingFloat.fromReceipt === till.closedThrough + 1 ? till.openingFloat : null);

/** Opens (creating on first use) the journal database. */
export async function openJournal(options: JournalOptions = {}): Promise<Journal> {
  const db = new JournalDatabase(options.name ?? 'till-journal', options);
  // Entries recorded by an older version are read in the current shape (see entry-upgrade.ts).
  // Dexie also calls it for a `get` that found nothing.
  db.entries.hook('reading', (stored: StoredEntry | undefined) => (stored === undefined ? stored : upgradeEntry(stored)));
  await db.open();

  /**
   * An entry linked after the till's chain head, hashed inside the transaction that numbers it.
   * WebCrypto's digest is a promise IndexedDB does not see: without `Dexie.waitFor` the transaction
   * would commit while it runs, and the entry would be written (or fail) outside it.
   */
  const chained = <T extends JournalEntry>(content: T, till: TillState) => Dexie.waitFor(linkEntry(content, till.chainHead ?? GENESIS_HASH));

  /** The till row, created on first use inside whichever read-write transaction needs it. */
  const tillState = async (): Promise<TillState> => {
    const found = await db.till.get('till');
    if (found !== undefined) return found;
    const carried = options.carriedReceiptNumber?.() ?? 0;
    const created: TillState = { key: 'till', tillId: newUuid(), lastReceipt: Number.isSafeInteger(carried) && carried > 0 ? carried : 0, lastZ: 0, closedThrough: 0 };
    await db.till.add(created);
    return created;
  };

  /** The till table seen as settings: the rows keyed `setting:...`, never the till row. */
  const settings = db.table<SettingRow, SettingRow['key']>('till');

  const journal: Journal = {
    tillId: () => db.transaction('rw', db.till, async () => (await tillState()).tillId),

    recordSale: (sale, after) =>
      db.transaction('rw', db.entries, db.till, db.saleInProgress, async () => {
        const existing = await db.entries.get(sale.id);
        if (existing !== undefined) {
          if (existing.kind !== 'sale') throw new Error(`Entry ${sale.id} is not a sale`);
          // A retry of a sale already recorded: the sale in progress must say so too.
          if (after !== undefined) await db.saleInProgress.put({ key: 'current', state: after(existing) });
          return existing;
        }
        const till = await tillState();
        const receiptNumber = till.lastReceipt + 1;
        const { receipt } = sale;
        const paid = paidAmounts(receipt.lines, receipt.discounts);
        const content: SaleEntry = {
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
          ...staffOf(sale),
          subtotal: receipt.subtotal,
          savings: receipt.savings,
          total: receipt.total,
          ...(receipt.taxes === undefined ? {} : { taxes: receipt.taxes }),
          ...(receipt.optimal === undefined ? {} : { proven: receipt.optimal }),
        };
        const entry = await chained(content, till);
        await db.entries.add(entry);
        await db.till.put({ ...till, lastReceipt: receiptNumber, chainHead: entry.hash });
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
        const till = await tillState();
        const receiptNumber = till.lastReceipt + 1;
        const { operator: _operator, approver: _approver, ...fields } = event;
        const content = { ...fields, ...staffOf(event), tillId: till.tillId, receiptNumber } as TillEventEntry;
        const entry = await chained(content, till);
        await db.entries.add(entry);
        await db.till.put({ ...till, lastReceipt: receiptNumber, chainHead: entry.hash });
        return entry;
      }),

    saleInProgress: async () => (await db.saleInProgress.get('current'))?.state,

    // An explicit transaction: its promise resolves on the commit (on disk), not on the request.
    saveSaleInProgress: (state) =>
      db.transaction('rw', db.saleInProgress, async () => {
        await db.saleInProgress.put({ key: 'current', state });
      }),

    parkedSales: async () =>
      (await db.saleInProgress.where('key').startsWith(PARKED_PREFIX).toArray()).map((row) => ({ id: row.key.slice(PARKED_PREFIX.length), state: row.state })),

    parkSale: (id, parked, current) =>
      db.transaction('rw', db.saleInProgress, async () => {
        await db.saleInProgress.bulkPut([
          { key: PARKED_PREFIX + id, state: parked },
          { key: 'current', state: current },
        ]);
      }),

    recallSale: (id, current) =>
      db.transaction('rw', db.saleInProgress, async () => {
        const row = await db.saleInProgress.get(PARKED_PREFIX + id);
        if (row === undefined) return undefined;
        await db.saleInProgress.delete(row.key);
        await db.saleInProgress.put({ key: 'current', state: current(row.state) });
        return row.state;
      }),

    recordRefund: (request) =>
      db.transaction('rw', db.entries, db.till, async (): Promise<RefundResult> => {
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
        const till = await tillState();
        const receiptNumber = till.lastReceipt + 1;
        const content: RefundEntry = {
          kind: 'refund',
          id: request.id,
          tillId: till.tillId,
          receiptNumber,
          at: request.at,
          currency: sale.currency,
          storeName: sale.storeName,
          saleId: sale.id,
          saleReceiptNumber: sale.receiptNumber,
          lines: plan.lines,
          tenders: money.tenders,
          ...(money.crossTender === undefined ? {} : { crossTender: money.crossTender }),
          ...staffOf(request),
          total: plan.total,
          ...(taxes === undefined ? {} : { taxes }),
        };
        const entry = await chained(content, till);
        await db.entries.add(entry);
        await db.till.put({ ...till, lastReceipt: receiptNumber, chainHead: entry.hash });
        return { ok: true, entry };
      }),

    recordOpeningFloat: (request) =>
      db.transaction('rw', db.till, async (): Promise<FloatResult> => {
        if (!Number.isSafeInteger(request.amount) || request.amount < 0) return { ok: false, message: 'The float must be an amount of zero or more' };
        const till = await tillState();
        if (request.fromReceipt !== till.closedThrough + 1) {
          return { ok: false, message: `Z ${till.lastZ} has closed that period: open the reports again to record the float for the new one` };
        }
        const float: OpeningFloat = { amount: request.amount, at: request.at, fromReceipt: request.fromReceipt };
        await db.till.put({ ...till, openingFloat: float });
        return { ok: true, float };
      }),

    entry: (id) => db.entries.get(id),

    byReceiptNumber: async (receiptNumber) => {
      const tillId = await journal.tillId();
      return db.entries.where('[tillId+receiptNumber]').equals([tillId, receiptNumber]).first();
    },

    between: async (from, to) => (await db.entries.where('at').between(from, to, true, false).toArray()).sort(byReceipt),

    latest: (limit) => db.entries.orderBy('[tillId+receiptNumber]').reverse().limit(limit).toArray(),

    refundsOf: async (saleId) =>
      (await db.entries.where('saleId').equals(saleId).toArray()).filter((e): e is RefundEntry => e.kind === 'refund').sort(byReceipt),

    openPeriod: () =>
      db.transaction('rw', db.entries, db.till, async () => {
        const till = await tillState();
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
        const till = await tillState();
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
    zReports: async () => (await db.zReports.orderBy('[tillId+zNumber]').reverse().toArray()).map((z) => ({ ...z, totals: { ...z.totals, openingFloat: z.totals.openingFloat ?? 0, byOperator: z.totals.byOperator ?? [] } })),

    recordedSalesBetween: async (from, to) =>
      (await journal.between(from, to))
        .filter((e): e is SaleEntry => e.kind === 'sale')
        .map((e) => ({
          id: e.id,
          receiptNumber: e.receiptNumber,
          at: e.at,
          book: e.book,
          items: e.items,
          total: e.total,
          savings: e.savings,
          discounts: e.discounts.map(({ offerId, label, saving }) => ({ offerId, label, saving })),
        })),

    verify: async () => {
      // One snapshot, read raw (what is stored, not what the reading hook makes of it); hashed after.
      const read = await db.transaction('r', db.entries, db.till, db.zReports, async () => {
        const till = await db.till.get('till');
        if (till === undefined) return { entries: [] };
        const range = [[till.tillId, Dexie.minKey], [till.tillId, Dexie.maxKey]] as const;
        return {
          till,
          entries: await db.entries.where('[tillId+receiptNumber]').between(...range).raw().toArray(),
          zReports: await db.zReports.where('[tillId+zNumber]').between(...range).toArray(),
        };
      });
      return verifyChain(read);
    },

    entriesAfter: async (receiptNumber, limit) => {
      const tillId = await journal.tillId();
      return db.entries.where('[tillId+receiptNumber]').between([tillId, receiptNumber], [tillId, Dexie.maxKey], false, true).limit(limit).toArray();
    },

    countAfter: async (receiptNumber) => {
      const tillId = await journal.tillId();
      return db.entries.where('[tillId+receiptNumber]').between([tillId, receiptNumber], [tillId, Dexie.maxKey], false, true).count();
    },

    zReportsAfter: async (zNumber, limit) => {
      const tillId = await journal.tillId();
      return db.zReports.where('[tillId+zNumber]').between([tillId, zNumber], [tillId, Dexie.maxKey], false, true).limit(limit).toArray();
    },

    setting: async (name) => (await settings.get(`setting:${name}`))?.value,

    saveSetting: (name, value) =>
      db.transaction('rw', db.till, async () => {
        if (value === undefined) await settings.delete(`setting:${name}`);
        else await settings.put({ key: `setting:${name}`, value });
      }),

    close: () => db.close(),
  };
  return journal;
}
