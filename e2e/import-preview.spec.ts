import { readFileSync } from 'node:fs';
import { BackOffice, expect, test } from './fixtures';

const KATA = '/books/kata.json';

interface BookJson {
  id: string;
  name: string;
  products: { sku: string; name: string; price: number }[];
  offers: { id: string; price?: number }[];
}
/** A fresh copy of the shipped kata book, to change in each test. */
const kata = (): BookJson => JSON.parse(readFileSync('public/books/kata.json', 'utf8')) as BookJson;

test('an import shows what it changes, a cancel changes nothing, and the till prices with it once applied', async ({ page, till }) => {
  const office = new BackOffice(page);
  // Kata with: A 50 → 55, B renamed Bread, Figs (F) at 80 added, 2 B for 0.45 now 0.40, D + E for 0.20 dropped, another store name.
  const changed = kata();
  changed.name = 'Kata corner';
  changed.products = [
    ...changed.products.map((p) => (p.sku === 'A' ? { ...p, price: 55 } : p.sku === 'B' ? { ...p, name: 'Bread' } : p)),
    { sku: 'F', name: 'Figs', price: 80 },
  ];
  changed.offers = changed.offers.filter((o) => o.id !== 'DE').map((o) => (o.id === 'B2' ? { ...o, price: 40 } : o));

  await office.open(KATA);
  await office.importBook('kata-new.json', changed);
  const preview = office.importPreview;
  await expect(preview).toContainText('Importing kata-new.json makes 6 changes to the book in use.');
  await expect(preview.getByRole('list', { name: 'Store' }).getByRole('listitem')).toHaveText(['Store name: Checkout kata → Kata corner']);
  await expect(preview.getByRole('heading', { name: 'Prices changed (1)' })).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Prices changed' }).getByRole('listitem')).toHaveText(['A £0.50 → £0.55']);
  await expect(preview.getByRole('list', { name: 'Products added' }).getByRole('listitem')).toHaveText(['Figs (F) £0.80']);
  await expect(preview.getByRole('list', { name: 'Products renamed' }).getByRole('listitem')).toHaveText(['B → Bread']);
  await expect(preview.getByRole('list', { name: 'Offers changed' }).getByRole('listitem')).toHaveText(['2 B for 0.45: price £0.45 → £0.40']);
  await expect(preview.getByRole('list', { name: 'Offers removed' }).getByRole('listitem')).toHaveText(['D + E for 0.20 (bundle)']);
  await expect(preview.getByRole('checkbox')).toHaveCount(0);

  // Cancel: nothing stored, the till still sells A at 0.50.
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'kata-new.json was not imported: the book in use is unchanged.' })).toBeVisible();
  await expect(page.getByLabel('Price book in use')).not.toContainText('edited');
  await page.getByRole('link', { name: 'Till' }).click();
  await expect(till.barcode).toBeVisible();
  await till.scan('A');
  await expect(till.total).toHaveText('£0.50');

  // Again, and apply: the basket's A is priced at 0.55, and the new Figs sell at 0.80: 0.55 + 0.80 = 1.35.
  await page.getByRole('link', { name: 'Back office' }).click();
  await office.importBook('kata-new.json', changed);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Imported kata-new.json: the till now prices with it. Saved as version 1+edit.1.');
  await expect(page.getByLabel('Price book in use')).toContainText('Kata corner');
  await page.getByRole('link', { name: 'Till' }).click();
  await expect(till.total).toHaveText('£0.55');
  await till.scan('F');
  await expect(till.total).toHaveText('£1.35');
});

test('the same book changes nothing, and another store’s book needs a second confirmation', async ({ page, till }) => {
  const office = new BackOffice(page);
  await office.open(KATA);
  const preview = office.importPreview;

  // The shipped book itself: nothing to apply.
  await office.importBook('kata.json', kata());
  await expect(preview).toContainText('Nothing changes: kata.json has the same products, offers, prices and store as the book in use.');
  await expect(preview.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();

  // Riverside's book (another id) with A at 60.
  const other = kata();
  other.id = 'riverside';
  other.products = other.products.map((p) => (p.sku === 'A' ? { ...p, price: 60 } : p));
  await office.importBook('riverside.json', other);
  await expect(preview.getByRole('alert')).toHaveText('This book is for another store: riverside instead of kata.');
  await expect(preview.getByRole('list', { name: 'Prices changed' }).getByRole('listitem')).toHaveText(['A £0.50 → £0.60']);
  const apply = preview.getByRole('button', { name: 'Apply import' });
  const meant = preview.getByRole('checkbox', { name: "I mean to replace this store's book with another store's" });
  await expect(apply).toBeDisabled();
  await meant.check();
  await expect(apply).toBeEnabled();
  await meant.uncheck();
  await expect(apply).toBeDisabled();
  await meant.check();
  await apply.click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Imported riverside.json');

  await till.open(KATA);
  await till.scan('A');
  await expect(till.total).toHaveText('£0.60');
});
