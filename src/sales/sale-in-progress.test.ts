import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournal, type Journal } from './journal';
import type { SaleToRecord } from './journal-entry';

const opened: Journal[] = [];
afterEach(() => opened.splice(0).forEach((j) => j.close()));

async function journalOn(factory: IDBFactory): Promise<Journal> {
  const journal = await openJournal({ indexedDB: factory, IDBKeyRange });
  opened.push(journal);
  return journal;
}

/** One unit of A at 50, paid exactly in cash. */
const sale = (id: string): SaleToRecord => ({
  id,
  at: '2026-12-07T09:00:00.000Z',
  storeName: 'Kata',
  book: { id: 'kata' },
  items: [{ sku: 'A', quantity: 1 }],
  receipt: {
    currency: 'GBP',
    lines: [{ index: 0, sku: 'A', name: 'A', unit: 'each', quantity: 1, unitPrice: 50, price: 50 }] as unknown as SaleToRecord['receipt']['lines'],
    discounts: [],
    subtotal: 50,
    savings: 0,
    total: 50,
  },
  tenders: [{ kind: 'cash', amount: 50 }],
  change: 0,
});

describe('the sale in progress, kept beside the journal', () => {
  it('is nothing until saved, then what was saved, across a reopening', async () => {
    const factory = new IDBFactory();
    const journal = await journalOn(factory);
    expect(await journal.saleInProgress()).toBeUndefined();
    await journal.saveSaleInProgress({ basket: ['A'] });
    journal.close();
    expect(await (await journalOn(factory)).saleInProgress()).toEqual({ basket: ['A'] });
  });

  it('becomes what follows the sale in the same transaction that records it', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.saveSaleInProgress({ basket: ['A'], paid: 50 });
    const entry = await journal.recordSale(sale('s1'), (recorded) => ({ basket: [], receipt: recorded.receiptNumber }));
    expect(entry.receiptNumber).toBe(1);
    expect(await journal.saleInProgress()).toEqual({ basket: [], receipt: 1 });
  });

  it('is left as it was when the sale cannot be recorded', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.saveSaleInProgress({ basket: ['A'], paid: 50 });
    const failing = journal.recordSale(sale('s2'), () => {
      throw new Error('after failed');
    });
    await expect(failing).rejects.toThrow('after failed');
    // Neither the entry nor the emptied basket: the sale is still in progress, in one place.
    expect(await journal.entry('s2')).toBeUndefined();
    expect(await journal.saleInProgress()).toEqual({ basket: ['A'], paid: 50 });
  });

  it('says the sale is complete again when a recorded sale is recorded again', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.recordSale(sale('s3'), () => ({ done: 1 }));
    await journal.saveSaleInProgress({ basket: ['stale'] });
    const again = await journal.recordSale(sale('s3'), (recorded) => ({ done: recorded.receiptNumber }));
    expect(again.receiptNumber).toBe(1);
    expect(await journal.saleInProgress()).toEqual({ done: 1 });
  });
});

describe('a sale with age checks', () => {
  it('keeps the answers in its entry', async () => {
    const journal = await journalOn(new IDBFactory());
    const checks = [{ sku: 'WINE', minimumAge: 18, outcome: 'confirmed' as const, at: '2026-12-07T09:00:00.000Z' }];
    const entry = await journal.recordSale({ ...sale('s4'), ageChecks: checks });
    expect(entry.ageChecks).toEqual(checks);
    expect((await journal.entry('s4'))?.kind === 'sale' && (await journal.entry('s4'))).toMatchObject({ ageChecks: checks });
  });
});
