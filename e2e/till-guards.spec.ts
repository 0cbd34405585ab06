import { expect, test } from './fixtures';

const CORNER_SHOP = '/books/test/corner-shop.json';
const DEMO = '/books/demo.json';

// Corner shop prices (public/books/test/corner-shop.json): milk 125, apples 50 (3 for 120),
// oranges 40, loose bananas 79 per kg, brie 300 (base code 2012345000001), £3 off a £20 spend after
// offers. Barcodes worked out by hand from src/barcodes/README.md.
const MILK = '5000000000012';
const APPLES = '5000123456789';
const ORANGES = '96385074';

test('a typed quantity: a minus or a fraction is refused and cleared, more than fifty asks first', async ({ page, till }) => {
  await till.open(CORNER_SHOP);
  await till.scan(MILK);

  // A minus sign is not a quantity, and it takes nothing off the newest line.
  await page.keyboard.type('-3*');
  await expect(till.alert).toHaveText(/^A quantity can't be negative: type how many \(1 to 999\), then ×/);
  await expect(till.barcode).toHaveValue('');
  await expect(page.getByText(/Next item ×/)).toBeHidden();
  await till.scan(APPLES);
  await expect(till.total).toHaveText('£1.75'); // 125 + one apple 50

  // A fraction is refused and cleared: the next scan is read whole, not glued onto "2.5".
  await page.keyboard.type('2.5*');
  await expect(till.alert).toHaveText(/^2\.5 is not a whole number of items/);
  await expect(till.barcode).toHaveValue('');
  await till.scan(APPLES);
  await expect(till.total).toHaveText('£2.25'); // + 50
  await expect(till.alert).toHaveText('');

  // Sixty asks first; "Don't sell" leaves the basket as it was.
  await page.keyboard.type('60*');
  await till.scan(APPLES);
  const sixty = page.getByRole('dialog', { name: 'Sell 60 × Apples?' });
  await expect(sixty).toBeVisible();
  await sixty.getByRole('button', { name: "Don't sell" }).click();
  await expect(sixty).toBeHidden();
  await expect(till.alert).toHaveText('Not added: 60 × Apples');
  await expect(till.total).toHaveText('£2.25');
  // Milk, then the two apples scanned one after the other, shown as one row: 2 × £0.50.
  await expect(till.lines).toHaveText([/Milk/, /Apples\s*2 × £0\.50\s*£1\.00/]);

  // Confirmed, they go in: 62 apples are 20 lots of 3 for 120 (2400) and two at 50: 2500.
  // 125 + 2500 = 2625, over £20, so £3 off: 2325.
  await page.keyboard.type('60*');
  await till.scan(APPLES);
  await sixty.getByRole('button', { name: 'Sell 60' }).click();
  await expect(till.total).toHaveText('£23.25');
  // The sixty join the two apples above them (every lot of 3 uses one of the sixty, so each discount
  // sits under that last line): one row, 62 × £0.50 = £31.00.
  await expect(till.lines).toHaveText([/Milk/, /Apples\s*62 × £0\.50\s*£31\.00/]);

  // Fifty goes straight in: 112 apples, 37 lots (4440) and one at 50: 4490; + 125 = 4615, less 300: 4315.
  await page.keyboard.type('50*');
  await till.scan(APPLES);
  await expect(till.total).toHaveText('£43.15');
  await expect(sixty).toBeHidden();
});

test('weights: out of range is refused and never cut, a line at £0.00 is refused', async ({ page, till }) => {
  await till.open(CORNER_SHOP);
  await till.product('Loose bananas').click();
  const weigh = page.getByRole('dialog', { name: 'Weigh Loose bananas' });
  const grams = weigh.getByLabel('Weight in grams');

  await grams.fill('999999');
  await expect(grams).toHaveValue('999999');
  await expect(till.alert).toHaveText('999,999 g is out of range: type the weight in whole grams, from 1 to 99,999');
  await weigh.getByRole('button', { name: /^Add/ }).click();
  await expect(weigh).toBeVisible();
  await expect(till.lines).toHaveCount(0);

  // 1 g at 79p/kg is 0.079p: £0.00.
  await grams.fill('1');
  await weigh.getByRole('button', { name: /^Add/ }).click();
  await expect(till.alert).toHaveText('1 g of Loose bananas comes to £0.00: weigh it again, or sell more than 1 g');
  await expect(till.lines).toHaveCount(0);

  // 750 g: 59.25p, half up: 59p.
  await grams.fill('750');
  await weigh.getByRole('button', { name: 'Add 750 g' }).click();
  await expect(till.total).toHaveText('£0.59');

  // A weight label for 1 g of bananas (21 00101 00001 0) prices to nothing too.
  await till.scan('2100101000010');
  await expect(till.alert).toHaveText('1 g of Loose bananas comes to £0.00: weigh it again, or sell more than 1 g');
  await expect(till.lines).toHaveCount(1);
});

test('a price label below a tenth of the shelf price asks first', async ({ page, till }) => {
  await till.open(CORNER_SHOP);
  // Brie's shelf price is £3.00; a label for 29p (20 12345 00029 2) is below a tenth of it.
  const label = page.getByRole('dialog', { name: 'Sell Brie wedge at £0.29?' });
  await till.scan('2012345000292');
  await expect(label).toContainText('less than a tenth of the shelf price of £3.00');
  await label.getByRole('button', { name: "Don't sell" }).click();
  await expect(till.alert).toHaveText('Not added: Brie wedge at £0.29');
  await expect(till.lines).toHaveCount(0);

  await till.scan('2012345000292');
  await label.getByRole('button', { name: 'Sell at £0.29' }).click();
  await expect(till.total).toHaveText('£0.29');

  // 30p is a tenth exactly: no question.
  await till.scan('2012345000308');
  await expect(till.total).toHaveText('£0.59');
  await expect(label).toBeHidden();
});

test('cash over twenty times what is owed, or over £500, asks first', async ({ page, till }) => {
  await till.open(CORNER_SHOP);
  await till.scan(MILK);
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: 'Payment' });

  // £30 for £1.25 owed: more than 20 × 1.25 = £25.
  await pay.getByLabel('Amount').fill('30');
  await page.keyboard.press('Enter');
  const thirty = page.getByRole('dialog', { name: 'Take £30.00 in cash?' });
  await expect(thirty).toContainText('more than 20 times the £1.25 owed');
  await thirty.getByRole('button', { name: 'Change the amount' }).click();
  await expect(thirty).toBeHidden();
  await expect(pay).toContainText(/Paid\s*£0\.00/);

  // £20 is 16 times: taken at once.
  await pay.getByLabel('Amount').fill('20');
  await page.keyboard.press('Enter');
  await expect(pay).toContainText(/Change due\s*£18\.75/);
  await pay.getByRole('button', { name: /^Remove cash/ }).click();

  // £600 is over £500 whatever is owed.
  await pay.getByLabel('Amount').fill('600');
  await page.keyboard.press('Enter');
  const six = page.getByRole('dialog', { name: 'Take £600.00 in cash?' });
  await expect(six).toContainText('more than £500.00');
  await six.getByRole('button', { name: 'Take £600.00' }).click();
  await expect(pay).toContainText(/Change due\s*£598\.75/);
  await pay.getByRole('button', { name: 'Complete sale' }).click();
  await expect(page.getByRole('region', { name: 'Sale complete' })).toContainText(/Change due\s*£598\.75/);
});

test('age-restricted items: the first asks the age, a refusal voids it, a confirmation covers the sale', async ({ page, till }) => {
  await till.open(DEMO);
  // Demo book: house red 75cl (18+) 5057191400015, premium lager 4 pack (18+) 5057191500012,
  // alcohol-free lager 4 pack (no restriction) 5057191500050.
  await till.scan('5057191400015');
  await expect(till.ageCheck).toContainText('Customer looks under 25? Ask for ID. Is the customer 18 or over?');
  // Neither answer is given by a stray Enter.
  await page.keyboard.press('Enter');
  await expect(till.ageCheck).toBeVisible();
  await till.answerAgeCheck(false);
  await expect(till.alert).toHaveText('Not sold: House red 75cl. The customer is not confirmed 18 or over');
  await expect(till.lines).toHaveCount(0);

  // The same customer: no question, no sale.
  await till.scan('5057191500012');
  await expect(till.alert).toHaveText('Not added: Premium lager 4 x 440ml is for customers 18 or over, and this customer was not confirmed 18 or over earlier in this sale');
  await expect(till.ageCheck).toBeHidden();
  await till.scan('5057191500050');
  await expect(till.lines).toHaveCount(1);

  // The next customer is asked afresh; confirmed once, the sale's later items don't ask.
  await page.keyboard.press('F8');
  await page.getByRole('dialog', { name: 'Void the whole sale?' }).getByRole('button', { name: 'Void sale' }).click();
  await till.scan('5057191400015');
  await till.answerAgeCheck(true);
  await expect(till.lines).toHaveCount(1);
  await till.scan('5057191500012');
  await expect(till.lines).toHaveCount(2);
  await expect(till.ageCheck).toBeHidden();
  await expect(till.total).toHaveText('£10.00'); // 500 + 500
});

test('Undo reverses the last action; Delete voids only a line chosen on purpose, and says so', async ({ page, till }) => {
  await till.open(CORNER_SHOP);
  await till.scan(MILK);
  await till.scan(APPLES);
  await till.scan(ORANGES);
  // A scan shows once it is saved: Delete is pressed with the three lines on screen.
  await expect(till.lines).toHaveCount(3);

  // Nothing chosen: Delete voids nothing.
  await page.keyboard.press('Delete');
  await expect(till.alert).toHaveText('Select the line to void first (tap it, or ↑/↓), then Delete');
  await expect(till.lines).toHaveCount(3);

  // ↑ chooses the apples; + makes two: 125 + 100 + 40 = 265. Undo takes back the +, not the oranges.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('+');
  await expect(till.total).toHaveText('£2.65');
  await page.keyboard.press('Control+z');
  await expect(till.total).toHaveText('£2.15');
  await expect(till.lines).toHaveCount(3);

  // Tapping the oranges chooses them; Delete voids them and says so; Undo puts them back.
  await till.lines.filter({ hasText: 'Oranges' }).click();
  await page.keyboard.press('Delete');
  await expect(till.alert).toHaveText('Voided: Oranges. Undo (Ctrl+Z) puts it back');
  await expect(till.total).toHaveText('£1.75');
  await page.getByRole('button', { name: 'Undo last action' }).click();
  await expect(till.total).toHaveText('£2.15');
  await expect(till.lines).toHaveText([/Milk/, /Apples/, /Oranges/]);

  // Then the scans, newest first.
  await page.keyboard.press('Control+z');
  await expect(till.total).toHaveText('£1.75');
  await page.keyboard.press('Control+z');
  await expect(till.total).toHaveText('£1.25');
});
