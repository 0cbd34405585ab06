import { expect, test } from './fixtures';

/**
 * The till mid-sale on the shipped demo book, at desktop and touchscreen sizes, written to
 * test-results/ for a person to look at. Nothing is compared pixel by pixel: looks are judged by
 * eye. What is asserted is what must hold at every size: no page scroll, a header on one line,
 * receipt beside products (below them in portrait, where a toggle hides the products).
 */
const SALE = [
  '5057190900035', // chicken & bacon sandwich
  '5057191000017', // sea salt crisps
  '5057191100014', // cola: the meal deal
  '5057190100206', // strawberries, half price
  '5057190100206',
  '2100202003408', // deli stilton, 340 g weight label
  '5057191400091', // malbec, 25% off
  '5057190300125', // strawberry yoghurt
  '5057190300156', // honey yoghurt (one more pot would make 3 for £1.50)
  '5057190200036', // sourdough
];

for (const { name, width, height } of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'touchscreen', width: 1024, height: 768 },
  { name: 'portrait', width: 800, height: 1280 },
]) {
  test(`the till mid-sale at ${name} size (${width}×${height})`, async ({ page, till }) => {
    await page.setViewportSize({ width, height });
    await till.open('/books/demo.json');
    for (const code of SALE) {
      await till.scan(code);
      // The malbec is the sale's first age-restricted item: the cashier confirms the customer's age.
      if (code === '5057191400091') await till.answerAgeCheck(true);
    }
    // Every scan its own row but the two strawberries: one row, their own half-price lines under it.
    await expect(till.lines).toHaveCount(SALE.length - 1);
    await expect(till.lines.filter({ hasText: 'Strawberries 400g' })).toHaveText(/2 × £2\.75\s*£5\.50/);
    await expect(till.alert).toHaveText('');
    // Hints come from a worker, shortly after the last scan: one more honey yoghurt makes 3 for £1.50.
    await expect(page.getByRole('region', { name: 'Hints' })).toContainText('Any 3 yoghurt pots for £1.50');

    // The page itself never scrolls; the panels scroll inside. (A string: e2e code is not typed against the DOM.)
    expect(await page.evaluate('document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth')).toBe(true);
    const products = await page.getByRole('region', { name: 'Products' }).boundingBox();
    const sale = await page.getByRole('complementary', { name: 'Sale' }).boundingBox();
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBe(64);
    if (width > height) {
      expect(products !== null && sale !== null && products.x + products.width <= sale.x + 1).toBe(true);
    } else {
      expect(products !== null && sale !== null && products.y + products.height <= sale.y + 1).toBe(true);
    }

    // The operator's group is whole, on the bar, clear of the date and Help: it never scrolls off or wraps.
    const operator = await page.getByRole('group', { name: 'Operator' }).boundingBox();
    const date = await page.getByRole('banner').locator('time').boundingBox();
    expect(operator !== null && date !== null && operator.height <= 64 && operator.x >= 0 && operator.x + operator.width <= date.x).toBe(true);
    // The bar's last control, Help, is whole on screen: nothing after the operator is pushed off the edge.
    const help = await page.getByRole('banner').getByRole('button', { name: /^Help/ }).boundingBox();
    expect(help !== null && help.x + help.width <= width).toBe(true);
    await page.screenshot({ path: `test-results/till-${name}.png` });
    if (width < 1280) {
      // Below 1280 px the screens fold into "Screens", which drops them under the bar.
      await page.getByRole('button', { name: 'Screens' }).click();
      await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'History' })).toBeVisible();
      await page.screenshot({ path: `test-results/till-${name}-screens.png` });
      await page.getByRole('button', { name: 'Screens' }).click();
      await expect(page.getByRole('navigation', { name: 'Screens' })).toBeHidden();
    }
    if (width < height) {
      await page.getByRole('button', { name: 'Hide products: more of the receipt' }).click();
      await expect(page.getByRole('region', { name: 'Products' })).toBeHidden();
      await page.screenshot({ path: `test-results/till-${name}-receipt-only.png` });
      await page.getByRole('button', { name: 'Show products' }).click();
      await expect(page.getByRole('region', { name: 'Products' })).toBeVisible();
    }
    await page.keyboard.press('F12');
    await page.getByRole('dialog', { name: 'Payment' }).getByLabel('Amount').fill('50');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: `test-results/till-${name}-pay.png` });
    await page.keyboard.press('Control+Enter');
    await page.screenshot({ path: `test-results/till-${name}-receipt.png` });
    await expect(page.getByRole('button', { name: 'New sale' })).toBeEnabled();
    await page.getByRole('button', { name: 'New sale' }).click();
    await page.keyboard.press('F1');
    await page.screenshot({ path: `test-results/till-${name}-help.png` });
  });
}
