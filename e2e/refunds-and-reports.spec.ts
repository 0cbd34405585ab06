import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

/** Minimal RFC 4180 reader for the check (quoted fields, doubled quotes). */
function readCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(([, f = '']) => (f.startsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f)));
}

test('refund a discounted line at what was paid; X then Z agree with the sales; export round-trips', async ({ page, till }) => {
  await till.open('/books/kata.json');
  // Sale 1: 3 × A for 1.30 (saves 20 on 150) and B 30: 160, exact cash.
  await page.keyboard.type('3*');
  await till.scan('A');
  await till.scan('B');
  await expect(till.total).toHaveText('£1.60');
  await till.pay('Exact cash £1.60');
  await till.newSale();
  // Sale 2: D + E for 0.20 (saves 5 on 25), by card.
  await till.scan('D');
  await till.scan('E');
  await expect(till.total).toHaveText('£0.20');
  await till.pay('Card £0.20');
  await till.newSale();

  // Refund the three A of receipt 1: they cost 150 but were paid 130.
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button', { name: /^Receipt 000001/ }).click();
  const refund = page.getByRole('region', { name: 'Refund' });
  await refund.getByRole('checkbox', { name: /A × 3/ }).check();
  // Paid in cash, so it goes back in cash.
  await expect(refund.getByRole('radio', { name: 'As paid' })).toHaveAccessibleDescription('cash £1.30');
  await refund.getByRole('button', { name: 'Refund £1.30' }).dblclick();
  const printed = page.getByRole('article', { name: 'Printed receipt' });
  await expect(printed).toContainText('Refund 000003');
  await expect(printed).toContainText('of receipt 000001');
  await expect(printed).toContainText(/Refunded\s*£1\.30/);
  // The line cannot be refunded twice.
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button', { name: /^Receipt 000001/ }).click();
  await expect(refund.getByRole('checkbox', { name: /A × 3/ })).toBeDisabled();
  await expect(page.getByRole('list', { name: 'Journal entries' }).getByRole('listitem')).toHaveCount(3);

  // X report: cash 160 − 130 refunded = 30; card 20; net 180 − 130 = 50.
  await page.getByRole('link', { name: 'Reports' }).click();
  const x = page.getByRole('article', { name: 'X report' });
  await expect(x).toContainText(/Sales\s*2\s*Refunds\s*1\s*Sales total\s*£1\.80\s*Refunded\s*£1\.30\s*Net takings\s*£0\.50\s*Cash\s*£0\.30\s*Card\s*£0\.20\s*Opening float\s*£0\.00\s*Expected cash in drawer\s*£0\.30/);
  await expect(x.getByRole('list', { name: 'Discounts given' }).getByRole('listitem')).toHaveText([/3 A for 1\.30 × 1\s*£0\.20/, /D \+ E for 0\.20 × 1\s*£0\.05/]);

  // Export before closing: three entries, and the CSV's line amounts sum to the net.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as { entries: { receiptNumber: number; kind: string; total: number }[] };
  expect(exported.entries.map((e) => [e.receiptNumber, e.kind, e.total])).toEqual([[1, 'sale', 160], [2, 'sale', 20], [3, 'refund', 130]]);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const rows = readCsv(await readFile((await csv.path())!, 'utf8'));
  const header = rows[0]!;
  const amount = header.indexOf('line_amount');
  // Lines: A × 3 paid 130, B 30, D paid (share of 5), E paid, refund −130.
  expect(rows.slice(1).map((r) => r[header.indexOf('kind')])).toEqual(['sale', 'sale', 'sale', 'sale', 'refund']);
  expect(rows.slice(1).reduce((sum, r) => sum + Number(r[amount]), 0)).toBe(50);

  // Z report: closes the period once.
  await page.getByRole('button', { name: 'Close day (Z report)' }).click();
  await page.getByRole('dialog', { name: 'Close the day?' }).getByRole('button', { name: 'Close Z report' }).click();
  const z = page.getByRole('article', { name: 'Z report just closed' });
  await expect(z).toContainText('Z report 0001');
  await expect(z).toContainText(/Net takings\s*£0\.50/);
  await expect(z).toContainText(/Expected cash in drawer\s*£0\.30/);
  await expect(x).toContainText(/Sales\s*0\s*Refunds\s*0/);
  await expect(page.getByRole('list', { name: 'Z reports' }).getByRole('listitem')).toHaveCount(1);
});
