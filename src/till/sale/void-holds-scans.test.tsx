// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatePriceBook } from '../../pricing';
import type { RecordEvent, TillEvent } from '../checkout/till-events';

// Barcodes worked out by hand (GS1 mod-10, see src/barcodes/README.md).
const validation = validatePriceBook({ currency: 'GBP', products: [{ sku: 'MILK', name: 'Milk', price: 125, barcodes: ['5000000000012'] }] });
if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
const book = validation.book;

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('voiding the sale', () => {
  it('holds a scan that comes while the void is being recorded for the next sale, instead of voiding it too', async () => {
    vi.resetModules();
    const { TillScreen } = await import('../till-screen');
    const events: TillEvent[] = [];
    let finishRecording = () => {};
    // The journal takes its time (a busy machine): the void is written only when the test says so.
    const recordEvent: RecordEvent = (event) =>
      new Promise((resolve) => {
        events.push(event);
        finishRecording = () => resolve({ receiptNumber: events.length });
      });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <TillScreen book={book} bookUrl="/books/shop.json" recordSale={async (sale) => ({ receiptNumber: 1, at: sale.at })} recordEvent={recordEvent} />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    const barcode = await screen.findByLabelText('Barcode');
    const lines = () => within(screen.getByRole('list', { name: 'Receipt' })).queryAllByRole('listitem');

    await user.type(barcode, '5000000000012{Enter}');
    expect(lines()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Void sale' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Void the whole sale?' })).getByRole('button', { name: 'Void sale' }));
    await waitFor(() => expect(events).toHaveLength(1));

    // The next customer's milk, scanned while the void is still on its way to the journal.
    await user.type(screen.getByLabelText('Barcode'), '5000000000012{Enter}');
    // Held: it is not in the sale being voided.
    expect(screen.getByRole('status', { name: 'Total' }).textContent).toBe('£1.25');
    finishRecording();

    expect(events[0]).toMatchObject({ kind: 'void', items: 1, total: 125 });
    // The void took the first sale's milk; the scan that waited is the next sale's one line.
    await waitFor(() => expect(screen.getByRole('status', { name: 'Total' }).textContent).toBe('£1.25'));
    expect(lines()).toHaveLength(1);
  });
});
