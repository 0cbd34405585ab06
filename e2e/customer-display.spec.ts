import { expect, test, type Page } from '@playwright/test';

// The till's side is played by a second page that speaks the display's protocol on the
// BroadcastChannel directly (src/devices/display/display-message.ts): the display must follow it,
// and ask for the current state when it (re)loads.
const CHANNEL = 'till:customer-display';

const base = { storeName: 'Hollybush Market', currency: 'GBP', lines: [], savings: [], total: 0, tenders: [], change: 0 };
const sale = {
  ...base,
  phase: 'sale',
  lines: [
    { name: 'Braeburn apples', detail: '3 × £0.65', amount: 195 },
    { name: 'Semi-skimmed milk 2 pints', amount: 125 },
  ],
  savings: [{ label: '3 for £1.50', amount: 45 }],
  total: 275,
};
const thankYou = { ...sale, phase: 'thank-you', tenders: [{ kind: 'cash', amount: 500 }], change: 225 };

/** Makes `page` act as the till: it publishes `content` and answers every display's hello with the latest. */
async function actAsTill(page: Page) {
  await page.evaluate((channelName) => {
    const channel = new BroadcastChannel(channelName);
    const till = { revision: 0, latest: undefined as unknown };
    channel.onmessage = (event: { data: { type?: string } }) => {
      if (event.data.type === 'hello' && till.latest !== undefined) channel.postMessage(till.latest);
    };
    (globalThis as unknown as { publish: (content: unknown) => void }).publish = (content) => {
      till.revision += 1;
      till.latest = { type: 'state', session: 'e2e-till', revision: till.revision, content };
      channel.postMessage(till.latest);
    };
  }, CHANNEL);
  return (content: object) => page.evaluate((c) => (globalThis as unknown as { publish: (content: unknown) => void }).publish(c), content);
}

test('the customer display follows the till, and catches up after a reload', async ({ context }) => {
  const display = await context.newPage();
  await display.goto('/display');
  await expect(display.getByText('Waiting for the till…')).toBeVisible();

  const tillPage = await context.newPage();
  await tillPage.goto('/devices');
  const publish = await actAsTill(tillPage);

  await publish({ ...base, phase: 'idle' });
  await expect(display.getByRole('heading', { name: 'Welcome to Hollybush Market' })).toBeVisible();

  await publish(sale);
  const items = display.getByRole('list', { name: 'Your items' });
  await expect(items.getByRole('listitem')).toHaveText(['Braeburn apples3 × £0.65£1.95', 'Semi-skimmed milk 2 pints£1.25']);
  await expect(display.getByRole('list', { name: 'Your savings' })).toHaveText('You saved £0.45 with 3 for £1.50');
  await expect(display.getByLabel('Total')).toHaveText('£2.75');

  await display.reload();
  await expect(display.getByLabel('Total')).toHaveText('£2.75');

  await publish(thankYou);
  await expect(display.getByRole('heading', { name: 'Thank you for shopping with us' })).toBeVisible();
  await expect(display.getByLabel('Change')).toHaveText('£2.25');
});
