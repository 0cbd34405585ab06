import { expect, test } from './fixtures';

// Kata (public/books/kata.json): A 50, 3 A for 1.30; B 30.
test('the customer display follows a real till through a sale, and survives either page reloading', async ({ page, till, context }) => {
  await till.open('/books/kata.json');
  const display = await context.newPage();
  await display.goto('/display');
  await expect(display.getByRole('heading', { name: 'Welcome to Checkout kata' })).toBeVisible();

  await till.scan('A');
  await till.scan('A');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£1.60');
  const items = display.getByRole('list', { name: 'Your items' });
  // The three scans of A are one line, as on the cashier's receipt.
  await expect(items.getByRole('listitem')).toHaveText(['A3 × £0.50£1.50', 'B£0.30']);
  await expect(display.getByRole('list', { name: 'Your savings' })).toHaveText('You saved £0.20 with 3 A for 1.30');
  await expect(display.getByLabel('Total')).toHaveText('£1.60');

  // Either side reloads: the display catches up.
  await display.reload();
  await expect(display.getByLabel('Total')).toHaveText('£1.60');
  await page.reload();
  await expect(till.total).toHaveText('£1.60');
  await expect(display.getByLabel('Total')).toHaveText('£1.60');

  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByRole('button', { name: 'Cash £5.00' }).click();
  await pay.getByRole('button', { name: 'Complete sale' }).click();
  await expect(display.getByRole('heading', { name: 'Thank you for shopping with us' })).toBeVisible();
  await expect(display.getByLabel('Change')).toHaveText('£3.40');

  // The next customer: back to the welcome.
  await till.newSale();
  await expect(display.getByRole('heading', { name: 'Welcome to Checkout kata' })).toBeVisible();
});
