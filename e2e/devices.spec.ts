import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { writeToledoFrame } from '../src/devices/scale/toledo-frame-writer';
import { feedSerial, installDeviceFakes, writtenHex } from './device-fakes';

// The test receipt is the sample receipt printed now: with the clock and the time zone of the
// golden files, its bytes are exactly theirs.
test.use({ timezoneId: 'Europe/London' });
const golden = (name: string) => readFileSync(new URL(`../src/devices/printer/golden/${name}.hex`, import.meta.url), 'utf8').replaceAll('\n', '');
const ESC_POS_DRAWER_KICK = '1b401c2e1b4d001b700032fa';
const STAR_PRNT_DRAWER_KICK = '1b40181b071414' + '07';

test.beforeEach(async ({ page }) => {
  await installDeviceFakes(page);
  await page.clock.setFixedTime(new Date('2026-12-06T17:42:00Z'));
  // The till seeds the demo staff on its first start; the devices page is a manager's (the fixture signs one in).
  await page.goto('/');
  await expect(page.getByLabel('Barcode')).toBeVisible();
  await page.goto('/devices');
});

test('pairs a USB printer, prints the test receipt and kicks the drawer', async ({ page }) => {
  const printer = page.getByRole('region', { name: 'Receipt printer and cash drawer' });
  await expect(printer.getByRole('button', { name: 'Print a test receipt' })).toBeDisabled();
  await printer.getByRole('button', { name: 'Pair a USB printer' }).click();
  await expect(printer.getByRole('status')).toHaveText('Paired with EPSON TM-T88V (USB)');

  await printer.getByRole('button', { name: 'Print a test receipt' }).click();
  await expect(printer.getByRole('status')).toHaveText('Test receipt sent to the printer');
  expect(await writtenHex(page, 'usb')).toEqual([golden('sample-receipt.esc-pos')]);

  await printer.getByRole('button', { name: 'Open the drawer' }).click();
  await expect(printer.getByRole('status')).toHaveText('Drawer opened');
  expect(await writtenHex(page, 'usb')).toEqual([golden('sample-receipt.esc-pos'), ESC_POS_DRAWER_KICK]);
});

test('pairs a serial StarPRNT printer and sends it StarPRNT', async ({ page }) => {
  const printer = page.getByRole('region', { name: 'Receipt printer and cash drawer' });
  await printer.getByLabel('Serial printer language').selectOption('star-prnt');
  await printer.getByRole('button', { name: 'Pair a serial printer' }).click();
  await expect(printer.getByRole('status')).toHaveText('Paired with Receipt printer (serial, StarPRNT)');
  await printer.getByRole('button', { name: 'Print a test receipt' }).click();
  await printer.getByRole('button', { name: 'Open the drawer' }).click();
  await expect.poll(() => writtenHex(page, 'serial')).toEqual([golden('sample-receipt.star-prnt'), STAR_PRNT_DRAWER_KICK]);
});

test('shows the scale’s live weight, refusing it until it is steady and positive', async ({ page }) => {
  const scale = page.getByRole('region', { name: 'Scale' });
  await scale.getByRole('button', { name: 'Pair the scale' }).click();
  const weight = scale.getByRole('status', { name: 'Scale weight' });
  await expect(weight).toHaveText(/No weight from the scale yet/);

  await feedSerial(page, writeToledoFrame({ digits: 300, motion: true }));
  await expect(weight).toHaveText('0.300 kgThe weight is not steady yet: wait for the scale to settle');

  await feedSerial(page, writeToledoFrame({ digits: 20, negative: true }));
  await expect(weight).toHaveText('-0.020 kgThe scale shows a negative weight: zero the scale with the platter empty');

  // A steady frame that arrives in two pieces, as serial reads do.
  const steady = writeToledoFrame({ digits: 512 });
  await feedSerial(page, steady.subarray(0, 7));
  await feedSerial(page, steady.subarray(7));
  await expect(weight).toHaveText('0.512 kgSteady');
});
