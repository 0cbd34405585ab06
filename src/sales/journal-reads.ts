import Dexie from 'dexie';
import { verifyChain } from './chain/verify-chain';
import type { Journal } from './journal-api';
import type { JournalContext } from './journal-context';
import type { JournalEntry, RefundEntry, SaleEntry } from './journal-entry';

const byReceipt = (a: JournalEntry, b: JournalEntry) => a.receiptNumber - b.receiptNumber;

type Reads = Pick<Journal, 'entry' | 'byReceiptNumber' | 'between' | 'latest' | 'refundsOf' | 'recordedSalesBetween' | 'verify' | 'entriesAfter' | 'countAfter' | 'zReportsAfter'>;

/** Reading the journal: entries by id, number or time, a sale's refunds, the outbox's batches, and the chain check. */
export function readOperations(context: JournalContext): Reads {
  const { db } = context;
  const between = async (from: string, to: string) => (await db.entries.where('at').between(from, to, true, false).toArray()).sort(byReceipt);
  /** This till's entries numbered after `receiptNumber`, oldest first. */
  const after = async (receiptNumber: number) => {
    const tillId = await context.tillId();
    return db.entries.where('[tillId+receiptNumber]').between([tillId, receiptNumber], [tillId, Dexie.maxKey], false, true);
  };
  return {
    entry: (id) => db.entries.get(id),
    byReceiptNumber: async (receiptNumber) => {
      const tillId = await context.tillId();
      return db.entries.where('[tillId+receiptNumber]').equals([tillId, receiptNumber]).first();
    },
    between,
    latest: (limit) => db.entries.orderBy('[tillId+receiptNumber]').reverse().limit(limit).toArray(),
    refundsOf: async (saleId) => (await db.entries.where('saleId').equals(saleId).toArray()).filter((e): e is RefundEntry => e.kind === 'refund').sort(byReceipt),
    recordedSalesBetween: async (from, to) =>
      (await between(from, to))
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
    entriesAfter: async (receiptNumber, limit) => (await after(receiptNumber)).limit(limit).toArray(),
    countAfter: async (receiptNumber) => (await after(receiptNumber)).count(),
    zReportsAfter: async (zNumber, limit) => {
      const tillId = await context.tillId();
      return db.zReports.where('[tillId+zNumber]').between([tillId, zNumber], [tillId, Dexie.maxKey], false, true).limit(limit).toArray();
    },
  };
}
