import { expect, test } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

test('a touchscreen checkout by taps at 1024×768', async ({ page, till }) => {
  await till.open('/books/test/corner-shop.json');

  // Quantity on the numpad: Qty ×, 3, set; then Apples. 3 × 50 = 150, 3 for 120.
  await page.getByRole('button', { name: 'Quantity' }).tap();
  const quantity = page.getByRole('dialog', { name: 'Quantity for the next item' });
  await quantity.getByRole('button', { name: '3', exact: true }).tap();
  await quantity.getByRole('button', { name: '× 3' }).tap();
  await till.product('Apples').tap();
  await expect(till.total).toHaveText('£1.20');

  // A category tab, then a weighed product on the numpad: 750 g at 79p/kg = 59.25 → 59p.
  await page.getByRole('button', { name: 'Fruit', exact: true }).tap();
  await till.product('Loose bananas').tap();
  const weigh = page.getByRole('dialog', { name: 'Weigh Loose bananas' });
  for (const key of ['7', '5', '0']) await weigh.getByRole('button', { name: key, exact: true }).tap();
  await weigh.getByRole('button', { name: 'Add 750 g' }).tap();
  await expect(till.total).toHaveText('£1.79');

  await page.getByRole('button', { name: 'Bakery', exact: true }).tap();
  await till.product('Croissant').tap();
  await expect(till.total).toHaveText('£2.64'); // + 85

  // Select the apples line, one more: four apples = 120 + 50 = 170; 170 + 59 + 85 = 314.
  await till.lines.first().tap();
  await page.getByRole('button', { name: 'One more' }).tap();
  await expect(till.total).toHaveText('£3.14');

  // Undo reverses the last action: the one more (264), then the croissant's scan (179).
  await page.getByRole('button', { name: 'Undo last action' }).tap();
  await expect(till.total).toHaveText('£2.64');
  await page.getByRole('button', { name: 'Undo last action' }).tap();
  await expect(till.total).toHaveText('£1.79');

  // Everything fits: no page scroll, every button a 48 px touch target.
  expect(await page.evaluate('document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth')).toBe(true);
  for (const button of await page.getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const box = await button.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0), await button.innerText()).toBeGreaterThanOrEqual(48);
  }

  // Pay: £1 cash typed on the numpad, card for the rest.
  await page.getByRole('button', { name: /^Pay/ }).tap();
  const pay = page.getByRole('dialog', { name: 'Payment' });
  await pay.getByRole('button', { name: '1', exact: true }).tap();
  await pay.getByRole('button', { name: 'Cash £1.00' }).tap();
  await pay.getByRole('button', { name: 'Card £0.79' }).tap();
  await pay.getByRole('button', { name: 'Complete sale' }).tap();
  await expect(page.getByRole('region', { name: 'Sale complete' })).toContainText(/No change due\s*£0\.00/);

  // Void a sale: it asks first.
  await expect(page.getByRole('button', { name: 'New sale' })).toBeEnabled();
  await page.getByRole('button', { name: 'New sale' }).tap();
  await till.product('Croissant').tap();
  await page.getByRole('button', { name: 'Void sale' }).tap();
  const confirm = page.getByRole('dialog', { name: 'Void the whole sale?' });
  await confirm.getByRole('button', { name: 'Keep the sale' }).tap();
  await expect(till.total).toHaveText('£0.85');
  await page.getByRole('button', { name: 'Void sale' }).tap();
  await confirm.getByRole('button', { name: 'Void sale' }).tap();
  await expect(till.total).toHaveText('£0.00');
});

test('repeated scans show as one row with their own discounts, and the row answers −, +, Void line, Undo and ↑', async ({ page, till }) => {
  await till.open('/books/demo.json');
  const strawberries = '5057190100206'; // £2.75, half price on up to two
  const selected = page.getByRole('region', { name: 'Selected line' });
  const quantity = selected.getByRole('status', { name: 'Quantity of the selected line' });

  // Three scans, each but the first with its own "Half price" line: one row, both discount lines under it.
  // 3 × 275 = 825; half price on two: 138 + 138 = 276 off; 825 − 276 = 549.
  for (let i = 0; i < 3; i += 1) await till.scan(strawberries);
  await expect(till.total).toHaveText('£5.49');
  await expect(till.lines).toHaveText([/Strawberries 400g\s*3 × £2\.75\s*£8\.25/]);
  await expect(till.discounts).toHaveText([/Half price strawberries \(limit 2\)\s*−£1\.38/, /Half price strawberries \(limit 2\)\s*−£1\.38/]);
  await expect(till.receipt.getByRole('listitem')).toHaveText([/^Strawberries 400g/, /^Discount:/, /^Discount:/]);
  await expect(quantity).toHaveText('3');

  // − takes the last scan off the row: 2 × 275 − 276 = 274. Undo puts it back.
  await page.getByRole('button', { name: 'One fewer' }).tap();
  await expect(till.lines).toHaveText([/Strawberries 400g\s*2 × £2\.75\s*£5\.50/]);
  await expect(till.total).toHaveText('£2.74');
  await page.getByRole('button', { name: 'Undo last action' }).tap();
  await expect(till.total).toHaveText('£5.49');

  // + adds one to the row: 4 × 275 = 1100 − 276 = 824.
  await till.lines.first().tap();
  await page.getByRole('button', { name: 'One more' }).tap();
  await expect(till.lines).toHaveText([/Strawberries 400g\s*4 × £2\.75\s*£11\.00/]);
  await expect(till.total).toHaveText('£8.24');
  await expect(quantity).toHaveText('4');

  // Another product ends the row; ↑ from it selects the strawberries' row as a whole.
  await till.scan('5057190100213'); // Blueberries 150g, £1.99
  await expect(till.lines).toHaveText([/Strawberries 400g\s*4 × £2\.75/, /Blueberries 150g\s*£1\.99/]);
  await page.keyboard.press('ArrowUp');
  await expect(selected).toContainText('Strawberries 400g');
  await expect(quantity).toHaveText('4');

  // Void line voids the whole row in one action, and one Undo brings all four back.
  await selected.getByRole('button', { name: 'Void line' }).tap();
  await expect(till.lines).toHaveText([/Blueberries 150g/]);
  await expect(till.total).toHaveText('£1.99');
  await page.getByRole('button', { name: 'Undo last action' }).tap();
  await expect(till.lines).toHaveText([/Strawberries 400g\s*4 × £2\.75\s*£11\.00/, /Blueberries 150g/]);
  await expect(till.total).toHaveText('£10.23');
});
