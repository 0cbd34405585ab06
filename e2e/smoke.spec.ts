import { expect, test } from './fixtures';

test('the till loads the default price book and is ready to scan', async ({ page, till }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Till$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(till.barcode).toBeVisible();
  await expect(till.total).toHaveText('£0.00');
  await expect(till.receipt).toBeAttached();
});
