import { readFileSync } from 'node:fs';
import { BackOffice, expect, test } from './fixtures';

// Kata (public/books/kata.json): A 50, B 30. Another tab's back office imports the same book with A
// at another price; the till, in the first tab, hears of it at once.
const KATA = JSON.parse(readFileSync('public/books/kata.json', 'utf8')) as { products: { sku: string; price: number }[] };
const withPriceOfA = (price: number) => ({ ...KATA, products: KATA.products.map((p) => (p.sku === 'A' ? { ...p, price } : p)) });

async function importInAnotherTab(backOffice: BackOffice, price: number): Promise<void> {
  await backOffice.importBook(`kata-a-${price}.json`, withPriceOfA(price));
  await backOffice.importPreview.getByRole('button', { name: 'Apply import' }).click();
  await expect(backOffice.importPreview).toBeHidden();
}

test('a price change re-prices a sale with a notice before payment, and waits for the next sale once money is taken', async ({ page, till, context }) => {
  await till.open('/books/kata.json');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');

  const backOffice = new BackOffice(await context.newPage());
  await backOffice.open('/books/kata.json');

  // No tender yet: A at 55 re-prices the basket, and the till says what moved. 55 + 30 = 85.
  await importInAnotherTab(backOffice, 55);
  await expect(till.total).toHaveText('£0.85');
  await expect(page.getByRole('status').filter({ hasText: 'Prices changed: £0.80 → £0.85' })).toBeVisible();

  // A card tender of £0.50 is taken at 85: then A at 60 must not move this sale.
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByLabel('Amount').fill('0.50');
  await pay.getByRole('button', { name: /^Card/ }).click();
  await expect(pay.getByRole('list', { name: 'Tenders' })).toContainText('£0.50');
  await importInAnotherTab(backOffice, 60);
  await expect(page.getByRole('status').filter({ hasText: 'New prices are waiting' })).toBeVisible();
  await expect(pay.getByRole('button', { name: 'Exact cash £0.35' })).toBeVisible();
  await pay.getByRole('button', { name: 'Exact cash £0.35' }).click();
  await pay.getByRole('button', { name: 'Complete sale' }).click();
  await expect(page.getByRole('article', { name: 'Printed receipt' })).toContainText(/Total\s*£0\.85/);

  // The next sale has the new price.
  await till.newSale();
  await till.scan('A');
  await expect(till.total).toHaveText('£0.60');
});
