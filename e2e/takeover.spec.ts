import { DEMO, expect, managerChoosesBook, signIn, test } from './fixtures';

// Kata prices (public/books/kata.json): A 50, B 30. Demo staff (seeded on the app's own books):
// 1 Morgan manager 1111, 2 Sam supervisor 2222, 3 Alex cashier 3333.
const KATA = '/books/kata.json';

// The journey signs in, locks and unlocks itself.
test.use({ operator: null });

/** A takeover as History prints it: the time is the till's local time, so only its shape is known here. */
const takenOver = (from: string, to: string) => new RegExp(`Taken over from ${from} by ${to} at \\d\\d:\\d\\d`);

test('a sale taken over at the lock screen, or signed into by another after a reload, says so: on the completed sale and on a voided one, in History and on the X report', async ({ page, till }) => {
  // One journey of three sales, a reload and eight PIN checks (PBKDF2, 210,000 iterations each).
  test.setTimeout(90_000);
  await managerChoosesBook(page, KATA);
  await signIn(page, DEMO.cashier);
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£0.80');

  // Alex locks the till mid-sale; Sam unlocks it with his own PIN and so takes the sale over.
  await page.keyboard.press('Control+l');
  const locked = page.getByRole('region', { name: 'Till locked' });
  await expect(locked).toBeVisible();
  await signIn(page, DEMO.supervisor);
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Sam (supervisor)');
  // The takeover is kept with the sale in progress: a reload (which asks for a PIN again) loses nothing,
  // and the sign-in screen knows the sale is Sam's now: Sam carries on, no second takeover.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sign in' })).toContainText('Sam was serving the sale on the till: their PIN carries on with it, or a supervisor or manager takes the sale over.');
  await signIn(page, DEMO.supervisor);
  await expect(till.total).toHaveText('£0.80');
  await till.pay('Exact cash £0.80');
  await till.newSale();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Alex's next sale: the page is reloaded mid-sale, and Morgan signs in: that takes the sale over
  // too. Morgan voids it (a manager needs no approval).
  await signIn(page, DEMO.cashier);
  await till.scan('A');
  await expect(till.total).toHaveText('£0.50');
  await page.reload();
  const signInScreen = page.getByRole('region', { name: 'Sign in' });
  await expect(signInScreen).toContainText('Alex was serving the sale on the till: their PIN carries on with it, or a supervisor or manager takes the sale over.');
  await expect(signInScreen.getByRole('option')).toHaveText(['Choose…', 'Morgan (manager)', 'Sam (supervisor)', 'Alex (cashier)']);
  await signIn(page, DEMO.manager);
  await expect(page.getByRole('group', { name: 'Operator' })).toContainText('Morgan (manager)');
  await page.getByRole('button', { name: 'Void sale' }).click();
  await page.getByRole('dialog', { name: 'Void the whole sale?' }).getByRole('button', { name: 'Void sale' }).click();
  await expect(till.lines).toHaveCount(0);
  // Alex's own PIN only unlocks: no takeover.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, DEMO.cashier);
  await till.scan('B');
  await expect(till.total).toHaveText('£0.30');
  await page.keyboard.press('Control+l');
  await expect(locked).toBeVisible();
  await signIn(page, DEMO.cashier);
  await expect(locked).toBeHidden();
  await till.pay('Exact cash £0.30');
  await till.newSale();

  await page.getByRole('link', { name: 'History' }).click();
  const entries = page.getByRole('list', { name: 'Journal entries' });
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(entries.getByRole('button', { name: /^Receipt 000001.*· taken over/ })).toBeVisible();
  await entries.getByRole('button', { name: /^Receipt 000001/ }).click();
  await expect(printed).toContainText('Served by Sam');
  await expect(printed.getByText(takenOver('Alex', 'Sam'))).toHaveCount(1);
  await expect(printed).not.toContainText('Taken over from Sam');
  await entries.getByRole('button', { name: /^Void 000002.*· taken over/ }).click();
  await expect(printed).toContainText('1 item coming to £0.50 voided; nothing was paid.');
  await expect(printed).toContainText('Served by Morgan');
  await expect(printed).toContainText(takenOver('Alex', 'Morgan'));
  await entries.getByRole('button', { name: /^Receipt 000003/ }).click();
  await expect(printed).toContainText('Served by Alex');
  await expect(printed).not.toContainText('Taken over');
  await expect(entries.getByRole('button', { name: /^Receipt 000003/ })).not.toContainText('taken over');

  // The X report counts the sales taken over, against Alex, with who took each over.
  await page.getByRole('link', { name: 'Reports' }).click();
  const report = page.getByRole('article', { name: 'X report' });
  await expect(report).toContainText(/Sales taken over\s*2(?!\d)/);
  const actions = report.getByRole('list', { name: 'Supervisor actions per operator' });
  await expect(actions).toContainText('Morgan (1): 1 voided sale (£0.50)');
  await expect(actions).toContainText('Alex (3): 2 sales taken over');
  await expect(actions).toContainText('taken over by Morgan (1): 1 sale taken over');
  await expect(actions).toContainText('taken over by Sam (2): 1 sale taken over');
});
