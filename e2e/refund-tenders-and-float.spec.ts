import { expect, test } from './fixtures';

test('a refund goes back to the card by default, part of a line at what it paid, cash for a card only when confirmed; the float is in the expected cash', async ({ page, till }) => {
  // The day starts with a £50 float, recorded before the first sale.
  await till.open('/books/kata.json');
  await page.getByRole('link', { name: 'Reports' }).click();
  const float = page.getByRole('region', { name: 'Opening float' });
  await float.getByLabel('Float amount').fill('50');
  await float.getByRole('button', { name: 'Record float' }).click();
  await expect(float).toContainText('50.00 recorded');

  await till.open('/books/kata.json');
  // Sale 1: 3 × A for 1.30 (saves 20 on 150) and B 30: 160, by card.
  await page.keyboard.type('3*');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£1.60');
  await till.pay('Card £1.60');
  await till.newSale();
  // Sale 2: D + E for 0.20, exact cash.
  await till.scan('D');
  await till.scan('E');
  await expect(till.total).toHaveText('£0.20');
  await till.pay('Exact cash £0.20');
  await till.newSale();

  // Two of the three A: the line paid 130, so 43, 43 and 44 a unit, the odd penny on the last one back: 86.
  await page.getByRole('link', { name: 'History' }).click();
  const entries = page.getByRole('list', { name: 'Journal entries' });
  await entries.getByRole('button', { name: /^Receipt 000001/ }).click();
  const refund = page.getByRole('region', { name: 'Refund' });
  await refund.getByRole('checkbox', { name: /A × 3/ }).check();
  await refund.getByRole('spinbutton', { name: 'Units to refund from line 1' }).fill('2');
  const asPaid = refund.getByRole('radio', { name: 'As paid' });
  await expect(asPaid).toBeChecked();
  await expect(asPaid).toHaveAccessibleDescription('to card £0.86');
  await refund.getByRole('button', { name: 'Refund £0.86' }).click();
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Refund 000003');
  await expect(printed.getByRole('list', { name: 'Refunded lines' })).toHaveText(/A × 2\s*−£0\.86/);
  await expect(printed).toContainText(/To card\s*£0\.86/);
  await expect(printed).not.toContainText('Cash back');

  // B (paid 30) in cash instead of back to the card: an explicit choice, then a confirmation.
  await entries.getByRole('button', { name: /^Receipt 000001/ }).click();
  await expect(refund).toContainText('A × 3(2 refunded)');
  await refund.getByRole('checkbox', { name: /^B/ }).check();
  await refund.getByRole('radio', { name: 'Cash instead of card' }).check();
  await refund.getByRole('button', { name: 'Refund £0.30' }).click();
  const confirm = page.getByRole('dialog', { name: 'Give cash for a card payment?' });
  await expect(confirm).toContainText('£0.30 of this refund would go back to the card');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(entries.getByRole('listitem')).toHaveCount(3);
  await refund.getByRole('button', { name: 'Refund £0.30' }).click();
  await confirm.getByRole('button', { name: 'Give £0.30 in cash' }).click();
  await expect(printed).toContainText('Refund 000004');
  await expect(printed).toContainText(/Cash back\s*£0\.30/);
  await expect(printed).toContainText('Cash instead of card: £0.30');

  // A cash sale has no card to go back to, so there is nothing to choose.
  await entries.getByRole('button', { name: /^Receipt 000002/ }).click();
  await expect(refund.getByRole('radio', { name: 'As paid' })).toBeChecked();
  await expect(refund.getByRole('radio', { name: 'Cash instead of card' })).toHaveCount(0);

  // X report. Cash: 20 taken − 30 given back = −10; card: 160 − 86 = 74; expected in the drawer: 5000 − 10 = 4990.
  await page.getByRole('link', { name: 'Reports' }).click();
  const x = page.getByRole('article', { name: 'X report' });
  await expect(x).toContainText(
    /Sales\s*2\s*Refunds\s*2\s*Sales total\s*£1\.80\s*Refunded\s*£1\.16\s*Net takings\s*£0\.64\s*Cash\s*[-−]£0\.10\s*Card\s*£0\.74\s*Opening float\s*£50\.00\s*Expected cash in drawer\s*£49\.90/,
  );
  // Both refunds were Morgan's, a manager's, who needs no approval; one gave cash for a card payment.
  await expect(x).toContainText(/Cash refunds of card payments\s*1 · £0\.30/);
  const actions = x.getByRole('list', { name: 'Supervisor actions per operator' });
  await expect(actions).toContainText('Morgan (1): 2 refunds (£1.16), 1 cash refund of a card payment (£0.30)');
  await expect(actions).toContainText('no approval needed: 2 refunds (£1.16), 1 cash refund of a card payment (£0.30)');
});
