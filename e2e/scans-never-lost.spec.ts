import { expect, test } from './fixtures';

// Kata prices (public/books/kata.json): A 50 (3 for 130), B 30 (2 for 45), D 15.
// Corner shop (public/books/test/corner-shop.json): milk 125 (5000000000012), oranges 40 (96385074).

test('a burst typed the moment the page has loaded, before the till is drawn, is taken whole', async ({ page, till }) => {
  await page.goto('/?book=%2Fbooks%2Fkata.json');
  // No wait for the till: the price book and the saved sale may still be loading.
  for (let round = 0; round < 5; round += 1) {
    for (const sku of ['A', 'A', 'A', 'B', 'B', 'D']) await till.scan(sku);
  }
  // 15 A: five lots of 3 for 130 = 650; 10 B: five lots of 2 for 45 = 225; 5 D at 15 = 75. 950.
  await expect(till.total).toHaveText('£9.50');
  await expect(page.getByRole('complementary', { name: 'Sale' })).toContainText('30 items');
  await expect(till.alert).toHaveText('');
});

test('a scan straight after Complete sale is the next customer’s first item, whole', async ({ page, till }) => {
  await till.open('/books/test/corner-shop.json');
  for (let sale = 1; sale <= 4; sale += 1) {
    await till.scan('5000000000012');
    await expect(till.total).toHaveText('£1.25');
    await page.keyboard.press('F12');
    const pay = page.getByRole('dialog', { name: 'Payment' });
    await pay.getByRole('button', { name: 'Exact cash £1.25' }).click();
    await pay.getByRole('button', { name: 'Complete sale' }).click();
    // Within a few milliseconds of the click, while the sale is being recorded.
    await till.scan('96385074');
    await expect(till.lines).toHaveText([/Oranges\s*£0\.40/]);
    await expect(till.total).toHaveText('£0.40');
    await expect(till.alert).toHaveText('');
    // The oranges' sale is voided so that the next round starts with milk alone.
    await page.keyboard.press('F8');
    await page.getByRole('dialog', { name: 'Void the whole sale?' }).getByRole('button', { name: /^Void/ }).click();
    await expect(till.lines).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'History' }).click();
  // Four sales of milk alone, each followed by the voided oranges' sale (voids are journalled too).
  const entries = page.getByRole('list', { name: 'Journal entries' });
  await expect(entries.getByRole('button', { name: /^Receipt \d+ .* £1\.25$/ })).toHaveCount(4);
  await expect(entries.getByRole('button', { name: /^Void \d+ .* £0\.40$/ })).toHaveCount(4);
  await expect(entries.getByRole('listitem')).toHaveCount(8);
});
