import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** The rows of a VAT table: a receipt's "VAT analysis" or a report's "VAT per rate". */
const vatRows = (table: Locator) => table.getByRole('row');

test('VAT per rate on the receipt, given back by a refund, and on the X and Z reports', async ({ page, till }) => {
  await till.open('/books/demo.json');
  // Meal deal: sandwich 200 (Z) + crisps 110 (S) + cola 155 (S) = 465 for 350, saving 115 shared
  // by full price: 49.5, 27.2, 38.3 → floors 49, 27, 38 and the penny left to the sandwich (largest
  // remainder): paid sandwich 150, crisps 83, cola 117. Smokeless fuel 950 (R). Total 1300.
  // S: 83 + 117 = 200, VAT 200 / 6 = 33.3 → 33, net 167. R: 950 × 5 / 105 = 45.2 → 45, net 905. Z: 150.
  for (const sku of ['sw-egg-cress', 'crisps-sea-salt', 'cola-500', 'smokeless-fuel-10kg']) await till.scan(sku);
  await expect(till.total).toHaveText('£13.00');
  await till.pay('Card £13.00');

  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Hollybush Market Ltd');
  await expect(printed).toContainText('VAT no. GB 000 0000 00');
  await expect(vatRows(printed.getByRole('table', { name: 'VAT analysis' }))).toHaveText([
    /VAT rate\s*Net\s*VAT\s*Gross/,
    /VAT 20%\s*£1\.67\s*£0\.33\s*£2\.00/,
    /VAT 5%\s*£9\.05\s*£0\.45\s*£9\.50/,
    /Zero rated\s*£1\.50\s*£0\.00\s*£1\.50/,
  ]);
  await till.newSale();

  // Refund the cola, which paid 117: its VAT 117 / 6 = 19.5 → 20, net 97.
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button', { name: /^Receipt 000001/ }).click();
  const refund = page.getByRole('region', { name: 'Refund' });
  await refund.getByRole('checkbox', { name: /Cola 500ml/ }).check();
  await refund.getByRole('button', { name: 'Refund £1.17' }).click();
  await expect(printed).toContainText('Refund 000002');
  await expect(vatRows(printed.getByRole('table', { name: 'VAT analysis' }))).toHaveText([/VAT rate/, /VAT 20%\s*£0\.97\s*£0\.20\s*£1\.17/]);

  // The period: S 200 − 117 = 83 gross, VAT 33 − 20 = 13, net 70; R and Z as sold.
  await page.getByRole('link', { name: 'Reports' }).click();
  const expected = [/VAT rate/, /VAT 20%\s*£0\.70\s*£0\.13\s*£0\.83/, /VAT 5%\s*£9\.05\s*£0\.45\s*£9\.50/, /Zero rated\s*£1\.50\s*£0\.00\s*£1\.50/];
  await expect(vatRows(page.getByRole('article', { name: 'X report' }).getByRole('table', { name: 'VAT per rate' }))).toHaveText(expected);
  await page.getByRole('button', { name: 'Close day (Z report)' }).click();
  await page.getByRole('dialog', { name: 'Close the day?' }).getByRole('button', { name: 'Close Z report' }).click();
  await expect(vatRows(page.getByRole('article', { name: 'Z report just closed' }).getByRole('table', { name: 'VAT per rate' }))).toHaveText(expected);
});
