// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaleRecord } from '../checkout/record-sale';
import { localSaleRescue, RESCUE_KEY, takesRescue } from './sale-rescue';
import { freshSale, type SaleInProgress } from './sale-state';
import type { SaleRescue, SaleStorage } from './sale-storage';

/** The disk: saves that resolve only when the test says so (`held`), else at once; what is on it, and a rescue of its own. */
function disk(held = false) {
  let onDisk: unknown;
  const pending: (() => void)[] = [];
  const kept: { state: unknown } = { state: undefined };
  const rescue: SaleRescue = {
    keep: (state) => void (kept.state = JSON.parse(JSON.stringify(state)) as unknown),
    take: () => {
      const { state } = kept;
      kept.state = undefined;
      return state;
    },
    drop: () => void (kept.state = undefined),
  };
  const storage = (): SaleStorage => ({
    load: () => Promise.resolve(onDisk),
    save: (state) =>
      new Promise<void>((resolve) => {
        const write = () => {
          onDisk = JSON.parse(JSON.stringify(state)) as unknown;
          resolve();
        };
        if (held) pending.push(write);
        else write();
      }),
    rescue,
  });
  return { storage, kept, pending, release: () => (held = false), onDisk: () => onDisk };
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const item = (sku: string) => ({ sku, quantity: 1 });

/** A page load: a fresh copy of the store, hydrated from `storage`. */
async function load(storage: SaleStorage) {
  vi.resetModules();
  const store = await import('./sale-store');
  await store.hydrateSale(storage);
  const { result, unmount } = renderHook(() => ({ lines: store.useBasketLines(), saleId: store.useSaleId(), actions: store.useSaleActions() }));
  return { store, result, unmount };
}

const skus = (lines: readonly { sku: string }[]) => lines.map((l) => l.sku);

beforeEach(() => localStorage.clear());

describe('a sale rescued when the page goes away', () => {
  it('keeps scans still on their way to disk through a reload, and saves them', async () => {
    const d = disk(true);
    const first = await load(d.storage());
    act(() => {
      first.result.current.actions.scanned(item('A'));
      first.result.current.actions.scanned(item('B'));
    });
    await flush();
    // Neither write has reached the disk when the cashier's finger hits F5.
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    expect(d.onDisk()).toBeUndefined();

    d.release();
    const second = await load(d.storage());
    expect(skus(second.result.current.lines)).toEqual(['A', 'B']);
    expect(skus((d.onDisk() as SaleInProgress).basket.lines)).toEqual(['A', 'B']);
    expect(d.kept.state).toBeUndefined();
  });

  it('keeps nothing when everything is on disk, or while a completion decides what is', async () => {
    const d = disk();
    const first = await load(d.storage());
    act(() => first.result.current.actions.scanned(item('A')));
    await flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(d.kept.state).toBeUndefined();

    let finish: () => void = () => undefined;
    const recordSale = vi.fn(() => new Promise<{ receiptNumber: number; at: string }>((resolve) => (finish = () => resolve({ receiptNumber: 1, at: '2026-12-07T00:00:00.000Z' }))));
    const sale = { id: first.result.current.saleId, at: '', storeName: 'Shop', book: { id: 'b' }, items: [{ sku: 'A', quantity: 1 }], receipt: { lines: [], discounts: [], total: 50 }, tenders: [], change: 0 } as unknown as SaleRecord;
    let recording: Promise<unknown> = Promise.resolve();
    act(() => {
      recording = first.result.current.actions.saleRecorded(sale, recordSale);
    });
    await flush();
    expect(recordSale).toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    expect(d.kept.state).toBeUndefined();
    finish();
    await act(async () => {
      await recording;
    });
    first.unmount();
  });

  it('drops the rescue when the page comes back from the back-forward cache', async () => {
    const d = disk(true);
    const first = await load(d.storage());
    act(() => first.result.current.actions.scanned(item('A')));
    await flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(d.kept.state).toBeDefined();
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(d.kept.state).toBeUndefined();
    first.unmount();
  });
});

describe('whether a rescue takes the place of the sale on disk', () => {
  const open = (id: string): SaleInProgress => freshSale(id);
  const completed = (id: string): SaleInProgress => {
    const sale = freshSale(id);
    return { ...sale, checkout: { ...sale.checkout, completed: { saleId: id } as never } };
  };
  it.each<[string, SaleInProgress | undefined, SaleInProgress, boolean]>([
    ['the same sale, open on both', open('s1'), open('s1'), true],
    ['a first sale that never reached the disk', undefined, open('s1'), true],
    ['the same sale, recorded since (its completion committed after the page went away)', completed('s1'), open('s1'), false],
    ['another sale than the one on disk (a rescue left by a tab that only read)', open('s2'), open('s1'), false],
    ['the next sale, begun on a recorded one’s receipt', completed('s1'), open('s2'), false],
    ['a rescued receipt view', open('s1'), completed('s1'), false],
  ])('%s: %s', (_name, loaded, rescued, takes) => {
    expect(takesRescue(loaded, rescued)).toBe(takes);
  });
});

describe('the rescue in localStorage', () => {
  it('is taken once, and never throws on what it cannot read', () => {
    localSaleRescue.keep({ version: 1, basket: { lines: [] } });
    expect(localSaleRescue.take()).toEqual({ version: 1, basket: { lines: [] } });
    expect(localSaleRescue.take()).toBeUndefined();
    localStorage.setItem(RESCUE_KEY, '{not json');
    expect(localSaleRescue.take()).toBeUndefined();
    expect(localStorage.getItem(RESCUE_KEY)).toBeNull();
  });
});
