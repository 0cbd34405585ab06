import { expect, test } from './fixtures';

/**
 * Every screen besides the till, after one sale on the demo book, at the laptop, touchscreen and
 * portrait sizes, written to test-results/ for a person to look at (looks are judged by eye). What
 * is asserted is what must hold on every screen at every size: the till's one-line bar across the
 * top (the mark, the screen's title, the operator's group, the date), and no sideways scrolling.
 */
const SCREENS = [
  { path: '/history', name: 'history', title: 'Sales history', ready: '000001' },
  { path: '/reports', name: 'reports', title: 'Reports', ready: 'Past Z reports' },
  { path: '/back-office', name: 'back-office', title: 'Back office', ready: 'Price book' },
  { path: '/devices', name: 'devices', title: 'Devices', ready: 'Receipt printer' },
] as const;

for (const { name, width, height } of [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'touchscreen', width: 1024, height: 768 },
  { name: 'portrait', width: 800, height: 1280 },
]) {
  test(`every screen at ${name} size (${width}×${height})`, async ({ page, till }) => {
    await page.setViewportSize({ width, height });
    await till.open('/books/demo.json');
    await till.scan('5057190900035'); // chicken & bacon sandwich
    await till.scan('5057191000017'); // sea salt crisps
    await till.scan('5057191100014'); // cola: the meal deal
    await till.pay('Exact cash £3.50');
    await till.newSale();

    for (const screen of SCREENS) {
      await page.goto(screen.path);
      const main = page.getByRole('main');
      await expect(main).toContainText(screen.ready);
      // History shows the sale's receipt beside the list once it is chosen.
      if (screen.name === 'history') await main.getByRole('button', { name: /000001/ }).click();
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('heading', { level: 1 })).toHaveText(screen.title);
      await expect(banner.getByRole('group', { name: 'Operator' })).toBeVisible();
      await expect(banner.locator('time')).toBeVisible();
      expect((await banner.boundingBox())?.height).toBe(64);
      expect(await page.evaluate('document.documentElement.scrollWidth <= innerWidth')).toBe(true);
      await page.screenshot({ path: `test-results/screen-${screen.name}-${name}.png` });
    }
  });
}
