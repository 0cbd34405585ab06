import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHqClient, retryDelayMs, type HqClient } from '../src/hq/hq-client';
import { startHq, testDatabases, type Harness } from './test-support/hq-harness';
import { sampleBook, sampleSale } from './test-support/sample-entries';

describe.each(testDatabases)('the till’s head office client against a real head office on %s', (kind) => {
  let hq: Harness;
  let client: HqClient;
  let token: string;
  beforeAll(async () => {
    hq = await startHq(kind);
    await hq.call('POST', '/api/admin/stores', { body: { id: 'north', name: 'North Street' } });
    token = (await hq.call('POST', '/api/admin/stores/north/tills', { body: { id: 'till-1' } })).body.token;
    client = createHqClient({ baseUrl: `${hq.url}/`, token });
  });
  afterAll(() => hq.close());

  it('says which store and till it is', async () => {
    expect(await client.whoAmI()).toEqual({ kind: 'till', store: 'north', storeName: 'North Street', till: 'till-1' });
  });

  it('follows the store’s book: none, then a version, unchanged, then the next', async () => {
    expect(await client.fetchBook()).toMatchObject({ kind: 'none' });
    await hq.call('PUT', '/api/admin/stores/north/book', { body: sampleBook });
    const first = await client.fetchBook();
    expect(first).toMatchObject({ kind: 'book', version: 1, book: { currency: 'GBP', products: [{ sku: 'A' }, { sku: 'B' }] } });
    const etag = first.kind === 'book' ? first.etag : '';
    expect(await client.fetchBook(etag)).toEqual({ kind: 'unchanged' });
    await hq.call('PUT', '/api/admin/stores/north/book', { body: { ...sampleBook, products: [{ sku: 'A', name: 'Apples', price: 55 }, { sku: 'B', name: 'Bread', price: 30 }] } });
    expect(await client.fetchBook(etag)).toMatchObject({ kind: 'book', version: 2, book: { products: [{ price: 55 }, { price: 30 }] } });
  });

  it('uploads entries once, a retry coming back as duplicates', async () => {
    const entries = [sampleSale('till-1', 1), sampleSale('till-1', 2)];
    expect(await client.uploadSales(entries)).toMatchObject({ kind: 'uploaded', stored: 2, duplicate: 0 });
    expect(await client.uploadSales(entries)).toEqual({
      kind: 'uploaded',
      stored: 0,
      duplicate: 2,
      results: [{ id: 'till-1-1', status: 'duplicate' }, { id: 'till-1-2', status: 'duplicate' }],
    });
  });

  it('tells an invalid batch and another till’s entry apart from an outage', async () => {
    const invalid = await client.uploadSales([{ ...sampleSale('till-1', 3), currency: 'pounds' }]);
    expect(invalid).toMatchObject({ kind: 'invalid', problems: [{ path: '$.entries[0].currency' }] });
    expect(await client.uploadSales([sampleSale('someone-else', 1)])).toMatchObject({ kind: 'forbidden', path: '$.entries[0].tillId' });
    const nobody = createHqClient({ baseUrl: 'http://127.0.0.1:9', token, timeoutMs: 2000 });
    expect(await nobody.uploadSales([sampleSale('till-1', 3)])).toMatchObject({ kind: 'unavailable' });
  });

  it('uploads a Z report once', async () => {
    const z = {
      id: 'z-1',
      tillId: 'till-1',
      zNumber: 1,
      closedAt: '2026-12-01T22:00:00.000Z',
      fromReceipt: 1,
      toReceipt: 2,
      totals: { currencies: ['GBP'], sales: 2, refunds: 0, salesTotal: 420, refundsTotal: 0, net: 420, takings: { cash: 420, card: 0 }, discounts: [], openingFloat: 0, expectedCash: 420, firstReceipt: 1, lastReceipt: 2 },
    };
    expect(await client.uploadZReports([z])).toMatchObject({ kind: 'uploaded', stored: 1 });
    expect(await client.uploadZReports([z])).toMatchObject({ kind: 'uploaded', duplicate: 1 });
  });

  it('says when the till must be enrolled again', async () => {
    const stranger = createHqClient({ baseUrl: hq.url, token: 'not-a-token-head-office-gave' });
    expect(await stranger.fetchBook()).toMatchObject({ kind: 'unauthorized' });
    expect(await stranger.uploadSales([sampleSale('till-1', 3)])).toMatchObject({ kind: 'unauthorized' });
  });
});

describe('retry delays', () => {
  it.each([
    [1, 0, 500],
    [1, 0.999, 1000],
    [4, 0, 4000],
    [30, 0.5, 225_000],
  ])('attempt %i with jitter %f waits %i ms', (attempt, random, ms) => {
    expect(retryDelayMs(attempt, random)).toBe(ms);
  });
});
