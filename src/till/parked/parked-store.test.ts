// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Basket } from '../basket/basket-rules';
import type { ParkedSaleStorage } from './parked-storage';

/** Storage as the journal keeps it: rows by key, each operation all or nothing. */
function memoryStorage() {
  const rows = new Map<string, unknown>();
  const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
  let failNext = false;
  const storage: ParkedSaleStorage & { load(): Promise<unknown>; save(state: unknown): Promise<void> } = {
    load: () => Promise.resolve(rows.get('current')),
    save: (state) => {
      rows.set('current', copy(state));
      return Promise.resolve();
    },
    list: () => Promise.resolve([...rows].filter(([key]) => key.startsWith('parked:')).map(([key, state]) => ({ id: key.slice(7), state }))),
    park: (id, parked, current) => {
      if (failNext) return Promise.reject(new Error('the disk is full'));
      rows.set(`parked:${id}`, copy(parked));
      rows.set('current', copy(current));
      return Promise.resolve();
    },
    recall: (id, current) => {
      const parked = rows.get(`parked:${id}`);
      if (parked === undefined) return Promise.resolve(undefined);
      const next = copy(current(parked));
      rows.delete(`parked:${id}`);
      rows.set('current', next);
      return Promise.resolve(parked);
    },
  };
  return { storage, rows, failNextPark: () => (failNext = true) };
}

async function freshTill() {
  vi.resetModules();
  const sale = await import('../sale/sale-store');
  const parked = await import('./parked-store');
  const memory = memoryStorage();
  await sale.hydrateSale(memory.storage);
  await parked.connectParkedSales(memory.storage);
  return { sale, parked, ...memory };
}

const priced = (basket: Basket) => ({ total: basket.lines.length * 100, currency: 'GBP' });
const AT = '2026-12-07T10:05:00.000Z';
const skus = (lines: readonly { sku: string }[]) => lines.map((line) => line.sku);

beforeEach(() => localStorage.clear());

describe('parked sales', () => {
  it('parks the sale in one write and leaves the till empty, then recalls it whole', async () => {
    const { sale, parked, rows } = await freshTill();
    const { scanned, ageChecked } = storeActions(sale);
    scanned({ sku: 'A', quantity: 2 });
    scanned({ sku: 'WINE', quantity: 1 });
    ageChecked({ sku: 'WINE', minimumAge: 18, outcome: 'confirmed', at: AT });
    await sale.saleSaved();
    const parkedId = sale.saleNow().checkout.saleId;

    const result = await parked.parkSale(priced, AT);
    expect(result.ok).toBe(true);
    expect(sale.saleNow().basket.lines).toEqual([]);
    expect(sale.saleNow().checkout.saleId).not.toBe(parkedId);
    // On disk: the parked sale under its key, and the empty till as the sale in progress.
    expect(skus((rows.get(`parked:${parkedId}`) as { basket: Basket }).basket.lines)).toEqual(['A', 'WINE']);
    expect((rows.get('current') as { basket: Basket }).basket.lines).toEqual([]);

    const list = await waitForList(parked, 1);
    expect(list[0]).toMatchObject({ id: parkedId, total: 200, parkedAt: AT });

    const recalled = await parked.recallSale(parkedId);
    expect(recalled.ok).toBe(true);
    expect(skus(sale.saleNow().basket.lines)).toEqual(['A', 'WINE']);
    expect(sale.saleNow().basket.ageChecks).toEqual([{ sku: 'WINE', minimumAge: 18, outcome: 'confirmed', at: AT }]);
    expect(sale.saleNow().checkout.saleId).toBe(parkedId);
    expect(rows.has(`parked:${parkedId}`)).toBe(false);
    expect(skus((rows.get('current') as { basket: Basket }).basket.lines)).toEqual(['A', 'WINE']);
    expect(await waitForList(parked, 0)).toEqual([]);
  });

  it('refuses to recall onto a till with a sale on it, and leaves both where they were', async () => {
    const { sale, parked, rows } = await freshTill();
    storeActions(sale).scanned({ sku: 'A', quantity: 1 });
    await parked.parkSale(priced, AT);
    storeActions(sale).scanned({ sku: 'B', quantity: 1 });
    const [waiting] = await waitForList(parked, 1);

    expect(await parked.recallSale(waiting!.id)).toEqual({ ok: false, message: 'The till has a sale on it: park it, finish it or void it first, then recall' });
    expect(skus(sale.saleNow().basket.lines)).toEqual(['B']);
    expect(rows.has(`parked:${waiting!.id}`)).toBe(true);
  });

  it('refuses to park a sale with money taken', async () => {
    const { sale, parked } = await freshTill();
    storeActions(sale).scanned({ sku: 'A', quantity: 1 });
    storeActions(sale).tendered('cash', 50, 100, (amount) => String(amount));
    expect(await parked.parkSale(priced, AT)).toEqual({ ok: false, message: 'Money has been taken for this sale: finish it, or remove the payments in Pay, before parking it' });
    expect(skus(sale.saleNow().basket.lines)).toEqual(['A']);
  });

  it('keeps the sale on the till when parking cannot be written', async () => {
    const { sale, parked, failNextPark } = await freshTill();
    storeActions(sale).scanned({ sku: 'A', quantity: 1 });
    failNextPark();
    expect(await parked.parkSale(priced, AT)).toEqual({ ok: false, message: 'The sale could not be parked, and is still on the till: the disk is full' });
    expect(skus(sale.saleNow().basket.lines)).toEqual(['A']);
    expect(await waitForList(parked, 0)).toEqual([]);
  });

  it('says so when the sale was recalled elsewhere meanwhile', async () => {
    const { parked } = await freshTill();
    expect(await parked.recallSale('gone')).toEqual({ ok: false, message: 'That sale is no longer parked (recalled in another tab?)' });
  });
});

/** The sale store's actions, as the till screen gets them. */
function storeActions(sale: typeof import('../sale/sale-store')) {
  return renderHook(() => sale.useSaleActions()).result.current;
}

/** The parked list as the till screen shows it, which must hold `length` sales. */
async function waitForList(parked: typeof import('./parked-store'), length: number) {
  const { result } = renderHook(() => parked.useParkedSales());
  await act(async () => Promise.resolve());
  expect(result.current).toHaveLength(length);
  return result.current;
}
