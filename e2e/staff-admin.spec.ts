import type { Page } from '@playwright/test';
import { DEMO, enterApproval, expect, managerChoosesBook, signIn, test } from './fixtures';

// Kata prices (public/books/kata.json): A 50, B 30. Demo staff (seeded on the app's own books):
// 1 Morgan manager 1111, 2 Sam supervisor 2222, 3 Alex cashier 3333; a new operator gets id 4.
const KATA = '/books/kata.json';

// These journeys sign in themselves.
test.use({ operator: null });

const signInScreen = (page: Page) => page.getByRole('region', { name: 'Sign in' });

/** Signs out and back in as `who`, on whatever screen the till is showing. */
async function switchTo(page: Page, who: { id: string; pin: string }): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, who);
}

/** The back office's Staff tab, opened by a signed-in manager. */
async function staffTab(page: Page) {
  await page.getByRole('tab', { name: 'Staff' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Staff' });
  return { table: panel.getByRole('table', { name: 'Staff' }), status: panel.getByRole('status') };
}

test('a manager adds a cashier, who signs in with their PIN; a new PIN replaces the old one and lifts a lockout; a disabled cashier can no longer sign in until enabled', async ({ page }) => {
  await page.goto(`/back-office?book=${encodeURIComponent(KATA)}`);
  await signIn(page, DEMO.manager);
  await expect(page.getByRole('heading', { name: 'Offers' })).toBeVisible();
  const { table, status } = await staffTab(page);

  // Add Riley, a cashier: the two PINs must agree.
  const add = page.getByRole('form', { name: 'Add an operator' });
  await add.getByLabel('Name').fill('Riley');
  await add.getByRole('combobox', { name: 'Role' }).selectOption('cashier');
  await add.getByLabel('PIN', { exact: true }).fill('4567');
  await add.getByLabel('PIN again', { exact: true }).fill('4568');
  await add.getByRole('button', { name: 'Add operator' }).click();
  await expect(add.getByRole('alert')).toHaveText('The two PINs differ.');
  await add.getByLabel('PIN again', { exact: true }).fill('4567');
  await add.getByRole('button', { name: 'Add operator' }).click();
  await expect(status).toHaveText('Added Riley (cashier) as operator 4.');
  await expect(table.getByRole('row', { name: /Riley/ })).toHaveText(/4\s*Riley\s*Cashier\s*Active/);

  // Riley signs in with that PIN: a cashier, so the back office is refused.
  await switchTo(page, { id: '4', pin: '4567' });
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Riley (cashier)');
  await expect(page.getByRole('alert')).toHaveText('Only a manager can open the back office.');

  // Riley forgets the PIN: five wrong ones lock Riley (only) for a minute.
  await page.getByRole('button', { name: 'Sign out' }).click();
  const screen = signInScreen(page);
  for (let i = 1; i <= 4; i += 1) {
    await signIn(page, { id: '4', pin: '1357' });
    await expect(screen.getByRole('alert')).toHaveText(`Wrong PIN. ${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left before a one-minute lock.`);
  }
  await signIn(page, { id: '4', pin: '1357' });
  await expect(screen.getByRole('alert')).toHaveText('Too many wrong PINs: Riley is locked for 60 more seconds.');

  // The manager gives Riley a new PIN, which lifts the lock at once.
  await signIn(page, DEMO.manager);
  await staffTab(page);
  await table.getByRole('button', { name: 'New PIN for Riley' }).click();
  const rePin = page.getByRole('dialog', { name: 'New PIN for Riley' });
  await rePin.getByLabel('New PIN', { exact: true }).fill('8642');
  await rePin.getByLabel('New PIN again', { exact: true }).fill('8642');
  await rePin.getByRole('button', { name: 'Save PIN' }).click();
  await expect(rePin).toBeHidden();
  await expect(status).toHaveText('Riley has a new PIN.');

  // The old PIN is refused (the wrong count started afresh), the new one works.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, { id: '4', pin: '4567' });
  await expect(screen.getByRole('alert')).toHaveText('Wrong PIN. 4 tries left before a one-minute lock.');
  await screen.getByLabel('PIN', { exact: true }).fill('8642');
  await screen.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Riley (cashier)');

  // The manager disables Riley, who is then no longer offered at sign-in.
  await switchTo(page, DEMO.manager);
  await staffTab(page);
  await table.getByRole('button', { name: 'Disable Riley' }).click();
  await expect(status).toHaveText('Riley is disabled.');
  await expect(table.getByRole('row', { name: /Riley/ })).toHaveText(/Riley\s*Cashier\s*Disabled/);
  await expect(table.getByRole('button', { name: 'Enable Riley' })).toBeVisible();
  // The last manager who can sign in cannot be disabled.
  await table.getByRole('button', { name: 'Disable Morgan' }).click();
  await expect(status).toHaveText('This is the last manager who can sign in: add another manager first.');
  await expect(table.getByRole('row', { name: /Morgan/ })).toHaveText(/Morgan\s*Manager\s*Active/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  const operators = screen.getByRole('combobox', { name: 'Operator' });
  await expect(operators.getByRole('option', { name: 'Alex (cashier)' })).toHaveCount(1);
  await expect(operators.getByRole('option', { name: /Riley/ })).toHaveCount(0);

  // Enabled again, Riley is offered and signs in with the PIN set before.
  await signIn(page, DEMO.manager);
  await staffTab(page);
  await table.getByRole('button', { name: 'Enable Riley' }).click();
  await expect(status).toHaveText('Riley is enabled again.');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(operators.getByRole('option', { name: 'Riley (cashier)' })).toHaveCount(1);
  await signIn(page, { id: '4', pin: '8642' });
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Riley (cashier)');
});

test('a cashier\'s cash refund of a card sale needs a supervisor: the cashier\'s own PIN is refused, Sam\'s approves, and History names Sam and what Sam approved', async ({ page, till }) => {
  await managerChoosesBook(page, KATA);
  await signIn(page, DEMO.cashier);
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Alex (cashier)');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');
  await till.pay('Card £0.80');
  await till.newSale();

  await page.getByRole('link', { name: 'History' }).click();
  const entries = page.getByRole('list', { name: 'Journal entries' });
  await entries.getByRole('button', { name: /^Receipt 000001/ }).click();
  const refund = page.getByRole('region', { name: 'Refund' });
  await refund.getByRole('checkbox', { name: /^B/ }).check();
  await refund.getByRole('radio', { name: 'Cash instead of card' }).check();
  await refund.getByRole('button', { name: 'Refund £0.30' }).click();
  await page.getByRole('dialog', { name: 'Give cash for a card payment?' }).getByRole('button', { name: 'Give £0.30 in cash' }).click();

  const approval = page.getByRole('dialog', { name: 'Supervisor approval' });
  await expect(approval).toContainText('Give cash for a card payment: £0.30 of receipt 000001 needs a supervisor or manager.');
  await enterApproval(page, DEMO.cashier);
  await expect(approval.getByRole('alert')).toHaveText('A cashier cannot approve this.');
  // Nothing is refunded while the approval is refused.
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  await enterApproval(page, DEMO.supervisor);
  await expect(approval).toBeHidden();

  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Refund 000002');
  await expect(printed).toContainText(/Cash back\s*£0\.30/);
  await expect(printed).toContainText('Cash instead of card: £0.30');
  await expect(printed).toContainText('Served by Alex');
  await expect(printed).toContainText('Cash refund of a card payment approved by Sam');

  // The refund keeps its approver in History: opened again from the list, it still names Sam.
  await entries.getByRole('button', { name: /^Receipt 000001/ }).click();
  await expect(printed).toContainText('Receipt 000001');
  await entries.getByRole('button', { name: /^Refund 000002/ }).click();
  await expect(printed).toContainText('Refund 000002');
  await expect(printed).toContainText('Cash refund of a card payment approved by Sam');
});
