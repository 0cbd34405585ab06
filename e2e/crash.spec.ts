import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, signInWhenAsked, Till } from './fixtures';
import { RealBrowser } from './support/real-browser';

// Kata prices (public/books/kata.json): A 50, B 30, C 20, D 15, E 10.
const KATA = '/?book=%2Fbooks%2Fkata.json';

// Playwright's tracing follows every context this test connects to, and would try to collect a
// trace from a browser the test has just killed: these tests keep no trace.
test.use({ trace: 'off' });

let profile: string;
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'till-crash-'));
});
test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

/** Starts the browser on the test's profile and opens the till, ready to scan. */
async function openTill(baseURL: string | undefined): Promise<{ browser: RealBrowser; till: Till }> {
  const browser = await RealBrowser.start(profile);
  const page = await browser.page();
  const till = new Till(page);
  await signInWhenAsked(page, DEMO.manager);
  await page.goto(new URL(KATA, baseURL).href);
  await expect(till.barcode.or(page.getByRole('region', { name: 'Sale complete' }))).toBeVisible();
  return { browser, till };
}

const history = (till: Till) => till.page.getByRole('list', { name: 'Journal entries' }).getByRole('listitem');

test('a browser killed the instant the screen confirms a scan, a tender or a completed sale loses none of it', async ({ baseURL }) => {
  test.setTimeout(120_000);
  let { browser, till } = await openTill(baseURL);

  // Scans: killed the moment the total shows them.
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');
  await browser.kill();
  ({ browser, till } = await openTill(baseURL));
  await expect(till.lines).toHaveText([/A\s*£0\.50/, /B\s*£0\.30/]);
  await expect(till.total).toHaveText('£0.80');

  // A tender: killed the moment the Payment dialog lists it.
  await till.page.keyboard.press('F12');
  let pay = till.page.getByRole('dialog', { name: 'Payment' });
  await pay.getByRole('button', { name: 'Exact cash £0.80' }).click();
  await expect(pay.getByRole('list', { name: 'Tenders' })).toContainText('£0.80');
  await browser.kill();
  ({ browser, till } = await openTill(baseURL));
  await expect(till.total).toHaveText('£0.80');
  await till.page.keyboard.press('F12');
  pay = till.page.getByRole('dialog', { name: 'Payment' });
  await expect(pay.getByRole('list', { name: 'Tenders' })).toHaveText(/Cash\s*£0\.80/);

  // Completed: killed the moment "Sale complete" shows. The sale is in the journal, once, and not on the till.
  await pay.getByRole('button', { name: 'Complete sale' }).click();
  await expect(till.page.getByRole('region', { name: 'Sale complete' })).toBeVisible();
  await browser.kill();
  ({ browser, till } = await openTill(baseURL));
  await expect(till.page.getByRole('region', { name: 'Sale complete' })).toBeVisible();
  await expect(till.page.getByRole('article', { name: 'Printed receipt' })).toContainText('Receipt 000001');
  await till.page.getByRole('link', { name: 'History' }).click();
  await expect(history(till)).toHaveCount(1);
  await till.page.getByRole('link', { name: 'Till' }).click();
  await till.newSale();
  await expect(till.lines).toHaveCount(0);
  await browser.kill();
});

test('a browser killed straight after Complete sale is pressed keeps the sale in exactly one place', async ({ baseURL }) => {
  test.setTimeout(120_000);
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    let { browser, till } = await openTill(baseURL);
    // A fresh sale each time: C 20 and D 15 = 35 (each attempt adds to the same journal).
    if (await till.page.getByRole('region', { name: 'Sale complete' }).isVisible()) await till.newSale();
    await till.scan('C');
    await till.scan('D');
    await expect(till.total).toHaveText('£0.35');
    await till.page.keyboard.press('F12');
    const pay = till.page.getByRole('dialog', { name: 'Payment' });
    await pay.getByRole('button', { name: 'Exact cash £0.35' }).click();
    await expect(pay.getByRole('list', { name: 'Tenders' })).toContainText('£0.35');
    await pay.getByRole('button', { name: 'Complete sale' }).click();
    await browser.kill(); // 0 ms: the recording may or may not have reached the disk

    ({ browser, till } = await openTill(baseURL));
    const completed = till.page.getByRole('region', { name: 'Sale complete' });
    const printed = till.page.getByRole('article', { name: 'Printed receipt' });
    const recorded = await completed.isVisible();
    if (recorded) {
      // In the journal, and the till shows its receipt, not the basket.
      await expect(printed).toContainText(`Receipt ${String(attempt).padStart(6, '0')}`);
    } else {
      // Still on the till, tenders and all, and not in the journal: Complete sale finishes it now.
      await expect(till.total).toHaveText('£0.35');
      await till.page.keyboard.press('F12');
      const again = till.page.getByRole('dialog', { name: 'Payment' });
      await expect(again.getByRole('list', { name: 'Tenders' })).toHaveText(/Cash\s*£0\.35/);
      await again.getByRole('button', { name: 'Complete sale' }).click();
      await expect(printed).toContainText(`Receipt ${String(attempt).padStart(6, '0')}`);
    }
    // Either way, exactly one entry per attempt: never neither, never both.
    await till.page.getByRole('link', { name: 'History' }).click();
    await expect(history(till)).toHaveCount(attempt);
    await till.page.getByRole('link', { name: 'Till' }).click();
    await browser.kill();
  }
});
