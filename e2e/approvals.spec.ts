import { DEMO, enterApproval, expect, managerChoosesBook, signIn, test } from './fixtures';

// Kata prices (public/books/kata.json): A 50, B 30. Demo staff (seeded on the app's own books):
// 1 Morgan manager 1111, 2 Sam supervisor 2222, 3 Alex cashier 3333. Kata is not the default
// book: a manager chooses it, then signs out for the cashier.
const KATA = '/books/kata.json';

// The cashier signs in: the journeys are about what a cashier needs a supervisor for.
test.use({ operator: null });

/** Approves in the "Supervisor approval" dialog: first the cashier's own PIN (refused in words), then Sam's. */
async function approveAsSam(page: import('@playwright/test').Page): Promise<void> {
  const approval = page.getByRole('dialog', { name: 'Supervisor approval' });
  await enterApproval(page, DEMO.cashier);
  await expect(approval.getByRole('alert')).toHaveText('A cashier cannot approve this.');
  await enterApproval(page, DEMO.supervisor);
  await expect(approval).toBeHidden();
}

test('a cashier overrides a price: a supervisor approves, the receipt and the journal show it, Undo takes it back, a tender refuses it', async ({ page, till }) => {
  await managerChoosesBook(page, KATA);
  await signIn(page, DEMO.cashier);
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');

  const overrideB = async () => {
    // B, the newest line, is the selected one.
    await page.getByRole('region', { name: 'Selected line' }).getByRole('button', { name: 'Override price' }).click();
    const dialog = page.getByRole('dialog', { name: 'Override price' });
    await dialog.getByLabel('New price').fill('0.20');
    await dialog.getByRole('radio', { name: 'Damaged' }).check();
    await dialog.getByRole('button', { name: 'Set price' }).click();
    await expect(dialog).toBeHidden();
    await approveAsSam(page);
  };
  await overrideB();
  // 50 + 20 = 70.
  await expect(till.total).toHaveText('£0.70');
  await expect(till.lines.filter({ hasText: 'B' })).toContainText('Price override £0.20 (was £0.30): damaged');

  await page.getByRole('button', { name: 'Undo last action' }).click();
  await expect(till.total).toHaveText('£0.80');
  await overrideB();
  await expect(till.total).toHaveText('£0.70');

  // Once money is in, the price stays.
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByLabel('Amount').fill('0.10');
  await pay.getByRole('button', { name: 'Card £0.10' }).click();
  await pay.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('region', { name: 'Selected line' }).getByRole('button', { name: 'Override price' }).click();
  await expect(till.alert).toHaveText('A price cannot change once payment has started: remove the tenders first');
  await expect(page.getByRole('dialog', { name: 'Override price' })).toBeHidden();
  await till.pay('Exact cash £0.60');
  await expect(page.getByRole('article', { name: 'Printed receipt' })).toContainText('Price override £0.20 (was £0.30): damaged');
  await till.newSale();

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button', { name: /^Receipt 000001/ }).click();
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Price override £0.20 (was £0.30): damaged');
  await expect(printed).toContainText('Served by Alex');
  await expect(printed).toContainText('Price override approved by Sam');
});

test('Override price on "3 × £2.75" sets all three: one approval, the row stays "3 × £2.50", one Undo puts all three back, the receipt and History show one row', async ({ page, till }) => {
  // Honey & nut granola 500g: £2.75 in the store's own book, in no offer.
  const granola = '5057191200110';
  await page.goto('/');
  await signIn(page, DEMO.cashier);
  for (let scan = 0; scan < 3; scan++) await till.scan(granola);
  const row = till.lines.filter({ hasText: 'Honey & nut granola 500g' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('3 × £2.75');
  await expect(till.total).toHaveText('£8.25');

  const overrideRow = async () => {
    // The row, the newest, is the selected one.
    await page.getByRole('region', { name: 'Selected line' }).getByRole('button', { name: 'Override price' }).click();
    const dialog = page.getByRole('dialog', { name: 'Override price' });
    await expect(dialog).toContainText('Honey & nut granola 500g × 3: £2.75 each now; the new price is for all 3');
    await dialog.getByLabel('New price').fill('2.50');
    await dialog.getByRole('radio', { name: 'Wrong label' }).check();
    await dialog.getByRole('button', { name: 'Set price' }).click();
    await expect(dialog).toBeHidden();
    await approveAsSam(page);
  };
  await overrideRow();
  await expect(page.getByText('Honey & nut granola 500g × 3: Price override £2.50 (was £2.75): wrong label, approved by Sam. Undo (Ctrl+Z) puts it back')).toBeVisible();
  // One approval for the row: no second one is asked.
  await expect(page.getByRole('dialog', { name: 'Supervisor approval' })).toBeHidden();
  // 3 × 250 = 750.
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('3 × £2.50');
  await expect(row).toContainText('Price override £2.50 (was £2.75): wrong label');
  await expect(till.total).toHaveText('£7.50');

  await page.getByRole('button', { name: 'Undo last action' }).click();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('3 × £2.75');
  await expect(row).not.toContainText('Price override');
  await expect(till.total).toHaveText('£8.25');

  await overrideRow();
  await expect(till.total).toHaveText('£7.50');
  await till.pay('Exact cash £7.50');
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  const printedRow = printed.getByRole('listitem').filter({ hasText: 'Honey & nut granola 500g' });
  await expect(printedRow).toHaveCount(1);
  await expect(printedRow).toContainText('3 × £2.50');
  await expect(printedRow).toContainText('Price override £2.50 (was £2.75): wrong label');
  await till.newSale();

  // The journal keeps the override on each of the three scans; History's copy reads them as one row.
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button', { name: /^Receipt 000001/ }).click();
  await expect(printedRow).toHaveCount(1);
  await expect(printedRow).toContainText('3 × £2.50');
  await expect(printedRow).toContainText('Price override £2.50 (was £2.75): wrong label');
  await expect(printed).toContainText('Price override approved by Sam');
});

test('No sale and voiding a sale (or a line once paid for) ask a supervisor; the journal keeps who did it and who approved, the line void on its sale', async ({ page, till }) => {
  await managerChoosesBook(page, KATA);
  await signIn(page, DEMO.cashier);

  await page.getByRole('button', { name: 'No sale' }).click();
  await approveAsSam(page);
  await expect(page.getByText(/^No sale.*approved by Sam/)).toBeVisible();

  // Mid-sale, No sale is refused; a line voided after a tender needs Sam too.
  await till.scan('A');
  await till.scan('B');
  await page.getByRole('button', { name: 'No sale' }).click();
  await expect(till.alert).toHaveText('Finish or void the sale first: No sale opens the drawer between sales');
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByLabel('Amount').fill('0.10');
  await pay.getByRole('button', { name: 'Card £0.10' }).click();
  await pay.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('region', { name: 'Selected line' }).getByRole('button', { name: 'Void line' }).click();
  await approveAsSam(page);
  await expect(till.total).toHaveText('£0.50');

  await page.getByRole('button', { name: 'Void sale' }).click();
  await page.getByRole('dialog', { name: 'Void the whole sale?' }).getByRole('button', { name: 'Void sale' }).click();
  await approveAsSam(page);
  await expect(page.getByText('Sale voided, approved by Sam: hand back £0.10')).toBeVisible();
  await expect(till.lines).toHaveCount(0);

  // A line voided once paid for stays on the sale's record, with who approved, after it completes.
  // Two scans of B are one row, "2 × £0.30": Void line voids the row, with one approval and one record.
  await till.scan('A');
  await till.scan('B');
  await till.scan('B');
  await expect(till.lines).toHaveText([/A/, /B\s*2 × £0\.30\s*£0\.60/]);
  await page.keyboard.press('F12');
  await pay.getByLabel('Amount').fill('0.20');
  await pay.getByRole('button', { name: 'Card £0.20' }).click();
  await pay.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('region', { name: 'Selected line' }).getByRole('button', { name: 'Void line' }).click();
  await approveAsSam(page);
  await expect(till.total).toHaveText('£0.50');
  await till.pay('Exact cash £0.30');
  await expect(page.getByRole('article', { name: 'Printed receipt' }).getByRole('list', { name: 'Voided after payment' })).toHaveText('Voided after payment: B × 2 £0.60, approved by Sam');
  await till.newSale();

  await page.getByRole('link', { name: 'History' }).click();
  const entries = page.getByRole('list', { name: 'Journal entries' });
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await entries.getByRole('button', { name: /^No sale 000001/ }).click();
  await expect(printed).toContainText('The cash drawer was opened with no sale.');
  await expect(printed).toContainText('Served by Alex');
  await expect(printed).toContainText('Approved by Sam');
  await entries.getByRole('button', { name: /^Void 000002/ }).click();
  await expect(printed).toContainText('1 item coming to £0.50 voided; £0.10 handed back.');
  await expect(printed).toContainText('Approved by Sam');
  await entries.getByRole('button', { name: /^Receipt 000003/ }).click();
  await expect(printed).toContainText('Served by Alex');
  await expect(printed.getByRole('list', { name: 'Voided after payment' })).toHaveText('Voided after payment: B × 2 £0.60, approved by Sam');

  // The X report counts them per operator, with who approved, beside the takings.
  await page.getByRole('link', { name: 'Reports' }).click();
  const events = page.getByRole('article', { name: 'X report' }).getByRole('list', { name: 'Supervisor actions per operator' });
  await expect(events).toContainText('Alex (3): 1 voided sale (£0.50), 1 No sale, 1 line voided after payment (£0.60)');
  await expect(events).toContainText('approved by Sam (2): 1 voided sale (£0.50), 1 No sale, 1 line voided after payment (£0.60)');
});
