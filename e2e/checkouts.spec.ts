import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { expect, test, type Till } from './fixtures';

/**
 * Scripted checkouts as data: every `e2e/checkouts/*.json` is one test. Add a file to add a
 * checkout; no code. The format is the schema below; expected amounts are worked out by hand (the
 * arithmetic goes in `why`), never by calling the engine.
 */
const scanSchema = z.union([
  // A barcode or SKU, scanned as a keyboard-wedge scanner types it.
  z.string().min(1),
  z.strictObject({
    code: z.string().min(1),
    /** Typed before the scan with ×: "3 × A". */
    quantity: z.number().int().min(1).max(999).optional(),
    /** For a weighed product scanned without a weight: typed on the weighing numpad. */
    grams: z.number().int().min(1).max(99_999).optional(),
  }),
]);

const money = z.string().regex(/^£\d+\.\d{2}$/, 'an amount as the till shows it, e.g. "£1.15"');

const checkoutSchema = z.strictObject({
  name: z.string().min(1),
  /** The price book, as `?book=` takes it. */
  book: z.string().startsWith('/'),
  scans: z.array(scanSchema).min(1),
  total: money,
  subtotal: money.optional(),
  savings: money.optional(),
  /** Items as the receipt counts them (units; one per weighed line). */
  items: z.number().int().min(1).optional(),
  /** Every discount line, in any order. */
  discounts: z.array(z.strictObject({ label: z.string().min(1), saving: money })),
  /** The arithmetic, by hand. */
  why: z.string().min(1),
});

type Checkout = z.infer<typeof checkoutSchema>;

const folder = join(import.meta.dirname, 'checkouts');
const checkouts = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const parsed = checkoutSchema.safeParse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    if (!parsed.success) throw new Error(`e2e/checkouts/${file} is not a checkout:\n${z.prettifyError(parsed.error)}`);
    return { file, checkout: parsed.data };
  });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function scan(till: Till, entry: Checkout['scans'][number]) {
  const { code, quantity, grams } = typeof entry === 'string' ? { code: entry, quantity: undefined, grams: undefined } : entry;
  if (quantity !== undefined) await till.page.keyboard.type(`${quantity}*`);
  await till.scan(code);
  if (grams !== undefined) {
    const weigh = till.page.getByRole('dialog', { name: /^Weigh / });
    await weigh.getByLabel('Weight in grams').fill(String(grams));
    await weigh.getByLabel('Weight in grams').press('Enter');
    await expect(weigh).toBeHidden();
  }
}

test.describe('scripted checkouts', () => {
  test('there are checkouts to run', () => {
    expect(checkouts.length).toBeGreaterThanOrEqual(10);
  });

  for (const { file, checkout } of checkouts) {
    test(`${checkout.name} (${file})`, async ({ till, page }) => {
      await till.open(checkout.book);
      for (const entry of checkout.scans) await scan(till, entry);

      await expect(till.total).toHaveText(checkout.total);
      await expect(till.alert).toHaveText('');
      const sale = page.getByRole('complementary', { name: 'Sale' });
      if (checkout.subtotal !== undefined) await expect(sale).toContainText(new RegExp(`Subtotal\\s*${escape(checkout.subtotal)}`));
      if (checkout.savings !== undefined) await expect(sale).toContainText(new RegExp(`Savings\\s*−?${escape(checkout.savings)}`));
      if (checkout.items !== undefined) await expect(sale).toContainText(`${checkout.items} ${checkout.items === 1 ? 'item' : 'items'}`);
      const expected = checkout.discounts.map((d) => `Discount: ${d.label} −${d.saving}`).sort();
      await expect.poll(async () => (await till.discounts.allTextContents()).map(squash).sort()).toEqual(expected);
    });
  }
});
