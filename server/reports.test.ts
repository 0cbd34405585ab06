import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHq, testDatabases, type Harness } from './test-support/hq-harness';
import { sampleBook, sampleRefund, sampleSale } from './test-support/sample-entries';

// Figures worked by hand from the sample book (A 50 each, 3 for 1.30; B 30):
//   north till-1, 1 Dec: r1 4 A + B cash 210 (saved 20, £5 note, 290 change); r2 2 A + B card 130;
//     r3 refund of r1's bread, 30 cash; r4 at 23:30 UTC (00:30 on 2 Dec in Berlin) 3 A + B card 160 (saved 20).
//   south till-9, 1 Dec: r1 3 A + B cash 160 (saved 20).
//   north till-2, 30 Nov: receipts 1, 2 and 5 (3 and 4 never arrived).
describe.each(testDatabases)('the reports on %s', (kind) => {
  let hq: Harness;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hq = await startHq(kind);
    for (const [store, till] of [['north', 'till-1'], ['north', 'till-2'], ['south', 'till-9']] as const) {
      await hq.call('POST', '/api/admin/stores', { body: { id: store, name: store } });
      tokens[till] = (await hq.call('POST', `/api/admin/stores/${store}/tills`, { body: { id: till } })).body.token;
    }
    await hq.call('PUT', '/api/admin/stores/north/book', { body: sampleBook });
    const r1 = sampleSale('till-1', 1);
    const north = [r1, sampleSale('till-1', 2, { apples: 2, card: true }), sampleRefund(r1, 3), sampleSale('till-1', 4, { apples: 3, card: true, at: '2026-12-01T23:30:00.000Z' })];
    const earlier = [1, 2, 5].map((n) => sampleSale('till-2', n, { at: `2026-11-30T10:00:0${n}.000Z` }));
    for (const [till, entries] of [['till-1', north], ['till-2', earlier], ['till-9', [sampleSale('till-9', 1, { apples: 3 })]]] as const) {
      expect((await hq.call('POST', '/api/sales', { token: tokens[till]!, body: { entries } })).status).toBe(200);
    }
  });
  afterAll(() => hq.close());

  it('sums sales, refunds, savings and tenders per store, till and UTC day', async () => {
    const { body } = await hq.call('GET', '/api/admin/reports/sales?from=2026-12-01T00:00:00Z&to=2026-12-03T00:00:00Z');
    expect(body.days).toEqual([
      { store: 'north', till: 'till-1', day: '2026-12-01', currency: 'GBP', sales: 3, refunds: 1, gross: 500, refunded: 30, net: 470, savings: 40, tenders: { cash: 180, card: 290 } },
      { store: 'south', till: 'till-9', day: '2026-12-01', currency: 'GBP', sales: 1, refunds: 0, gross: 160, refunded: 0, net: 160, savings: 20, tenders: { cash: 160, card: 0 } },
    ]);
  });

  it('counts days in the time zone asked for, for one store', async () => {
    const { body } = await hq.call('GET', '/api/admin/reports/sales?from=2026-12-01T00:00:00Z&store=north&tz=Europe/Berlin');
    expect(body.days).toEqual([
      { store: 'north', till: 'till-1', day: '2026-12-01', currency: 'GBP', sales: 2, refunds: 1, gross: 340, refunded: 30, net: 310, savings: 20, tenders: { cash: 180, card: 130 } },
      { store: 'north', till: 'till-1', day: '2026-12-02', currency: 'GBP', sales: 1, refunds: 0, gross: 160, refunded: 0, net: 160, savings: 20, tenders: { cash: 0, card: 160 } },
    ]);
  });

  it('refuses a time zone it does not know', async () => {
    const response = await hq.call('GET', '/api/admin/reports/sales?tz=Mars/Olympus');
    expect(response.status).toBe(422);
    expect(response.body.problems[0].path).toBe('$.tz');
  });

  it('gives the savings per offer across the chain', async () => {
    const { body } = await hq.call('GET', '/api/admin/reports/offers?from=2026-12-01T00:00:00Z');
    expect(body.offers).toEqual([{ offerId: 'A3', label: '3 for 1.30', currency: 'GBP', applications: 3, saving: 60, stores: 2 }]);
  });

  it('reports the receipt numbers missing per till', async () => {
    const { body } = await hq.call('GET', '/api/admin/reports/gaps?store=north');
    expect(body.tills).toEqual([
      { store: 'north', till: 'till-1', entries: 4, first: 1, last: 4, missing: 0, gaps: [] },
      { store: 'north', till: 'till-2', entries: 3, first: 1, last: 5, missing: 2, gaps: [{ from: 3, to: 4 }] },
    ]);
  });

  it('checks each till’s Z report against the entries head office holds for its receipt numbers', async () => {
    const z = (till: string, id: string, to: number, sales: number, salesTotal: number, refunds: number, refundsTotal: number, cash: number, card: number) => ({
      id,
      tillId: till,
      zNumber: 1,
      closedAt: '2026-12-01T22:00:00.000Z',
      fromReceipt: 1,
      toReceipt: to,
      totals: { currencies: ['GBP'], sales, refunds, salesTotal, refundsTotal, net: salesTotal - refundsTotal, takings: { cash, card }, discounts: [], expectedCash: cash, firstReceipt: 1, lastReceipt: to },
    });
    const upload = (till: string, report: unknown) => hq.call('POST', '/api/z-reports', { token: tokens[till]!, body: { reports: [report] } });
    expect((await upload('till-1', z('till-1', 'z-north-1', 4, 3, 500, 1, 30, 180, 290))).body).toMatchObject({ stored: 1 });
    expect((await upload('till-1', z('till-1', 'z-north-1', 4, 3, 500, 1, 30, 180, 290))).body).toMatchObject({ stored: 0, duplicate: 1 });
    // till-2 closed five sales of 210 cash; head office has receipts 1, 2 and 5 only.
    await upload('till-2', z('till-2', 'z-north-2', 5, 5, 1050, 0, 0, 1050, 0));
    expect((await upload('till-1', z('till-2', 'z-x', 1, 0, 0, 0, 0, 0, 0))).status).toBe(403);
    const { body } = await hq.call('GET', '/api/admin/reports/z?store=north');
    expect(body.zReports.map((r: { till: string; missing: number; matches: boolean }) => [r.till, r.missing, r.matches])).toEqual([['till-1', 0, true], ['till-2', 2, false]]);
    expect(body.zReports[1].atHq).toEqual({ sales: 3, refunds: 0, salesTotal: 630, refundsTotal: 0, net: 630, takings: { cash: 630, card: 0 } });
  });

  it('re-prices a store’s recorded sales with a draft book (chain what-if)', async () => {
    const draft = { ...sampleBook, offers: [{ id: 'A3', kind: 'multi-buy', label: '3 for 1.00', products: ['A'], quantity: 3, price: 100 }] };
    const response = await hq.call('POST', '/api/admin/what-if', { body: { from: '2026-12-01T00:00:00Z', to: '2026-12-03T00:00:00Z', drafts: { north: draft } } });
    expect(response.status).toBe(200);
    const [north] = response.body.stores;
    // r1 4 A + B: 100 + 50 + 30 = 180 (was 210); r2 unchanged 130; r4 3 A + B: 100 + 30 = 130 (was 160).
    expect(north).toMatchObject({ store: 'north', sales: 3, truncated: false, charged: { total: 500, savings: 40 }, whatIf: { total: 440, savings: 100 } });
    expect(north.offers).toEqual([{ offerId: 'A3', label: '3 for 1.30', charged: 40, whatIf: 100 }]);
    expect(north.changed.map((c: { receiptNumber: number; difference: number }) => [c.receiptNumber, c.difference])).toEqual([[1, -30], [4, -30]]);
  });

  it('refuses an invalid draft book with its path', async () => {
    const bad = { ...sampleBook, products: [{ sku: 'A', name: 'Apples', price: -5 }] };
    const response = await hq.call('POST', '/api/admin/what-if', { body: { from: '2026-12-01T00:00:00Z', to: '2026-12-03T00:00:00Z', drafts: { north: bad } } });
    expect(response.status).toBe(422);
    expect(response.body.problems.map((p: { path: string }) => p.path)).toContain('$.drafts.north.products[0].price');
  });
});
