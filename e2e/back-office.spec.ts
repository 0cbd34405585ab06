import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const KATA = '/books/kata.json';

test('a manager creates a multi-buy and the till applies it at once', async ({ page, till }) => {
  await page.goto(`/back-office?book=${encodeURIComponent(KATA)}`);
  await expect(page.getByRole('heading', { name: 'Offers' })).toBeVisible();
  await expect(page.getByLabel('Price book in use')).toContainText('v1');

  await page.getByRole('button', { name: 'New offer' }).click();
  const form = page.getByRole('dialog', { name: 'New offer' });
  await form.getByLabel('Offer id').fill('C2');
  await form.getByLabel('Receipt label').fill('2 C for 0.30');
  await form.getByLabel('Quantity').fill('2');
  await form.getByLabel('Price for them all').fill('0.3x');
  await form.getByLabel('Products (SKUs)').fill('C, Q');
  await form.getByRole('button', { name: 'Save offer' }).click();
  // Every problem beside its field; nothing saved.
  await expect(form.getByLabel('Price for them all')).toHaveAccessibleDescription('write an amount such as 1.30');
  await expect(form.getByLabel('Products (SKUs)')).toHaveAccessibleDescription(/unknown SKU "Q": no product has it/);

  await form.getByLabel('Price for them all').fill('0.30');
  await form.getByLabel('Products (SKUs)').fill('C');
  await form.getByRole('button', { name: 'Save offer' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Saved as version 1+edit.1');
  await expect(page.getByRole('row', { name: '2 C for 0.30' })).toContainText('Active');
  await expect(page.getByLabel('Price book in use')).toContainText('edited');

  // The till, on the same book, prices with the edit: C 20 + C 20 = 40, less 10 = 30.
  await page.getByRole('link', { name: 'Till' }).click();
  await expect(till.barcode).toBeVisible();
  await expect(page.getByLabel('Price book in use')).toContainText('1+edit.1');
  await till.scan('C');
  await till.scan('C');
  await expect(till.total).toHaveText('£0.30');
  await expect(till.discounts).toHaveText([/2 C for 0\.30.*£0\.10/]);

  // It survives a reload; reset (after confirming) goes back to the shipped book: 40.
  await page.reload();
  await expect(till.total).toHaveText('£0.30');
  await page.getByRole('link', { name: 'Back office' }).click();
  await page.getByRole('button', { name: 'Reset to shipped book' }).click();
  await page.getByRole('dialog', { name: 'Go back to the shipped book?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('row', { name: '2 C for 0.30' })).toBeHidden();
  await page.getByRole('link', { name: 'Till' }).click();
  await expect(till.total).toHaveText('£0.40');
});

test('an invalid import lists every problem with its path and changes nothing', async ({ page }) => {
  await page.goto(`/back-office?book=${encodeURIComponent(KATA)}`);
  await page.getByRole('tab', { name: 'Import and export' }).click();
  await page.getByLabel('Import a price book').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(readFileSync('public/books/test/invalid.json')),
  });
  await expect(page.getByRole('alert')).toContainText('bad.json was not imported: it has 4 problems');
  await expect(page.getByRole('alert')).toContainText('The book in use is unchanged');
  await expect(page.getByRole('list', { name: 'Import problems' }).getByRole('listitem')).toHaveText([
    /\$\.offers\[0\]\.products\[0\]\s*unknown SKU "Z": no product has it/,
    /\$\.products\[0\]\.price\s*price must be a whole number of minor units/,
    /\$\.products\[1\]\.barcodes\[0\]\s*Barcode 5000000000013 has a bad check digit \(expected 2\)/,
    /\$\.products\[2\]\.sku\s*duplicate SKU "B"/,
  ]);
  await expect(page.getByLabel('Price book in use')).not.toContainText('edited');

  await page.getByLabel('Import a price book').setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from('{ "currency": ') });
  await expect(page.getByRole('alert')).toContainText('half.json was not imported: it has 1 problem');
  await expect(page.getByRole('list', { name: 'Import problems' })).toContainText('not JSON');
  await page.getByRole('tab', { name: 'Offers' }).click();
  await expect(page.getByRole('row')).toHaveCount(4); // the header and kata's three offers
});

test('an exported book imports back to the same prices', async ({ page, till }) => {
  await page.goto(`/back-office?book=${encodeURIComponent(KATA)}`);
  // Change a price first, so the round trip carries an edit: A 50 → 55.
  await page.getByRole('tab', { name: 'Products' }).click();
  await page.getByRole('button', { name: 'Edit A', exact: true }).click();
  const product = page.getByRole('dialog', { name: 'Edit A' });
  await product.getByLabel('Barcodes').fill('5000000000013');
  await product.getByRole('button', { name: 'Save product' }).click();
  await expect(product.getByLabel('Barcodes')).toHaveAccessibleDescription(/bad check digit \(expected 2\)/);
  await product.getByLabel('Barcodes').fill('');
  await product.getByLabel('Price').fill('0.55');
  await product.getByRole('button', { name: 'Save product' }).click();
  await expect(page.getByRole('status')).toContainText('1+edit.1');

  await page.getByRole('tab', { name: 'Import and export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export price book' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string; version: string; products: { sku: string; price: number }[] };
  expect(exported.$schema).toMatch(/\/price-book\.schema\.json$/);
  expect(exported.version).toBe('1+edit.1');
  expect(exported.products.find((p) => p.sku === 'A')?.price).toBe(55);

  // Reset, then import the exported file: the edit is back, as the next version.
  await page.getByRole('button', { name: 'Reset to shipped book' }).click();
  await page.getByRole('dialog', { name: 'Go back to the shipped book?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByLabel('Price book in use')).not.toContainText('edited');
  await page.getByLabel('Import a price book').setInputFiles(file);
  await page.getByRole('dialog', { name: 'Import price book?' }).getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('status')).toContainText('the till now prices with it');
  await expect(page.getByLabel('Price book in use')).toContainText('1+edit.2');

  // 3 A for 1.30 still applies; a single A now costs 55.
  await till.open(KATA);
  await till.scan('A');
  await expect(till.total).toHaveText('£0.55');
  await till.scan('A');
  await till.scan('A');
  await expect(till.total).toHaveText('£1.30');
});

test('a what-if over the recorded sales shows what dropping an offer would have changed', async ({ page, till }) => {
  await till.open(KATA);
  const sell = async (codes: readonly string[], total: string) => {
    for (const code of codes) await till.scan(code);
    await expect(till.total).toHaveText(total);
    await till.pay(`Exact cash ${total}`);
  };
  // Receipt 1: A A A B = 3 A for 1.30 + B 0.30 = £1.60 (saves 0.20).
  await sell(['A', 'A', 'A', 'B'], '£1.60');
  // Receipt 2: B B C = 2 B for 0.45 + C 0.20 = £0.65 (saves 0.15).
  await sell(['B', 'B', 'C'], '£0.65');

  await page.getByRole('link', { name: 'Back office' }).click();
  await page.getByRole('tab', { name: 'What if' }).click();
  // The draft: keep 3 A for 1.30, drop 2 B for 0.45 and D + E for 0.20.
  await page.getByRole('checkbox', { name: /2 B for 0\.45/ }).uncheck();
  await page.getByRole('checkbox', { name: /D \+ E for 0\.20/ }).uncheck();
  await page.getByRole('button', { name: 'Price the sales again' }).click();

  const result = page.getByRole('region', { name: 'What-if result' });
  // Savings 0.35 as charged, 0.20 with the draft; receipt 2 would be B 0.30 + B 0.30 + C 0.20 = 0.80.
  await expect(result.getByRole('definition')).toHaveText(['2', '£0.35', '£0.20', '−£0.15']);
  await expect(page.getByRole('table', { name: 'Savings per offer' }).getByRole('row', { name: /2 B for 0\.45/ })).toHaveText(/£0\.15\s*£0\.00\s*−£0\.15/);
  const changed = page.getByRole('table', { name: 'Sales whose totals change' });
  await expect(changed.getByRole('row')).toHaveCount(2); // the header and receipt 2
  await expect(changed.getByRole('row').nth(1)).toHaveText(/^2.*£0\.65\s*£0\.80\s*\+£0\.15$/);
});
