import { readFileSync } from 'node:fs';
import { BackOffice, expect, test } from './fixtures';

// Kata (public/books/kata.json): A 50, B 30, C 20; 3 A for £1.30, 2 B for 45p.
const KATA = JSON.parse(readFileSync('public/books/kata.json', 'utf8')) as { products: { sku: string; price: number }[] };
const withPriceOfA = (price: number) => ({ ...KATA, products: KATA.products.map((p) => (p.sku === 'A' ? { ...p, price } : p)) });

test('park a sale, serve the next customer, and recall it after a reload and a price change', async ({ page, till, context }) => {
  await till.open('/books/kata.json');
  const parkedSales = page.getByRole('button', { name: /^Parked sales \(\d+\)$/ });
  await expect(parkedSales).toHaveAccessibleName('Parked sales (0)');

  // Nothing to park on an empty till.
  await page.getByRole('button', { name: 'Park sale' }).click();
  await expect(till.alert).toHaveText('The basket is empty: there is nothing to park');

  // A, A, B: 50 + 50 + 30 = £1.30. F9 parks it; the till is empty for the next customer.
  await till.scan('A');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£1.30');
  await page.keyboard.press('F9');
  await expect(till.alert).toHaveText('Sale parked (3 items, £1.30): recall it from Parked sales');
  await expect(till.lines).toHaveCount(0);
  await expect(parkedSales).toHaveAccessibleName('Parked sales (1)');

  // The next customer: C, £0.20. While it is on the till, the parked sale may not come back.
  await till.scan('C');
  await expect(till.total).toHaveText('£0.20');
  await parkedSales.click();
  const list = page.getByRole('dialog', { name: 'Parked sales' });
  const waiting = list.getByRole('listitem');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('Morgan');
  await expect(waiting).toContainText('3 items');
  await expect(waiting).toContainText('£1.30');
  await waiting.getByRole('button', { name: 'Recall' }).click();
  await expect(list.getByRole('alert')).toHaveText('The till has a sale on it: park it, finish it or void it first, then recall');
  await list.getByRole('button', { name: 'Close' }).click();

  // Money taken: this sale cannot be parked. 10p by card, then the rest in cash.
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByLabel('Amount').fill('0.10');
  await pay.getByRole('button', { name: /^Card/ }).click();
  await pay.getByRole('button', { name: 'Back to the sale' }).click();
  await page.getByRole('button', { name: 'Park sale' }).click();
  await expect(till.alert).toHaveText('Money has been taken for this sale: finish it, or remove the payments in Pay, before parking it');
  await till.pay('Exact cash £0.10');
  await till.newSale();

  // The parked sale survives a reload (the sign-in asks again: the fixture answers).
  await page.reload();
  await expect(till.barcode).toBeVisible();
  await expect(parkedSales).toHaveAccessibleName('Parked sales (1)');

  // Meanwhile the back office puts A up to 55p: recalled, the sale is priced with today's book. 55 + 55 + 30 = £1.40.
  const backOffice = new BackOffice(await context.newPage());
  await backOffice.open('/books/kata.json');
  await backOffice.importBook('kata-a-55.json', withPriceOfA(55));
  await backOffice.importPreview.getByRole('button', { name: 'Apply import' }).click();
  await expect(backOffice.importPreview).toBeHidden();
  await backOffice.page.close();
  // The till has the new book once A's button reads 55p (the screen reloads the book: wait for it, not a timer).
  await expect(till.product('A')).toHaveAccessibleDescription('£0.55');

  await parkedSales.click();
  await list.getByRole('listitem').getByRole('button', { name: 'Recall' }).click();
  await expect(list).toBeHidden();
  await expect(till.alert).toHaveText('Prices changed since it was parked: £1.30 → £1.40');
  await expect(till.total).toHaveText('£1.40');
  await expect(parkedSales).toHaveAccessibleName('Parked sales (0)');

  await till.pay('Exact cash £1.40');
  await expect(page.getByRole('article', { name: 'Printed receipt' })).toContainText(/Total\s*£1\.40/);
});
