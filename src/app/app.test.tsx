// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The screen shows a change once it is saved (IndexedDB, here fake-indexeddb): on a loaded machine
// that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// A small shop. Barcodes worked out by hand (GS1 mod-10, see src/barcodes/README.md).
const SHOP = {
  name: 'Test Shop',
  currency: 'GBP',
  products: [
    { sku: 'MILK', name: 'Milk', price: 125, barcodes: ['5000000000012'] },
    { sku: 'ORG', name: 'Oranges', price: 40, barcodes: ['96385074'] },
    { sku: 'CHD', name: 'Cheddar', price: 1100, unit: 'kg', barcodes: ['2100042000001'] },
  ],
  offers: [{ id: 'ORG3', kind: 'multi-buy', label: '3 oranges for £1', products: ['ORG'], quantity: 3, price: 100 }],
};

/** Serves these paths to `fetch`, as JSON unless given as text; anything else is a 404. */
function serve(files: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = new URL(String(input), window.location.href).pathname;
      if (!(path in files)) return new Response('Not Found', { status: 404, statusText: 'Not Found' });
      const body = files[path];
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
    }),
  );
}

/** Renders the app at an address with a fresh QueryClient and freshly loaded stores (as a page load would). */
async function openTill(address: string) {
  window.history.replaceState(null, '', address);
  vi.resetModules();
  const { App } = await import('./app');
  // Signed in as a manager, as after the sign-in screen (its own tests are in src/staff).
  (await import('../staff/operator-store')).operatorActions.signedIn({ id: '1', name: 'Morgan', role: 'manager' });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

const receiptItems = () => within(screen.getByRole('list', { name: 'Receipt' })).queryAllByRole('listitem');
const total = () => screen.getByRole('status', { name: 'Total' });
const alertText = () => screen.getByRole('alert').textContent;

beforeEach(() => {
  localStorage.clear();
  // A fresh, empty journal per test, and no other tab to ask about owning the till.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('BroadcastChannel', undefined);
  serve({ '/books/shop.json': SHOP });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('scanning', () => {
  it('puts a scanned code on the Receipt and updates the Total', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await user.type(await screen.findByLabelText('Barcode'), '5000000000012{Enter}');

    await waitFor(() => expect(receiptItems().map((li) => li.textContent)).toEqual(['Milk£1.25']));
    expect(total().textContent).toBe('£1.25');
    expect(screen.getByLabelText<HTMLInputElement>('Barcode').value).toBe('');
  });

  it('takes a scan typed with nothing focused, and shows discounts under the lines they used', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await screen.findByLabelText('Barcode');
    // Three oranges, 40p each: 120p, less the 3-for-£1 offer (20p) = £1.00.
    await user.keyboard('96385074{Enter}96385074{Enter}96385074{Enter}');

    // Three scans of one product with nothing between them show as one row (the basket keeps three lines).
    await waitFor(() => expect(receiptItems().map((li) => li.textContent)).toEqual(['Oranges3 × £0.40£1.20', 'Discount: 3 oranges for £1 −£0.20']));
    expect(total().textContent).toBe('£1.00');
  });

  it('counts "3 ×" then a scan as three units', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await screen.findByLabelText('Barcode');
    await user.keyboard('3*5000000000012{Enter}');

    await waitFor(() => expect(receiptItems()[0]?.textContent).toBe('Milk3 × £1.25£3.75'));
    expect(total().textContent).toBe('£3.75');
  });

  it('refuses an unknown code with an alert and leaves the basket as it was', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    const barcode = await screen.findByLabelText('Barcode');
    await user.type(barcode, '5000000000012{Enter}');
    await user.type(barcode, '5012345678900{Enter}');

    expect(alertText()).toBe('No product has barcode 5012345678900');
    await waitFor(() => expect(receiptItems()).toHaveLength(1));
    expect(total().textContent).toBe('£1.25');
  });

  it('refuses a bad check digit, saying which digit was expected', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await user.type(await screen.findByLabelText('Barcode'), '5000000000013{Enter}');

    expect(alertText()).toBe('Barcode 5000000000013 has a bad check digit (expected 2)');
    expect(receiptItems()).toHaveLength(0);
    expect(total().textContent).toBe('£0.00');
  });

  it('sells the one product a search finds when Enter is pressed in the search box', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    const searchBox = await screen.findByLabelText('Search products');
    await user.type(searchBox, 'oran{Enter}');

    await waitFor(() => expect(receiptItems().map((li) => li.textContent)).toEqual(['Oranges£0.40']));
    expect((searchBox as HTMLInputElement).value).toBe('');
  });

  it('asks for the weight of a weighed product and prices it', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await user.click(await screen.findByRole('button', { name: 'Cheddar' }));
    const dialog = screen.getByRole('dialog', { name: 'Weigh Cheddar' });
    await user.type(within(dialog).getByLabelText('Weight in grams'), '250{Enter}');

    // 250 g at £11.00/kg = £2.75 (shown once the sale in progress is saved).
    await waitFor(() => expect(receiptItems()[0]?.textContent).toBe('Cheddar0.250 kg × £11.00/kg£2.75'));
    expect(total().textContent).toBe('£2.75');
  });
});

describe('the basket', () => {
  it('survives a reload', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await user.type(await screen.findByLabelText('Barcode'), '5000000000012{Enter}');
    cleanup();

    await openTill('/?book=/books/shop.json');
    await screen.findByLabelText('Barcode');
    await waitFor(() => expect(receiptItems().map((li) => li.textContent)).toEqual(['Milk£1.25']));
    expect(total().textContent).toBe('£1.25');
  });
});

describe('payment', () => {
  it('takes cash, shows the change, and records a double-tapped sale once', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await user.type(await screen.findByLabelText('Barcode'), '5000000000012{Enter}');
    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    const pay = screen.getByRole('dialog', { name: 'Payment' });
    await user.click(within(pay).getByRole('button', { name: 'Cash £5.00' }));
    await user.dblClick(within(pay).getByRole('button', { name: 'Complete sale' }));
    // Complete only once the journal has the sale.
    await screen.findByRole('region', { name: 'Sale complete' });

    // £5.00 for £1.25: £3.75 change.
    expect(screen.getByRole('region', { name: 'Sale complete' }).textContent).toContain('Change due£3.75');
    expect(screen.getByRole('article', { name: 'Printed receipt' }).textContent).toContain('Receipt 000001');

    // "New sale" ignores the second half of a double tap, then listens.
    const newSale = screen.getByRole('button', { name: 'New sale' });
    expect(newSale.getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(newSale.getAttribute('aria-disabled')).toBe('false'));
    await user.click(newSale);
    await user.type(screen.getByLabelText('Barcode'), '96385074{Enter}');
    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    await user.click(within(screen.getByRole('dialog', { name: 'Payment' })).getByRole('button', { name: /^Card/ }));
    await user.click(screen.getByRole('button', { name: 'Complete sale' }));
    // Numbers rise without a gap: the double tap used one.
    await waitFor(() => expect(screen.getByRole('article', { name: 'Printed receipt' }).textContent).toContain('Receipt 000002'));
  });
});

describe('storage failures', () => {
  it('block payment, with a plain message, when the browser keeps no journal, and keep the sale on screen', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    await user.type(await screen.findByLabelText('Barcode'), '5000000000012{Enter}');
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('will not let the till keep sales'));
    await user.click(screen.getByRole('button', { name: /^Pay/ }));

    // No money is taken for a sale that could not be recorded: Pay does not open.
    expect(screen.queryByRole('dialog', { name: 'Payment' })).toBeNull();
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('Payment is blocked: the till cannot record sales right now.');
    expect(total().textContent).toBe('£1.25');
    expect(receiptItems()).toHaveLength(1);
  });

  it('warn when the sale in progress cannot be saved, keep scanning, block payment, and recover once a save works', async () => {
    const user = userEvent.setup();
    await openTill('/?book=/books/shop.json');
    const barcode = await screen.findByLabelText('Barcode');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.type(barcode, '5000000000012{Enter}');
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('out of storage space'));
    await waitFor(() => expect(receiptItems()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    expect(screen.queryByRole('dialog', { name: 'Payment' })).toBeNull();
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('Payment is blocked');

    // Space is freed: the next scan is saved, the warning goes, and payment opens.
    put.mockRestore();
    await user.type(barcode, '5000000000012{Enter}');
    await waitFor(() => expect(total().textContent).toBe('£2.50'));
    await waitFor(() => expect(screen.queryAllByRole('alert').map((a) => a.textContent).join(' ')).not.toContain('out of storage space'));
    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    expect(screen.getByRole('dialog', { name: 'Payment' })).toBeTruthy();
  });
});

describe('price books', () => {
  it('loads the default book named by the list of books', async () => {
    serve({ '/books/index.json': { default: 'shop', books: [{ id: 'shop', name: 'Shop', url: '/books/shop.json' }] }, '/books/shop.json': SHOP });
    await openTill('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Shop' })).toBeTruthy();
  });

  it('shows every problem of an invalid book, with its JSON path', async () => {
    serve({
      '/books/bad.json': { currency: 'GBP', products: [{ sku: 'A', name: 'Apples', price: 0.5 }], offers: [{ id: 'X', kind: 'multi-buy', products: ['Z'], quantity: 3, price: 100 }] },
    });
    await openTill('/?book=/books/bad.json');

    const problems = await screen.findByRole('list', { name: 'Problems' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '$.offers[0].products[0]unknown SKU "Z": no product has it',
      '$.products[0].priceprice must be a whole number of minor units (no decimals: 1.30 is written 130)',
    ]);
    expect(alertText()).toContain('The price book at /books/bad.json has 2 problems');
  });

  it('says so when a book is missing', async () => {
    await openTill('/?book=/books/missing.json');
    await waitFor(() => expect(alertText()).toContain('There is nothing at /books/missing.json (404 Not Found)'));
  });

  it('says so when a book is not JSON', async () => {
    serve({ '/books/broken.json': '{ "currency": ' });
    await openTill('/?book=/books/broken.json');
    await waitFor(() => expect(alertText()).toContain('/books/broken.json is not JSON'));
  });

  it('refuses a cashier another book than the store’s default, and lets them go on with the one a manager chose', async () => {
    serve({ '/books/shop.json': SHOP, '/books/index.json': { default: 'home', books: [{ id: 'home', name: 'Home', url: '/books/home.json' }, { id: 'shop', name: 'Test Shop', url: '/books/shop.json' }] } });
    await openTill('/?book=/books/shop.json');
    const { operatorActions } = await import('../staff/operator-store');
    act(() => operatorActions.signedIn({ id: '3', name: 'Alex', role: 'cashier' }));
    expect(await screen.findByText('Only a manager can choose another price book.')).toBeTruthy();
    expect(screen.queryByLabelText('Barcode')).toBeNull();

    act(() => operatorActions.signedIn({ id: '1', name: 'Morgan', role: 'manager' }));
    expect(await screen.findByLabelText('Barcode')).toBeTruthy();
    act(() => operatorActions.signedIn({ id: '3', name: 'Alex', role: 'cashier' }));
    expect(await screen.findByLabelText('Barcode')).toBeTruthy();
    expect(localStorage.getItem('till.chosen-book')).toBe('/books/shop.json');
  });

  it('refuses a book from another site', async () => {
    await openTill('/?book=https://elsewhere.example/book.json');
    expect(alertText()).toContain('?book= must be an address on this site');
  });
});

describe('screens', () => {
  it('offers the way back to the till, keeping the book, from an address with no screen', async () => {
    const user = userEvent.setup();
    await openTill('/nowhere?book=/books/shop.json');
    expect(screen.getByRole('heading', { name: 'There is no screen at this address' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Back to the till' }));
    expect(window.location.pathname + window.location.search).toBe('/?book=/books/shop.json');
    expect(await screen.findByLabelText('Barcode')).toBeTruthy();
  });
});
