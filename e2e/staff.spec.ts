import { readFileSync } from 'node:fs';
import { DEMO, enterApproval, expect, managerChoosesBook, signIn, test } from './fixtures';

// Kata prices (public/books/kata.json): A 50, B 30. Demo staff (seeded on the app's own books):
// 1 Morgan manager 1111, 2 Sam supervisor 2222, 3 Alex cashier 3333.
const KATA = '/books/kata.json';

// These journeys sign in themselves.
test.use({ operator: null });

const signInScreen = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Sign in' });

test('a store with no staff creates its first manager on first start, who is signed in', async ({ page, till }) => {
  // A book from outside the app's own books: a real store's, so no demo staff.
  await page.route('**/stores/new.json', (route) => route.fulfill({ contentType: 'application/json', body: readFileSync('public/books/kata.json', 'utf8') }));
  await page.goto('/?book=%2Fstores%2Fnew.json');
  const first = page.getByRole('region', { name: 'Create the first manager' });
  await first.getByLabel('Name').fill('Jo');
  await first.getByLabel('PIN', { exact: true }).fill('2468');
  await first.getByLabel('PIN again', { exact: true }).fill('2469');
  await first.getByRole('button', { name: 'Create manager' }).click();
  await expect(first.getByRole('alert')).toHaveText('The two PINs differ.');
  await first.getByLabel('PIN again', { exact: true }).fill('2468');
  await first.getByRole('button', { name: 'Create manager' }).click();
  await expect(till.barcode).toBeVisible();
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Jo (manager)');
  // Signed out, Jo signs in again with that PIN.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, { id: '1', pin: '2468' });
  await expect(till.barcode).toBeVisible();
});

test('another price book is a manager\'s choice: a cashier is refused it until a manager has chosen it', async ({ page, till }) => {
  await page.goto(`/?book=${encodeURIComponent(KATA)}`);
  await signIn(page, DEMO.cashier);
  await expect(page.getByRole('alert')).toHaveText('Only a manager can choose another price book.');
  await expect(till.barcode).toBeHidden();
  await page.getByRole('button', { name: 'Sign in as a manager' }).click();
  await signIn(page, DEMO.manager);
  await expect(till.barcode).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, DEMO.cashier);
  await expect(till.barcode).toBeVisible();
});

test('a cashier sells; a refund asks a supervisor, refuses a cashier\'s PIN and records the approver; the cashier cannot open the back office', async ({ page, till }) => {
  await managerChoosesBook(page, KATA);
  await signIn(page, DEMO.cashier);
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Alex (cashier)');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');
  await till.pay('Exact cash £0.80');
  await till.newSale();

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button', { name: /^Receipt 000001/ }).click();
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Served by Alex');
  const refund = page.getByRole('region', { name: 'Refund' });
  await refund.getByRole('checkbox', { name: /^B/ }).check();
  await refund.getByRole('button', { name: 'Refund £0.30' }).click();

  const approval = page.getByRole('dialog', { name: 'Supervisor approval' });
  await enterApproval(page, DEMO.cashier);
  await expect(approval.getByRole('alert')).toHaveText('A cashier cannot approve this.');
  await enterApproval(page, DEMO.supervisor);
  await expect(approval).toBeHidden();
  await expect(printed).toContainText('Refund 000002');
  await expect(printed).toContainText('Served by Alex');
  await expect(printed).toContainText('Refund approved by Sam');

  // The X report splits takings per operator: all Alex's, 0.80 − 0.30; and counts Alex's refund, approved by Sam.
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('list', { name: 'Takings per operator' }).first()).toContainText(/Alex \(3\)\s*£0\.50/);
  const actions = page.getByRole('article', { name: 'X report' }).getByRole('list', { name: 'Supervisor actions per operator' });
  await expect(actions).toContainText('Alex (3): 1 refund (£0.30)');
  await expect(actions).toContainText('approved by Sam (2): 1 refund (£0.30)');

  // Closing the day (the Z report) asks a supervisor too, refuses a cashier's PIN, and names both.
  await page.getByRole('button', { name: 'Close day (Z report)' }).click();
  await page.getByRole('dialog', { name: 'Close the day?' }).getByRole('button', { name: 'Close Z report' }).click();
  await enterApproval(page, DEMO.cashier);
  await expect(approval.getByRole('alert')).toHaveText('A cashier cannot approve this.');
  await enterApproval(page, DEMO.supervisor);
  await expect(approval).toBeHidden();
  await expect(page.getByRole('article', { name: 'Z report just closed' })).toContainText('Closed by Alex, approved by Sam');

  await page.getByRole('link', { name: 'Back office' }).click();
  await expect(page.getByRole('alert')).toHaveText('Only a manager can open the back office.');
  await expect(page.getByRole('heading', { name: 'Offers' })).toBeHidden();
});

test('the till locks after the idle time and on Ctrl+L; the operator\'s PIN unlocks; mid-sale only a supervisor or manager may take over, the one way on once the operator is disabled', async ({ page, till }) => {
  await page.clock.install();
  await managerChoosesBook(page, KATA);
  await signIn(page, DEMO.cashier);
  await till.scan('A');
  await expect(till.total).toHaveText('£0.50');

  await page.clock.fastForward('09:59');
  await expect(till.barcode).toBeVisible();
  await page.clock.fastForward('00:02');
  const locked = page.getByRole('region', { name: 'Till locked' });
  await expect(locked).toContainText('Alex locked the till during a sale: their PIN unlocks it, or a supervisor or manager takes the sale over.');
  // No other cashier takes a sale over (the demo staff has one cashier: Alex).
  await expect(locked.getByRole('option')).toHaveText(['Choose…', 'Morgan (manager)', 'Sam (supervisor)', 'Alex (cashier)']);
  await expect(locked.getByRole('combobox', { name: 'Operator' })).toHaveValue(DEMO.cashier.id);
  await locked.getByLabel('PIN', { exact: true }).fill(DEMO.cashier.pin);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await expect(till.total).toHaveText('£0.50');

  // Locked mid-sale again; meanwhile a manager disables Alex in the back office of another tab.
  await page.keyboard.press('Control+l');
  await expect(locked).toBeVisible();
  const office = await page.context().newPage();
  await office.goto(`/back-office?book=${encodeURIComponent(KATA)}`);
  await signIn(office, DEMO.manager);
  await office.getByRole('tab', { name: 'Staff' }).click();
  const staffPanel = office.getByRole('tabpanel', { name: 'Staff' });
  await staffPanel.getByRole('button', { name: 'Disable Alex' }).click();
  await expect(staffPanel.getByRole('status')).toHaveText('Alex is disabled.');
  await office.close();

  // Alex's PIN is refused, and Alex is no longer offered: Sam takes the sale over, which is kept.
  await locked.getByLabel('PIN', { exact: true }).fill(DEMO.cashier.pin);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await expect(locked).toContainText('Alex locked the till during a sale and can no longer sign in: a supervisor or manager takes the sale over.');
  await expect(locked.getByRole('option')).toHaveText(['Choose…', 'Morgan (manager)', 'Sam (supervisor)']);
  await locked.getByRole('combobox', { name: 'Operator' }).selectOption(DEMO.supervisor.id);
  await locked.getByLabel('PIN', { exact: true }).fill(DEMO.supervisor.pin);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Sam (supervisor)');
  await expect(till.total).toHaveText('£0.50');

  await till.pay('Exact cash £0.50');
  await till.newSale();
  // Between sales, Ctrl+L locks and another operator takes over.
  await page.keyboard.press('Control+l');
  await locked.getByRole('combobox', { name: 'Operator' }).selectOption(DEMO.manager.id);
  await locked.getByLabel('PIN', { exact: true }).fill(DEMO.manager.pin);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Morgan (manager)');
});

test('five wrong PINs lock that operator for a minute, saying how long; others can still sign in', async ({ page, till }) => {
  await page.clock.install();
  await managerChoosesBook(page, KATA);
  const screen = signInScreen(page);
  await screen.getByRole('combobox', { name: 'Operator' }).selectOption(DEMO.cashier.id);
  for (let i = 1; i <= 4; i += 1) {
    await screen.getByLabel('PIN', { exact: true }).fill('9999');
    await screen.getByRole('button', { name: 'Sign in' }).click();
    await expect(screen.getByRole('alert')).toHaveText(`Wrong PIN. ${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left before a one-minute lock.`);
  }
  await screen.getByLabel('PIN', { exact: true }).fill('9999');
  await screen.getByRole('button', { name: 'Sign in' }).click();
  await expect(screen.getByRole('alert')).toHaveText('Too many wrong PINs: Alex is locked for 60 more seconds.');
  // The right PIN waits out the minute.
  await page.clock.fastForward('00:30');
  await screen.getByLabel('PIN', { exact: true }).fill(DEMO.cashier.pin);
  await screen.getByRole('button', { name: 'Sign in' }).click();
  await expect(screen.getByRole('alert')).toHaveText('Too many wrong PINs: Alex is locked for 30 more seconds.');
  await page.clock.fastForward('00:31');
  await screen.getByLabel('PIN', { exact: true }).fill(DEMO.cashier.pin);
  await screen.getByRole('button', { name: 'Sign in' }).click();
  await expect(till.barcode).toBeVisible();
});
