import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournal, type Journal } from './journal';

const opened: Journal[] = [];
afterEach(() => opened.splice(0).forEach((j) => j.close()));

async function journalOn(factory: IDBFactory): Promise<Journal> {
  const journal = await openJournal({ indexedDB: factory, IDBKeyRange });
  opened.push(journal);
  return journal;
}

describe('parked sales, kept beside the sale in progress', () => {
  it('parks a sale and empties the till in one write, kept across a reopening', async () => {
    const factory = new IDBFactory();
    const journal = await journalOn(factory);
    await journal.saveSaleInProgress({ basket: ['A'] });
    await journal.parkSale('s1', { basket: ['A'] }, { basket: [] });
    journal.close();
    const again = await journalOn(factory);
    expect(await again.saleInProgress()).toEqual({ basket: [] });
    expect(await again.parkedSales()).toEqual([{ id: 's1', state: { basket: ['A'] } }]);
  });

  it('recalls a parked sale: it leaves the list and becomes the sale in progress, in one write', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.parkSale('s1', { basket: ['A'] }, { basket: [] });
    await journal.parkSale('s2', { basket: ['B'] }, { basket: [] });
    expect(await journal.recallSale('s1', (parked) => ({ recalled: parked }))).toEqual({ basket: ['A'] });
    expect(await journal.saleInProgress()).toEqual({ recalled: { basket: ['A'] } });
    expect(await journal.parkedSales()).toEqual([{ id: 's2', state: { basket: ['B'] } }]);
  });

  it('writes nothing when the sale is no longer parked', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.saveSaleInProgress({ basket: ['C'] });
    expect(await journal.recallSale('s1', () => ({ basket: [] }))).toBeUndefined();
    expect(await journal.saleInProgress()).toEqual({ basket: ['C'] });
  });

  it('leaves the sale parked, and the till as it was, when the recall fails half-way', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.parkSale('s1', { basket: ['A'] }, { basket: [] });
    const failing = journal.recallSale('s1', () => {
      throw new Error('unreadable');
    });
    await expect(failing).rejects.toThrow('unreadable');
    expect(await journal.parkedSales()).toEqual([{ id: 's1', state: { basket: ['A'] } }]);
    expect(await journal.saleInProgress()).toEqual({ basket: [] });
  });

  it('is not the sale in progress, nor counted with it', async () => {
    const journal = await journalOn(new IDBFactory());
    await journal.parkSale('s1', { basket: ['A'] }, { basket: ['B'] });
    expect(await journal.saleInProgress()).toEqual({ basket: ['B'] });
  });
});
