import { expect, test } from './fixtures';

test('split tender with change, a double-tapped completion, the printed receipt, the next sale', async ({ page, till }) => {
  await till.open('/books/test/corner-shop.json');
  // Merlot 800 less 25% (200) = 600, milk 125: 725.
  await till.scan('5000000000081');
  await till.scan('5000000000012');
  await expect(till.total).toHaveText('£7.25');

  await page.getByRole('button', { name: /^Pay/ }).click();
  const pay = page.getByRole('dialog', { name: 'Payment' });
  const complete = pay.getByRole('button', { name: 'Complete sale' });
  await expect(complete).toBeDisabled();

  // A card never pays more than is owed.
  await pay.getByLabel('Amount').fill('10');
  await pay.getByRole('button', { name: /^Card/ }).click();
  await expect(till.alert).toHaveText("A card payment can't be more than the £7.25 owed (cards give no change)");

  // £5 on card, then a £5 note for the £2.25 left: change £2.75.
  await pay.getByLabel('Amount').fill('5');
  await pay.getByRole('button', { name: 'Card £5.00' }).click();
  await expect(pay).toContainText(/Owed\s*£2\.25/);
  await page.keyboard.press('Control+Enter');
  await expect(till.alert).toHaveText('£2.25 is still owed');
  await pay.getByRole('group', { name: 'Quick cash' }).getByRole('button', { name: 'Cash £5.00' }).click();
  await expect(pay).toContainText(/Change due\s*£2\.75/);
  await expect(complete).toBeEnabled();

  // A double tap records one sale.
  await complete.dblclick();
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Corner Shop (test book)');
  await expect(printed).toContainText('Receipt 000001');
  await expect(printed.getByRole('list', { name: 'Receipt' })).toContainText('Merlot');
  await expect(printed).toContainText('25% off wine −£2.00');
  await expect(printed).toContainText(/You saved\s*−£2\.00/);
  await expect(printed).toContainText(/Card\s*£5\.00\s*Cash\s*£5\.00\s*Change\s*£2\.75/);
  await expect(printed).toContainText(new RegExp(String(new Date().getFullYear())));

  // Printing shows the receipt alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'New sale' })).toBeHidden();
  await expect(printed).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The next sale gets the next number: no gap from the double tap.
  await expect(page.getByRole('button', { name: 'New sale' })).toBeEnabled();
  await page.getByRole('button', { name: 'New sale' }).click();
  await till.scan('5000000000012');
  await page.keyboard.press('F12');
  await pay.getByRole('button', { name: 'Exact cash £1.25' }).click();
  await pay.getByRole('button', { name: 'Complete sale' }).click();
  await expect(printed).toContainText('Receipt 000002');
  await expect(page.getByRole('region', { name: 'Sale complete' })).toContainText(/No change due\s*£0\.00/);

  // A scan on the receipt starts the next sale by itself.
  await till.scan('5000000000012');
  await expect(till.total).toHaveText('£1.25');
});

test('the sale in progress survives a reload, tenders and all', async ({ page, till }) => {
  await till.open('/books/kata.json');
  // 4 × A: 3 for 130 plus 50 = 180; B 30: 210.
  await page.keyboard.type('4*');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£2.10');
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByLabel('Amount').fill('1');
  await pay.getByLabel('Amount').press('Enter');
  await expect(pay).toContainText(/Paid\s*£1\.00/);

  await page.reload();
  await expect(till.total).toHaveText('£2.10');
  await expect(till.lines).toHaveText([/A\s*4 × £0\.50\s*£2\.00/, /B\s*£0\.30/]);
  await expect(till.discounts).toHaveText(['Discount: 3 A for 1.30 −£0.20']);
  await expect(page.getByRole('complementary', { name: 'Sale' })).toContainText(/Paid so far\s*£1\.00/);
  await page.keyboard.press('F12');
  await expect(pay).toContainText(/Owed\s*£1\.10/);
});
