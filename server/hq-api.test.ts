import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBook, sampleSale } from './test-support/sample-entries';
import { startHq, testDatabases, type Harness } from './test-support/hq-harness';

describe.each(testDatabases)('the head office API on %s', (kind) => {
  let hq: Harness;
  let tillToken: string;
  let otherToken: string;
  beforeAll(async () => {
    hq = await startHq(kind);
    await hq.call('POST', '/api/admin/stores', { body: { id: 'north', name: 'North Street' } });
    await hq.call('POST', '/api/admin/stores', { body: { id: 'south', name: 'South Road' } });
    tillToken = (await hq.call('POST', '/api/admin/stores/north/tills', { body: { id: 'till-1' } })).body.token;
    otherToken = (await hq.call('POST', '/api/admin/stores/south/tills', { body: { id: 'till-9' } })).body.token;
  });
  afterAll(() => hq.close());

  it('says it is up and which database it runs on', async () => {
    expect(await hq.call('GET', '/api/health', { token: null })).toMatchObject({ status: 200, body: { ok: true, database: kind } });
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'x'.repeat(43)],
  ])('refuses admin calls with %s', async (_name, token) => {
    const response = await hq.call('POST', '/api/admin/stores', { token, body: { id: 'east', name: 'East' } });
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/admin token/);
  });

  it('refuses a till token on admin calls and the admin token on till calls', async () => {
    expect((await hq.call('GET', '/api/admin/stores', { token: tillToken })).status).toBe(401);
    expect((await hq.call('GET', '/api/book')).status).toBe(401);
  });

  it('creates a store once, and says why a store is refused', async () => {
    expect(await hq.call('POST', '/api/admin/stores', { body: { id: 'west', name: 'West End' } })).toMatchObject({ status: 201, body: { id: 'west' } });
    expect((await hq.call('POST', '/api/admin/stores', { body: { id: 'west', name: 'Again' } })).status).toBe(409);
    const bad = await hq.call('POST', '/api/admin/stores', { body: { id: 'no spaces', name: '' } });
    expect(bad.status).toBe(422);
    expect(bad.body.problems.map((p: { path: string }) => p.path)).toEqual(['$.id', '$.name']);
  });

  it('publishes books as rising versions and refuses an invalid one with the engine’s paths', async () => {
    const bad = await hq.call('PUT', '/api/admin/stores/north/book', { body: { ...sampleBook, products: [{ sku: 'A', name: 'Apples', price: 1.5 }] } });
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toContainEqual({ path: '$.products[0].price', message: expect.stringContaining('whole number') });
    expect(await hq.call('PUT', '/api/admin/stores/north/book', { body: sampleBook })).toMatchObject({ status: 200, body: { version: 1 } });
    expect(await hq.call('PUT', '/api/admin/stores/north/book', { body: sampleBook })).toMatchObject({ status: 200, body: { version: 2 } });
    expect((await hq.call('PUT', '/api/admin/stores/nowhere/book', { body: sampleBook })).status).toBe(404);
  });

  it('serves a till its own store’s book with an ETag, and 304 while it has not changed', async () => {
    await hq.call('PUT', '/api/admin/stores/north/book', { body: { ...sampleBook, name: 'North book' } });
    const first = await hq.call('GET', '/api/book', { token: tillToken });
    expect(first.status).toBe(200);
    expect(first.body.name).toBe('North book');
    const etag = first.headers.get('etag')!;
    expect((await hq.call('GET', '/api/book', { token: tillToken, headers: { 'if-none-match': etag } })).status).toBe(304);
    await hq.call('PUT', '/api/admin/stores/north/book', { body: { ...sampleBook, name: 'North book, new prices' } });
    const next = await hq.call('GET', '/api/book', { token: tillToken, headers: { 'if-none-match': etag } });
    expect(next.status).toBe(200);
    expect(next.body.name).toBe('North book, new prices');
    expect(next.headers.get('etag')).not.toBe(etag);
    expect(await hq.call('GET', '/api/book', { token: otherToken })).toMatchObject({ status: 404, body: { message: expect.stringContaining('not published') } });
  });

  it('stores each sale once: a retried batch comes back as duplicates', async () => {
    const entries = [sampleSale('till-1', 1), sampleSale('till-1', 2)];
    const first = await hq.call('POST', '/api/sales', { token: tillToken, body: { entries } });
    expect(first).toMatchObject({ status: 200, body: { stored: 2, duplicate: 0 } });
    expect(first.body.results).toEqual([{ id: 'till-1-1', status: 'stored' }, { id: 'till-1-2', status: 'stored' }]);
    const again = await hq.call('POST', '/api/sales', { token: tillToken, body: { entries: [...entries, sampleSale('till-1', 3), sampleSale('till-1', 3)] } });
    expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate', 'stored', 'duplicate']);
    expect(await countEntries(hq, 'north')).toBe(3);
  });

  it('refuses a whole batch holding another till’s entry with 403, storing nothing', async () => {
    const response = await hq.call('POST', '/api/sales', { token: otherToken, body: { entries: [sampleSale('till-9', 1), sampleSale('till-1', 50)] } });
    expect(response).toMatchObject({ status: 403, body: { path: '$.entries[1].tillId' } });
    expect(await countEntries(hq, 'south')).toBe(0);
  });

  it('refuses a whole batch holding an invalid entry with 422 and its path, storing nothing', async () => {
    const broken = { ...sampleSale('till-1', 11), total: '2.10' };
    const response = await hq.call('POST', '/api/sales', { token: tillToken, body: { entries: [sampleSale('till-1', 10), broken] } });
    expect(response.status).toBe(422);
    expect(response.body.problems[0].path).toBe('$.entries[1].total');
    expect((await hq.call('POST', '/api/sales', { token: tillToken, body: { entries: [] } })).status).toBe(422);
    expect(await countEntries(hq, 'north')).toBe(3);
  });

  it('takes a till’s backlog of 10,000 entries in batches of 1,000, with no receipt number missing', async () => {
    const token = (await hq.call('POST', '/api/admin/stores/north/tills', { body: { id: 'till-back' } })).body.token;
    for (let start = 1; start <= 10_000; start += 1000) {
      const entries = Array.from({ length: 1000 }, (_, i) => sampleSale('till-back', start + i));
      expect((await hq.call('POST', '/api/sales', { token, body: { entries } })).body).toMatchObject({ stored: 1000, duplicate: 0 });
    }
    const { body } = await hq.call('GET', '/api/admin/reports/gaps?store=north');
    expect(body.tills.find((t: { till: string }) => t.till === 'till-back')).toMatchObject({ entries: 10_000, first: 1, last: 10_000, missing: 0 });
  });

  it('refuses a body over the size limit', async () => {
    const huge = { ...sampleBook, products: Array.from({ length: 200_000 }, (_, i) => ({ sku: `S${i}`, name: 'x'.repeat(40), price: 1 })) };
    expect((await hq.call('PUT', '/api/admin/stores/north/book', { body: huge })).status).toBe(413);
    const tooMany = Array.from({ length: 1001 }, (_, i) => sampleSale('till-1', 100 + i));
    const refused = await hq.call('POST', '/api/sales', { token: tillToken, body: { entries: tooMany } });
    expect(refused).toMatchObject({ status: 422, body: { problems: [{ path: '$.entries' }] } });
  });

  it('revokes a till: its token stops working, and it can be enrolled again with a new one', async () => {
    const token = (await hq.call('POST', '/api/admin/stores/south/tills', { body: { id: 'till-r' } })).body.token;
    expect((await hq.call('GET', '/api/till', { token })).body).toEqual({ store: 'south', storeName: 'South Road', till: 'till-r' });
    expect((await hq.call('POST', '/api/admin/stores/south/tills', { body: { id: 'till-r' } })).status).toBe(409);
    expect((await hq.call('DELETE', '/api/admin/stores/south/tills/till-r')).status).toBe(204);
    expect((await hq.call('GET', '/api/till', { token })).status).toBe(401);
    expect((await hq.call('DELETE', '/api/admin/stores/south/tills/till-r')).status).toBe(404);
    const again = await hq.call('POST', '/api/admin/stores/south/tills', { body: { id: 'till-r' } });
    expect(again.status).toBe(201);
    expect(again.body.token).not.toBe(token);
    expect((await hq.call('GET', '/api/till', { token: again.body.token })).status).toBe(200);
  });

  it('stores a sale and a voided sale that changed hands with their takeovers, once each, and a Z report counting them', async () => {
    const token = (await hq.call('POST', '/api/admin/stores/north/tills', { body: { id: 'till-t' } })).body.token;
    const alex = { id: '3', name: 'Alex' };
    const sam = { id: '2', name: 'Sam' };
    const takeovers = [{ from: alex, to: sam, at: '2026-12-01T08:59:00.000Z' }];
    const sale = { ...sampleSale('till-t', 1), operator: sam, takeovers };
    const voided = { kind: 'void', id: 'till-t-2', tillId: 'till-t', receiptNumber: 2, at: '2026-12-01T09:05:00.000Z', currency: 'GBP', storeName: 'Sample store', operator: sam, saleId: 'till-t-s9', items: 1, total: 50, tendered: 0, takeovers };
    expect((await hq.call('POST', '/api/sales', { token, body: { entries: [sale, voided] } })).body).toMatchObject({ stored: 2, duplicate: 0 });
    expect((await hq.call('POST', '/api/sales', { token, body: { entries: [sale, voided] } })).body).toMatchObject({ stored: 0, duplicate: 2 });
    const rows = await hq.database.db.selectFrom('journal_entries').select(['entry_id', 'body', 'total']).where('till_id', '=', 'till-t').orderBy('receipt_number').execute();
    expect(rows.map((row) => [row.entry_id, (row.body as { takeovers?: unknown }).takeovers, row.total])).toEqual([
      ['till-t-1', takeovers, sale.total],
      // A takeover moves no money: the void's figures stay zero.
      ['till-t-2', takeovers, 0],
    ]);
    expect((await hq.call('POST', '/api/sales', { token, body: { entries: [{ ...sampleSale('till-t', 3), takeovers: [{ ...takeovers[0], to: { id: '2' } }] }] } })).body).toMatchObject({
      problems: [{ path: '$.entries[0].takeovers[0].to.name' }],
    });

    // The till's Z counts both against Alex, taken over by Sam; its events' refund and takeover counts are new, and kept.
    const taken = { voids: 0, voidedTotal: 0, noSales: 0, lineVoids: 0, lineVoidedTotal: 0, refunds: 0, refundedTotal: 0, cashRefundsOfCard: 0, cashRefundOfCardTotal: 0, takeovers: 2 };
    const samsVoid = { ...taken, voids: 1, voidedTotal: 50, takeovers: 0 };
    const events = { ...taken, voids: 1, voidedTotal: 50, byOperator: [{ operator: sam, ...samsVoid, approvals: [{ approver: null, ...samsVoid }] }, { operator: alex, ...taken, approvals: [{ approver: sam, ...taken }] }] };
    const z = {
      id: 'z-till-t-1', tillId: 'till-t', zNumber: 1, closedAt: '2026-12-01T22:00:00.000Z', fromReceipt: 1, toReceipt: 2,
      totals: { currencies: ['GBP'], sales: 1, refunds: 0, salesTotal: sale.total, refundsTotal: 0, net: sale.total, takings: { cash: sale.total, card: 0 }, discounts: [], openingFloat: 0, expectedCash: sale.total, firstReceipt: 1, lastReceipt: 2, events },
    };
    expect((await hq.call('POST', '/api/z-reports', { token, body: { reports: [z] } })).body).toMatchObject({ stored: 1 });
    const stored = await hq.database.db.selectFrom('z_reports').select('body').where('z_id', '=', 'z-till-t-1').executeTakeFirstOrThrow();
    expect((stored.body as { totals: { events: unknown } }).totals.events).toEqual(events);
  });
});

async function countEntries(hq: Harness, store: string): Promise<number> {
  const row = await hq.database.db.selectFrom('journal_entries').select((eb) => eb.fn.countAll().as('n')).where('store_id', '=', store).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the head office API in a browser', () => {
  it('lets a till page on another origin call it with its token, and read the ETag', async () => {
    const hq = await startHq('pglite');
    try {
      const preflight = await fetch(`${hq.url}/api/book`, {
        method: 'OPTIONS',
        headers: { origin: 'http://till.example:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,if-none-match' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
      const health = await fetch(`${hq.url}/api/health`, { headers: { origin: 'http://till.example:5173' } });
      expect(health.headers.get('access-control-expose-headers')).toContain('ETag');
    } finally {
      await hq.close();
    }
  });
});
