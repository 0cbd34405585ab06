// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaleRecord } from '../checkout/record-sale';
import type { SaleStorage } from './sale-storage';

/** A storage whose saves resolve only when the test says so, recording what each one wrote. */
function manualStorage(stored: unknown = undefined) {
  const saves: { state: unknown; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const storage: SaleStorage = {
    load: () => Promise.resolve(stored),
    save: (state) => new Promise<void>((resolve, reject) => saves.push({ state, resolve, reject })),
  };
  return { storage, saves };
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function freshStore() {
  vi.resetModules();
  return import('./sale-store');
}

const item = (sku: string) => ({ sku, quantity: 1 });

beforeEach(() => localStorage.clear());

describe('the sale store', () => {
  it('shows a change only once it is on disk', async () => {
    const store = await freshStore();
    const { storage, saves } = manualStorage();
    await store.hydrateSale(storage);
    const { result } = renderHook(() => ({ lines: store.useBasketLines(), actions: store.useSaleActions() }));

    act(() => result.current.actions.scanned(item('A')));
    await flush();
    expect(result.current.lines).toEqual([]);
    expect(saves).toHaveLength(1);

    saves[0]!.resolve();
    await flush();
    expect(result.current.lines.map((l) => l.sku)).toEqual(['A']);
  });

  it('saves a burst with few writes, losing none of it', async () => {
    const store = await freshStore();
    const { storage, saves } = manualStorage();
    await store.hydrateSale(storage);
    const { result } = renderHook(() => ({ lines: store.useBasketLines(), actions: store.useSaleActions() }));

    act(() => result.current.actions.scanned(item('A')));
    await flush();
    // Three more scans while the first save is on its way: one more save takes all three.
    act(() => {
      result.current.actions.scanned(item('B'));
      result.current.actions.scanned(item('C'));
      result.current.actions.scanned(item('D'));
    });
    saves[0]!.resolve();
    await flush();
    expect(saves).toHaveLength(2);
    expect((saves[1]!.state as { basket: { lines: { sku: string }[] } }).basket.lines.map((l) => l.sku)).toEqual(['A', 'B', 'C', 'D']);
    saves[1]!.resolve();
    await flush();
    expect(result.current.lines.map((l) => l.sku)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('keeps the sale on screen when a save fails, and says so until one succeeds', async () => {
    const store = await freshStore();
    const problems = await import('../checkout/storage-problem-store');
    const { storage, saves } = manualStorage();
    await store.hydrateSale(storage);
    const { result } = renderHook(() => ({ lines: store.useBasketLines(), actions: store.useSaleActions(), problem: problems.useStorageProblem() }));

    act(() => result.current.actions.scanned(item('A')));
    await flush();
    saves[0]!.reject(new DOMException('full', 'QuotaExceededError'));
    await flush();
    expect(result.current.lines.map((l) => l.sku)).toEqual(['A']);
    expect(result.current.problem).toContain('out of storage space');

    act(() => result.current.actions.scanned(item('B')));
    await flush();
    saves[1]!.resolve();
    await flush();
    expect(result.current.problem).toBeNull();
  });

  it('records a sale after every earlier save, and shows its receipt with an empty basket', async () => {
    const store = await freshStore();
    const { storage, saves } = manualStorage();
    await store.hydrateSale(storage);
    const { result } = renderHook(() => ({ lines: store.useBasketLines(), saleId: store.useSaleId(), completed: store.useCompletedSale(), actions: store.useSaleActions() }));
    act(() => result.current.actions.scanned(item('A')));
    await flush();

    const order: string[] = [];
    let savedAfter: unknown;
    const recordSale = vi.fn(async (_sale: SaleRecord, after: (r: { receiptNumber: number; at: string }) => unknown) => {
      order.push('record');
      savedAfter = after({ receiptNumber: 7, at: '2026-12-07T00:00:00.000Z' });
      return { receiptNumber: 7, at: '2026-12-07T00:00:00.000Z' };
    });
    const sale = { id: result.current.saleId, at: '', storeName: 'Shop', book: { id: 'b' }, items: [{ sku: 'A', quantity: 1 }], receipt: { lines: [], discounts: [], total: 50 }, tenders: [], change: 0 } as unknown as SaleRecord;
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.actions.saleRecorded(sale, recordSale);
    });
    await flush();
    // The scan's save is still on its way: the recording waits for it.
    expect(recordSale).not.toHaveBeenCalled();
    order.push('save');
    saves[0]!.resolve();
    await act(async () => {
      await done;
    });
    expect(order).toEqual(['save', 'record']);
    expect(result.current.lines).toEqual([]);
    expect(result.current.completed?.receiptNumber).toBe(7);
    expect((savedAfter as { basket: { lines: unknown[] } }).basket.lines).toEqual([]);
  });

  it('refuses to record a sale that is not the one in progress, recording nothing', async () => {
    const store = await freshStore();
    const { storage, saves } = manualStorage();
    await store.hydrateSale(storage);
    const { result } = renderHook(() => ({ saleId: store.useSaleId(), lines: store.useBasketLines(), actions: store.useSaleActions() }));
    act(() => result.current.actions.scanned(item('A')));
    await flush();
    saves[0]!.resolve();
    await flush();
    const recordSale = vi.fn();
    // The screen priced A alone, but B was scanned since: recording A alone would lose B.
    act(() => result.current.actions.scanned(item('B')));
    const stale = { id: result.current.saleId, at: '', storeName: 'Shop', book: { id: 'b' }, items: [{ sku: 'A', quantity: 1 }], receipt: {}, tenders: [], change: 0 } as unknown as SaleRecord;
    const recording = result.current.actions.saleRecorded(stale, recordSale);
    await flush();
    saves[1]!.resolve();
    await expect(recording).rejects.toThrow('The sale changed while it was being completed');
    expect(recordSale).not.toHaveBeenCalled();
  });

  it('carries over a sale an earlier version kept in localStorage, then retires it', async () => {
    localStorage.setItem('till.basket', JSON.stringify({ state: { lines: [{ id: 1, sku: 'Z', quantity: 2 }], nextLineId: 2 }, version: 1 }));
    const store = await freshStore();
    const { storage, saves } = manualStorage(undefined);
    const hydrated = store.hydrateSale(storage);
    await flush();
    expect(saves).toHaveLength(1);
    saves[0]!.resolve();
    await hydrated;
    const { result } = renderHook(() => store.useBasketLines());
    expect(result.current).toEqual([{ id: 1, sku: 'Z', quantity: 2 }]);
    expect(localStorage.getItem('till.basket')).toBeNull();
  });
});
