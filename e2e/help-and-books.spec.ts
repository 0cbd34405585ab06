import { expect, test } from './fixtures';

test('the help overlay lists the shortcuts, and scans still go in while it is open', async ({ page, till }) => {
  await till.open('/books/test/corner-shop.json');
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const key of ['F12', 'Ctrl+Enter', 'Ctrl+Z', 'Delete', 'F8', 'F1', '?']) await expect(help.getByText(key, { exact: true })).toBeVisible();

  // A scanner burst while the overlay is open: milk, 125p.
  await till.scan('5000000000012');
  await expect(till.total).toHaveText('£1.25');

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close help' }).click();
  await expect(help).toBeHidden();
});

test('price books: the default, an invalid one, a missing one, one that is not JSON', async ({ page, till }) => {
  // The default book is the one public/books/index.json names.
  await page.goto('/');
  await expect(till.barcode).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');

  await page.goto('/?book=/books/test/invalid.json');
  await expect(page.getByRole('alert')).toContainText('The price book at /books/test/invalid.json has 4 problems');
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
    /\$\.offers\[0\]\.products\[0\]\s*unknown SKU "Z": no product has it/,
    /\$\.products\[0\]\.price\s*price must be a whole number of minor units/,
    /\$\.products\[1\]\.barcodes\[0\]\s*Barcode 5000000000013 has a bad check digit \(expected 2\)/,
    /\$\.products\[2\]\.sku\s*duplicate SKU "B"/,
  ]);

  await page.goto('/?book=/books/test/no-such-book.json');
  await expect(page.getByRole('alert')).toContainText('There is nothing at /books/test/no-such-book.json (404 Not Found)');

  await page.goto('/?book=/books/test/broken.json');
  await expect(page.getByRole('alert')).toContainText('/books/test/broken.json is not JSON');
});
