import { expect, test } from './fixtures';

test('a reload mid-sale keeps every line; a completed sale survives a reload and is in the history, once', async ({ page, till }) => {
  await till.open('/books/kata.json');
  // A 50, B 30, C 20: 100.
  await till.scan('A');
  await till.scan('B');
  await till.scan('C');
  // What the screen shows is on disk (a line shows once it is saved): that much survives a reload.
  await expect(till.lines).toHaveText([/A\s*£0\.50/, /B\s*£0\.30/, /C\s*£0\.20/]);
  await page.reload();
  await expect(till.lines).toHaveText([/A\s*£0\.50/, /B\s*£0\.30/, /C\s*£0\.20/]);
  await expect(till.total).toHaveText('£1.00');

  await till.pay('Exact cash £1.00', { doubleTap: true });
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Receipt 000001');

  await page.reload();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'History' }).click();
  const entries = page.getByRole('list', { name: 'Journal entries' });
  // The double tap recorded one sale.
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Receipt number').fill('1');
  await page.getByRole('button', { name: 'Find' }).click();
  await entries.getByRole('button', { name: /^Receipt 000001/ }).click();
  await expect(printed).toContainText('Receipt 000001');
  await expect(printed).toContainText('Copy');
  await expect(printed.getByRole('list', { name: 'Receipt' }).getByRole('listitem')).toHaveText([/A\s*£0\.50/, /B\s*£0\.30/, /C\s*£0\.20/]);
  await expect(printed).toContainText(/Total\s*£1\.00/);

  // The next sale, back on the till, takes the next number: no gap.
  await page.getByRole('link', { name: 'Till' }).click();
  await page.getByRole('button', { name: 'New sale' }).click();
  await till.scan('E');
  await till.pay('Exact cash £0.10', { doubleTap: true });
  await expect(printed).toContainText('Receipt 000002');
});

test('scans typed straight before a reload are kept, though not yet on disk: the page rescues them as it goes', async ({ page, till }) => {
  await till.open('/books/kata.json');
  await till.scan('A');
  await expect(till.lines).toHaveText([/A\s*£0\.50/]);
  // B and C are taken by the till (each key handled) but the reload does not wait for their save.
  await till.scan('B');
  await till.scan('C');
  await page.reload();
  await expect(till.lines).toHaveText([/A\s*£0\.50/, /B\s*£0\.30/, /C\s*£0\.20/]);
  await expect(till.total).toHaveText('£1.00');
});

test('a second tab of the till is read-only and refuses to sell', async ({ till, context }) => {
  await till.open('/books/kata.json');
  await till.scan('A');
  await expect(till.total).toHaveText('£0.50');

  const second = await context.newPage();
  await second.goto('/?book=%2Fbooks%2Fkata.json');
  await expect(second.getByRole('status').filter({ hasText: 'Read only: this till is open in another tab' })).toBeVisible();
  await second.keyboard.type('B', { delay: 3 });
  await second.keyboard.press('Enter');
  await expect(second.getByRole('alert')).toContainText('already open in another tab');
  await second.keyboard.press('F12');
  await expect(second.getByRole('dialog', { name: 'Payment' })).toBeHidden();
  await second.close();

  // The first tab still sells, and its basket was not touched.
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');
});

test('a read-only tab becomes the till when the till tab closes, with the sale as it was saved, and sells', async ({ till, context }) => {
  await till.open('/books/kata.json');
  await till.scan('A');
  await expect(till.total).toHaveText('£0.50');

  const second = await context.newPage();
  const readOnly = second.getByRole('status').filter({ hasText: 'Read only: this till is open in another tab' });
  await second.goto('/?book=%2Fbooks%2Fkata.json');
  await expect(readOnly).toBeVisible();
  await till.page.close();

  // The second tab takes the till over and loads the sale in progress again: A, then B scanned here.
  await expect(readOnly).toBeHidden();
  const total = second.getByRole('status', { name: 'Total' });
  await expect(total).toHaveText('£0.50');
  await second.getByLabel('Barcode').focus();
  await second.keyboard.type('B');
  await second.keyboard.press('Enter');
  await expect(total).toHaveText('£0.80');
});
