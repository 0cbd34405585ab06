import { expect, test } from './fixtures';
import { startHq, type Harness } from '../server/test-support/hq-harness';
import { sampleBook, sampleSale } from '../server/test-support/sample-entries';

// A head office of its own (in-memory PGlite) on a free loopback port; its API allows any origin.
let hq: Harness;
test.beforeAll(async () => {
  hq = await startHq('pglite');
});
test.afterAll(() => hq.close());

const file = (name: string, json: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });

test('a manager runs the chain from the head office console: stores, tills, a book, reports and a what-if', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('link', { name: 'Head office' }).click();

  // Connect: nothing at the address, then a wrong token, then the right one.
  const address = page.getByLabel('Head office address');
  const token = page.getByLabel('Admin token');
  await address.fill('http://127.0.0.1:9');
  await token.fill(hq.adminToken);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('alert')).toContainText('could not be reached');
  await address.fill(hq.url);
  await token.fill('not-the-admin-token');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('alert')).toContainText('Head office refused the admin token');
  await expect(token).toHaveAccessibleDescription('Head office refused this token');
  await token.fill(hq.adminToken);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('region', { name: 'Connection' })).toContainText(`Connected to ${hq.url}`);

  // A store and a till; the till's token is shown once and works.
  await page.getByLabel('Store id').fill('north');
  await page.getByLabel('Store name').fill('North Street');
  await page.getByRole('button', { name: 'Add store' }).click();
  await expect(page.getByRole('row', { name: 'North Street' })).toContainText('none yet');
  await page.getByLabel('Till id').fill('till-1');
  await page.getByRole('button', { name: 'Enrol till' }).click();
  const enrolled = page.getByRole('dialog', { name: 'Till enrolled' });
  const tillToken = await enrolled.getByLabel('Till token').inputValue();
  expect(tillToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  await enrolled.getByRole('button', { name: 'Copy token' }).click();
  await expect(enrolled.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText: () => Promise<string> } } }).navigator.clipboard.readText())).toBe(tillToken);
  await enrolled.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: 'Tills of North Street' }).getByRole('row', { name: 'till-1' })).toContainText('Enrolled');
  expect((await hq.call('GET', '/api/till', { token: tillToken })).body).toEqual({ store: 'north', storeName: 'North Street', till: 'till-1' });

  // The till sells today: 4 apples and bread, cash (3 for 1.30 saves 0.20): 2.10; 2 apples and bread, card: 1.30.
  const now = Date.now();
  const sales = [sampleSale('till-1', 1, { at: new Date(now - 60_000).toISOString() }), sampleSale('till-1', 2, { apples: 2, card: true, at: new Date(now - 30_000).toISOString() })];
  expect((await hq.call('POST', '/api/sales', { token: tillToken, body: { entries: sales } })).status).toBe(200);

  // A book with a problem is refused with its path; a good one is published.
  await page.getByRole('tab', { name: 'Price books' }).click();
  await expect(page.getByText('North Street has no published book yet.')).toBeVisible();
  const importBook = page.getByLabel('Import a price book');
  await importBook.setInputFiles(file('broken.json', { ...sampleBook, products: [{ sku: 'A', name: 'Apples', price: -50 }, sampleBook.products[1]] }));
  await expect(page.getByRole('alert')).toHaveText('broken.json was not imported: it has 1 problem.');
  await expect(page.getByRole('list', { name: 'Import problems' })).toContainText('$.products[0].price');
  await importBook.setInputFiles(file('north.json', sampleBook));
  await expect(page.getByRole('status')).toHaveText('Imported north.json. Not published yet.');
  await page.getByRole('button', { name: 'Publish to North Street' }).click();
  await expect(page.getByRole('status')).toHaveText('Published version 1 to North Street: its tills switch to it between sales.');
  expect((await hq.call('GET', '/api/book', { token: tillToken })).headers.get('hq-book-version')).toBe('1');

  // A draft, not published: the multi-buy switched off, with the back office's own editor.
  await page.getByRole('button', { name: 'Disable 3 for 1.30' }).click();
  await expect(page.getByRole('status')).toHaveText('Offers updated. Not published yet.');

  // Reports: today's sales of North Street's till.
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'Show reports' }).click();
  const salesTable = page.getByRole('table', { name: 'Sales per store, till and day' });
  await expect(salesTable.getByRole('row', { name: /^north till-1/ })).toHaveText(/north\s*till-1\s*\d{4}-\d\d-\d\d\s*2\s*0\s*£3\.40\s*£0\.00\s*£3\.40\s*£0\.20\s*£2\.10\s*£1\.30/);
  await expect(page.getByRole('table', { name: 'Savings per offer' }).getByRole('row', { name: '3 for 1.30' })).toHaveText(/3 for 1\.30\s*1\s*£0\.20\s*1/);
  await expect(page.getByRole('table', { name: 'Receipt gaps per till' }).getByRole('row', { name: 'north till-1' })).toHaveText(/north\s*till-1\s*2\s*1\s*2\s*0\s*none/);

  // What if: the same sales priced with the draft (no multi-buy): the 0.20 saving goes, receipt 1 costs 2.30.
  await page.getByRole('tab', { name: 'What if' }).click();
  await page.getByRole('button', { name: 'Price the chain’s sales again' }).click();
  const result = page.getByRole('region', { name: 'What-if result for North Street' });
  await expect(result.getByRole('definition')).toHaveText(['2', '£0.20', '£0.00', '−£0.20']);
  await expect(result.getByRole('table', { name: 'Sales whose totals change' }).getByRole('row')).toHaveText([/Receipt/, /^1\s*till-1\s*£2\.10\s*£2\.30\s*\+£0\.20$/]);

  // Disconnecting forgets the token.
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByLabel('Admin token')).toHaveValue('');
  expect(await page.evaluate(() => JSON.stringify((globalThis as unknown as { sessionStorage: unknown }).sessionStorage))).not.toContain(hq.adminToken);
});
