import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient, type AdminClient } from '../src/head-office/admin-client';
import { startHq, testDatabases, type Harness } from './test-support/hq-harness';
import { sampleBook, sampleSale } from './test-support/sample-entries';

describe.each(testDatabases)('the head office console’s admin client against a real head office on %s', (kind) => {
  let hq: Harness;
  let admin: AdminClient;
  beforeAll(async () => {
    hq = await startHq(kind);
    admin = createAdminClient({ baseUrl: `${hq.url}/`, token: hq.adminToken });
  });
  afterAll(() => hq.close());

  it('connects, adds a store and lists it', async () => {
    expect(await admin.connect()).toEqual({ kind: 'ok', data: { database: kind, stores: [] } });
    expect(await admin.addStore('north', 'North Street')).toEqual({ kind: 'ok', data: { id: 'north', name: 'North Street' } });
    expect(await admin.addStore('north', 'Again')).toMatchObject({ kind: 'conflict', message: 'Store "north" already exists' });
    expect(await admin.stores()).toEqual({ kind: 'ok', data: [{ id: 'north', name: 'North Street', bookVersion: null, tills: [] }] });
  });

  it('says which field of a new store is wrong', async () => {
    expect(await admin.addStore('no spaces', 'X')).toMatchObject({ kind: 'refused', problems: [{ path: '$.id' }] });
  });

  it('publishes books: none at first, refused ones with their paths, then versions', async () => {
    expect(await admin.book('north')).toEqual({ kind: 'ok', data: undefined });
    expect(await admin.book('nowhere')).toMatchObject({ kind: 'not-found' });
    const refused = await admin.publishBook('north', { ...sampleBook, products: [{ sku: 'A', name: 'Apples', price: -5 }] });
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' ? refused.problems.map((p) => p.path) : []).toContain('$.products[0].price');
    expect(await admin.publishBook('north', sampleBook)).toEqual({ kind: 'ok', data: { version: 1 } });
    expect(await admin.book('north')).toEqual({ kind: 'ok', data: { version: 1, json: sampleBook } });
  });

  it('enrols a till with a token that works once, and revokes it', async () => {
    const added = await admin.addTill('north', 'till-1');
    expect(added.kind).toBe('ok');
    const token = added.kind === 'ok' ? added.data.token : '';
    expect((await hq.call('GET', '/api/till', { token })).status).toBe(200);
    expect(await admin.addTill('north', 'till-1')).toMatchObject({ kind: 'conflict' });
    expect(await admin.revokeTill('north', 'till-1')).toEqual({ kind: 'ok', data: null });
    expect((await hq.call('GET', '/api/till', { token })).status).toBe(401);
    expect(await admin.revokeTill('north', 'till-1')).toMatchObject({ kind: 'not-found' });
  });

  it('reads the reports and runs a what-if', async () => {
    const enrolled = await hq.call('POST', '/api/admin/stores/north/tills', { body: { id: 'till-3' } });
    await hq.call('POST', '/api/sales', { token: enrolled.body.token, body: { entries: [sampleSale('till-3', 1), sampleSale('till-3', 3, { apples: 2 })] } });
    const scope = { from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z' };
    expect(await admin.salesReport({ ...scope, store: 'north' })).toMatchObject({ kind: 'ok', data: [{ store: 'north', till: 'till-3', day: '2026-12-01', sales: 2, gross: 340, savings: 20 }] });
    expect(await admin.vatReport(scope)).toEqual({ kind: 'ok', data: [] });
    expect(await admin.offerReport(scope)).toMatchObject({ kind: 'ok', data: [{ offerId: 'A3', saving: 20 }] });
    expect(await admin.gapReport('north')).toMatchObject({ kind: 'ok', data: [{ till: 'till-3', missing: 1, gaps: [{ from: 2, to: 2 }] }] });
    const whatIf = await admin.whatIf({ ...scope, drafts: { north: { ...sampleBook, offers: [] } } });
    expect(whatIf).toMatchObject({ kind: 'ok', data: [{ store: 'north', sales: 2, charged: { savings: 20 }, whatIf: { savings: 0 } }] });
    expect(await admin.whatIf({ ...scope, drafts: { north: { currency: 'GBP' } } })).toMatchObject({ kind: 'refused', problems: [{ path: expect.stringMatching(/^\$\.drafts\.north/) }] });
  });

  it('tells a wrong token from a wrong address from an address where nothing answers', async () => {
    expect(await createAdminClient({ baseUrl: hq.url, token: 'not-the-token' }).connect()).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/refused the admin token/) });
    const other = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>a web page</p>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as AddressInfo;
    expect(await createAdminClient({ baseUrl: `http://127.0.0.1:${port}`, token: hq.adminToken }).connect()).toMatchObject({ kind: 'not-head-office' });
    await new Promise((resolve) => other.close(resolve));
    expect(await createAdminClient({ baseUrl: `http://127.0.0.1:${port}`, token: hq.adminToken }).connect()).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/could not be reached/) });
  });
});
