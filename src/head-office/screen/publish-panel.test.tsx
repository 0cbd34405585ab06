// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatePriceBook, type PriceBook } from '../../pricing';
import { PublishPanel } from './publish-panel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const raw = { id: 'north', currency: 'GBP', products: [{ sku: 'A', name: 'Apples', price: 50 }], offers: [] };
const book = (validatePriceBook(raw) as { ok: true; book: PriceBook }).book;
const connection = { baseUrl: 'http://hq.test', token: 'admin-token' };
const stores = [{ id: 'north', name: 'North Street', bookVersion: 1, tills: [] }];

/** Head office as the console sees it: the store's book is version 1; a publish gets `publishAnswer`. */
function fakeHeadOffice(publishAnswer: Response) {
  const calls: { method: string; url: string; body?: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({ method: init.method ?? 'GET', url, ...(init.body === undefined ? {} : { body: JSON.parse(String(init.body)) }) });
    if (init.method === 'PUT') return publishAnswer;
    return new Response(JSON.stringify(raw), { headers: { 'content-type': 'application/json', 'hq-book-version': '1' } });
  });
  return calls;
}

function renderPanel(onDrafts = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <PublishPanel connection={connection} stores={stores} drafts={{ north: { book, parked: [] } }} onDrafts={onDrafts} />
    </QueryClientProvider>,
  );
  return onDrafts;
}

describe('publishing a store’s book', () => {
  it('lists every problem head office refused the book for, with its path, and keeps the draft', async () => {
    const problems = [{ path: '$.products[0].price', message: 'must be a whole number of minor units' }];
    const calls = fakeHeadOffice(new Response(JSON.stringify({ message: 'The price book is not valid', problems }), { status: 422 }));
    const onDrafts = renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish to North Street' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Head office refused the book: The price book is not valid. Nothing was published.');
    expect(within(screen.getByRole('list', { name: 'Publish problems' })).getByRole('listitem').textContent).toBe('$.products[0].pricemust be a whole number of minor units');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([{ method: 'PUT', url: 'http://hq.test/api/admin/stores/north/book', body: JSON.parse(JSON.stringify(book)) }]);
    expect(onDrafts).not.toHaveBeenCalled();
  });

  it('says which version it published and drops the draft', async () => {
    fakeHeadOffice(new Response(JSON.stringify({ version: 2 }), { headers: { 'content-type': 'application/json' } }));
    const onDrafts = renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish to North Street' }));
    expect((await screen.findByRole('status')).textContent).toBe('Published version 2 to North Street: its tills switch to it between sales.');
    expect(onDrafts).toHaveBeenCalledWith({});
  });
});
