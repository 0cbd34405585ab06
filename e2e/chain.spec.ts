import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startHq, type Harness } from '../server/test-support/hq-harness';
import { DEMO, expect, signInWhenAsked, test, Till } from './fixtures';

// Two stores of one chain, a till in each (two browser contexts: two devices), enrolled with a
// head office started here on in-memory PostgreSQL (PGlite). Prices are the kata book's:
// A 50 (3 for 1.30), B 30 (2 for 0.45).

let hq: Harness;
test.beforeAll(async () => {
  hq = await startHq('pglite');
});
test.afterAll(async () => {
  await hq?.close();
});

const kata = async () => JSON.parse(await readFile(new URL('../public/books/kata.json', import.meta.url), 'utf8')) as { products: { sku: string; price: number }[] } & Record<string, unknown>;

/** A till on its own device, signed in as the demo manager, with no error escaping its page. */
async function openDevice(browser: Browser): Promise<{ context: BrowserContext; page: Page; till: Till; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signInWhenAsked(page, DEMO.manager);
  const till = new Till(page);
  await till.open('/books/kata.json');
  return { context, page, till, errors };
}

/** Enrols the till of `page` with head office as a till of `store`, through the back office's Head office tab. */
async function enrol(page: Page, store: string): Promise<void> {
  await page.goto('/back-office?book=/books/kata.json');
  await page.getByRole('tab', { name: 'Head office' }).click();
  const id = page.getByRole('status', { name: 'This till’s id' });
  await expect(id).toHaveText(/^[0-9a-f-]{36}$/);
  const tillId = (await id.textContent())!;
  const form = page.getByRole('form', { name: 'Enrol with head office' });

  // A wrong token, then nothing listening: each says what to do.
  await form.getByLabel('Head office address').fill(hq.url);
  await form.getByLabel('Till token').fill('not-a-token');
  await form.getByRole('button', { name: 'Test and enrol' }).click();
  await expect(form.getByRole('alert')).toContainText('Head office does not know that token');
  await form.getByLabel('Head office address').fill('http://127.0.0.1:9');
  await form.getByRole('button', { name: 'Test and enrol' }).click();
  await expect(form.getByRole('alert')).toContainText('Head office did not answer at http://127.0.0.1:9');

  const registered = await hq.call('POST', `/api/admin/stores/${store}/tills`, { body: { id: tillId } });
  expect(registered.status).toBe(201);
  await form.getByLabel('Head office address').fill(hq.url);
  await form.getByLabel('Till token').fill(registered.body.token);
  await form.getByRole('button', { name: 'Test and enrol' }).click();
  await expect(page.getByRole('status', { name: 'Enrolment' })).toContainText(`as till ${tillId} of`);
  await page.getByRole('link', { name: 'Till' }).click();
  await expect(page.getByLabel('Price book in use')).toHaveText('Prices from head office, version 1');
}

/** Fires the page's `online` event (the till checks its book and sends its outbox then). */
async function reconnect(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.setOffline(false);
}

const pounds = (minor: number) => `£${(minor / 100).toFixed(2)}`;

test('two stores sell offline; head office gets every sale once, its reports match the X reports; a price reaches one store between sales', async ({ browser }) => {
  test.setTimeout(180_000);
  const book = await kata();
  for (const [id, name] of [['north', 'North'], ['south', 'South']]) {
    expect((await hq.call('POST', '/api/admin/stores', { body: { id, name } })).status).toBe(201);
    expect((await hq.call('PUT', `/api/admin/stores/${id}/book`, { body: book })).body).toEqual({ version: 1 });
  }
  const north = await openDevice(browser);
  const south = await openDevice(browser);
  await enrol(north.page, 'north');
  await enrol(south.page, 'south');

  // Both tills lose the network and keep selling.
  await north.context.setOffline(true);
  await south.context.setOffline(true);
  // North 1: 3 A for 1.30 and B 30 = 1.60, exact cash. North 2: B 30, by card.
  await north.page.keyboard.type('3*');
  await north.till.scan('A');
  await north.till.scan('B');
  await expect(north.till.total).toHaveText('£1.60');
  await north.till.pay('Exact cash £1.60');
  await north.till.newSale();
  await north.till.scan('B');
  await north.till.pay('Card £0.30');
  await north.till.newSale();
  // South 1: A 50 and B 30 = 0.80, by card.
  await south.till.scan('A');
  await south.till.scan('B');
  await expect(south.till.total).toHaveText('£0.80');
  await south.till.pay('Card £0.80');
  await south.till.newSale();
  await expect(north.page.getByRole('status', { name: 'Head office' })).toContainText('2 receipts waiting to reach head office');
  await expect(south.page.getByRole('status', { name: 'Head office' })).toContainText('1 receipt waiting to reach head office');

  // Back online: the outboxes empty.
  await north.context.setOffline(false);
  await south.context.setOffline(false);
  await expect(north.page.getByRole('status', { name: 'Head office' })).toContainText('Every receipt is at head office');
  await expect(south.page.getByRole('status', { name: 'Head office' })).toContainText('Every receipt is at head office');

  // Every sale exactly once.
  const counted = await hq.database.db
    .selectFrom('journal_entries')
    .select(['store_id', (eb) => eb.fn.countAll<string>().as('entries'), (eb) => eb.fn.count<string>('entry_id').distinct().as('ids')])
    .groupBy('store_id')
    .orderBy('store_id')
    .execute();
  expect(counted.map((r) => [r.store_id, Number(r.entries), Number(r.ids)])).toEqual([
    ['north', 2, 2],
    ['south', 1, 1],
  ]);

  // Head office's report of each store says what the till's own X report says.
  for (const [device, store, expected] of [
    [north, 'north', { sales: 2, gross: 190, cash: 160, card: 30 }],
    [south, 'south', { sales: 1, gross: 80, cash: 0, card: 80 }],
  ] as const) {
    const report = await hq.call('GET', `/api/admin/reports/sales?store=${store}`);
    const days = report.body.days as { sales: number; refunds: number; gross: number; refunded: number; net: number; tenders: { cash: number; card: number } }[];
    expect(days).toHaveLength(1);
    const [day] = days;
    expect({ sales: day!.sales, gross: day!.gross, cash: day!.tenders.cash, card: day!.tenders.card }).toEqual(expected);
    await device.page.getByRole('link', { name: 'Reports' }).click();
    await expect(device.page.getByRole('article', { name: 'X report' })).toContainText(
      new RegExp(
        `Sales\\s*${day!.sales}\\s*Refunds\\s*${day!.refunds}\\s*Sales total\\s*${pounds(day!.gross)}\\s*Refunded\\s*${pounds(day!.refunded)}\\s*Net takings\\s*${pounds(day!.net)}\\s*Cash\\s*${pounds(day!.tenders.cash)}\\s*Card\\s*${pounds(day!.tenders.card)}`.replaceAll('.', '\\.'),
      ),
    );
    await device.page.getByRole('link', { name: 'Till' }).click();
  }

  // Head office publishes B at 40 for North only, while North's cashier is in a sale.
  const dearer = { ...book, products: book.products.map((p) => (p.sku === 'B' ? { ...p, price: 40 } : p)) };
  expect((await hq.call('PUT', '/api/admin/stores/north/book', { body: dearer })).body).toEqual({ version: 2 });
  await north.till.scan('B');
  await expect(north.till.total).toHaveText('£0.30');
  await reconnect(north.context);
  await expect(north.page.getByLabel('Price book in use')).toHaveText('Prices from head office, version 1 (version 2 after this sale)');
  await north.till.scan('A');
  await expect(north.till.total).toHaveText('£0.80');
  await north.till.pay('Card £0.80');
  await north.till.newSale();
  // The next sale is priced by version 2.
  await expect(north.page.getByLabel('Price book in use')).toHaveText('Prices from head office, version 2');
  await north.till.scan('B');
  await expect(north.till.total).toHaveText('£0.40');
  await north.till.pay('Card £0.40');
  await north.till.newSale();
  // South asked too, and keeps its own store's prices.
  await reconnect(south.context);
  await expect(south.page.getByRole('status', { name: 'Head office' })).toContainText('Every receipt is at head office');
  await south.till.scan('B');
  await expect(south.till.total).toHaveText('£0.30');
  await expect(south.page.getByLabel('Price book in use')).toHaveText('Prices from head office, version 1');

  // Each North sale says which head office version priced it.
  await expect(north.page.getByRole('status', { name: 'Head office' })).toContainText('Every receipt is at head office');
  const versions = await hq.database.db.selectFrom('journal_entries').select(['receipt_number', 'body']).where('store_id', '=', 'north').orderBy('receipt_number').execute();
  expect(versions.map((r) => [r.receipt_number, (typeof r.body === 'string' ? JSON.parse(r.body) : r.body).book.hqVersion])).toEqual([
    [1, 1],
    [2, 1],
    [3, 1],
    [4, 2],
  ]);

  expect([...north.errors, ...south.errors]).toEqual([]);
  await north.context.close();
  await south.context.close();
});
