// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatePriceBook } from '../../pricing';
import type { RecordSale, SaleRecord } from '../checkout/record-sale';

// Barcodes worked out by hand (GS1 mod-10, see src/barcodes/README.md).
const validation = validatePriceBook({
  currency: 'GBP',
  products: [
    { sku: 'MILK', name: 'Milk', price: 125, barcodes: ['5000000000012'] },
    { sku: 'RED', name: 'Merlot', price: 800, barcodes: ['5000000000081'], ageRestricted: 18 },
    { sku: 'WHT', name: 'Sauvignon blanc', price: 900, barcodes: ['5000000000098'], ageRestricted: 18 },
    { sku: 'GIN', name: 'Gin', price: 1600, barcodes: ['5000000000104'], ageRestricted: 21 },
  ],
});
if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
const book = validation.book;

/** Renders the till with fresh stores (as a page load would) and a journal that keeps what it is handed. */
async function openTill(recorded: SaleRecord[]) {
  vi.resetModules();
  const { TillScreen } = await import('../till-screen');
  const recordSale: RecordSale = async (sale) => {
    recorded.push(sale);
    return { receiptNumber: recorded.length, at: sale.at };
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TillScreen book={book} bookUrl="/books/shop.json" recordSale={recordSale} />
    </QueryClientProvider>,
  );
}

const answer = async (user: ReturnType<typeof userEvent.setup>, name: RegExp | string) =>
  user.click(within(screen.getByRole('dialog', { name: "Check the customer's age" })).getByRole('button', { name }));

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('the sale records its age checks', () => {
  it('hands over each answer, asked once per age, with the completed sale', async () => {
    const recorded: SaleRecord[] = [];
    const user = userEvent.setup();
    await openTill(recorded);
    const barcode = await screen.findByLabelText('Barcode');

    await user.type(barcode, '5000000000081{Enter}');
    await answer(user, 'Yes, 18 or over');
    // Confirmed 18 or over: the second wine does not ask; the 21+ gin does, and is refused.
    await user.type(barcode, '5000000000098{Enter}');
    expect(screen.queryByRole('dialog', { name: "Check the customer's age" })).toBeNull();
    await user.type(barcode, '5000000000104{Enter}');
    await answer(user, "No: don't sell");
    await user.type(barcode, '5000000000012{Enter}');

    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    const pay = screen.getByRole('dialog', { name: 'Payment' });
    // 800 + 900 + 125 = 1825.
    await user.click(within(pay).getByRole('button', { name: 'Exact cash £18.25' }));
    await user.click(within(pay).getByRole('button', { name: 'Complete sale' }));
    await screen.findByRole('region', { name: 'Sale complete' });

    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.items.map((item) => item.sku)).toEqual(['RED', 'WHT', 'MILK']);
    expect(recorded[0]?.ageChecks?.map(({ sku, minimumAge, outcome }) => ({ sku, minimumAge, outcome }))).toEqual([
      { sku: 'RED', minimumAge: 18, outcome: 'confirmed' },
      { sku: 'GIN', minimumAge: 21, outcome: 'refused' },
    ]);
    expect(recorded[0]?.ageChecks?.every((check) => !Number.isNaN(Date.parse(check.at)))).toBe(true);
  });

  it('asks each sale afresh, and hands over no age checks when none was asked', async () => {
    const recorded: SaleRecord[] = [];
    const user = userEvent.setup();
    await openTill(recorded);
    const payExactly = async (amount: string) => {
      await user.click(screen.getByRole('button', { name: /^Pay/ }));
      await user.click(within(screen.getByRole('dialog', { name: 'Payment' })).getByRole('button', { name: `Exact cash ${amount}` }));
      await user.click(screen.getByRole('button', { name: 'Complete sale' }));
      await screen.findByRole('region', { name: 'Sale complete' });
    };

    await user.type(await screen.findByLabelText('Barcode'), '5000000000081{Enter}');
    await answer(user, 'Yes, 18 or over');
    await payExactly('£8.00');

    // A scan on the receipt starts the next sale, whose first wine asks again.
    await user.keyboard('5000000000012{Enter}5000000000098{Enter}');
    await answer(user, "No: don't sell");
    await payExactly('£1.25');

    await user.keyboard('5000000000012{Enter}');
    await payExactly('£1.25');

    expect(recorded.map((sale) => sale.ageChecks?.map((check) => `${check.sku} ${check.outcome}`))).toEqual([['RED confirmed'], ['WHT refused'], undefined]);
  });
});
