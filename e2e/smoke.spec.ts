import { expect, test } from '@playwright/test';

test('the till loads and shows its heading', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');

  await expect(page).toHaveTitle('Till');
  await expect(page.getByRole('heading', { level: 1, name: 'Till', exact: true })).toBeVisible();
  await expect(page.getByText('npm run price')).toBeVisible();
  expect(errors).toEqual([]);
});
