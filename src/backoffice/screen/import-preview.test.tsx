// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { money, type PriceBook, type Product } from '../../pricing';
import { testBook } from '../forms/test-book';
import { ImportPreview } from './import-preview';

afterEach(cleanup);
const current = testBook();
const [apl, per, chd, bag] = current.products as [Product, Product, Product, Product];

function show(imported: PriceBook) {
  const onApply = vi.fn(() => Promise.resolve(true));
  const onCancel = vi.fn();
  render(<ImportPreview file="new.json" current={current} imported={imported} onApply={onApply} onCancel={onCancel} />);
  return { onApply, onCancel, dialog: screen.getByRole('dialog', { name: 'Import price book?' }) };
}

describe('the import preview', () => {
  it('lists the changes grouped and counted, and applies only when asked', async () => {
    const user = userEvent.setup();
    const { onApply, onCancel, dialog } = show({ ...current, name: 'Corner', products: [{ ...apl, price: money(55) }, per, chd] });
    expect(within(dialog).getByText(/makes 3 changes/)).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Prices changed (1)' })).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Prices changed' }).textContent).toBe('Apples £0.50 → £0.55');
    expect(within(dialog).getByRole('list', { name: 'Products removed' }).textContent).toBe('Bag (BAG) £0.00');
    expect(within(dialog).getByRole('list', { name: 'Store' }).textContent).toBe('Store name: none → Corner');
    expect(within(dialog).queryByRole('checkbox')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    expect(onApply).toHaveBeenCalledOnce();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('cancels without applying', async () => {
    const user = userEvent.setup();
    const { onApply, onCancel, dialog } = show({ ...current, products: [{ ...apl, price: money(55) }, per, chd, bag] });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('asks for a second confirmation before a book of another store applies', async () => {
    const user = userEvent.setup();
    const { onApply, dialog } = show({ ...current, id: 'riverside', products: [{ ...apl, price: money(55) }, per, chd, bag] });
    expect(within(dialog).getByRole('alert').textContent).toBe('This book is for another store: riverside instead of shop.');
    const apply = within(dialog).getByRole('button', { name: 'Apply import' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    await user.click(apply);
    expect(onApply).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('checkbox', { name: "I mean to replace this store's book with another store's" }));
    expect((apply as HTMLButtonElement).disabled).toBe(false);
    await user.click(apply);
    expect(onApply).toHaveBeenCalledOnce();
  });

  it('says when only the store id changes', () => {
    const { dialog } = show({ ...current, id: 'riverside' });
    expect(within(dialog).getByText(/makes 1 change to/)).toBeTruthy();
    expect(within(dialog).getByText('Only the store’s book id changes.')).toBeTruthy();
  });

  it('says nothing changes and offers nothing to apply', async () => {
    const user = userEvent.setup();
    const { onCancel, dialog } = show(structuredClone(current));
    expect(dialog.textContent).toContain('Nothing changes: new.json has the same products, offers, prices and store as the book in use.');
    expect(within(dialog).queryByRole('button', { name: 'Apply import' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows the first 20 lines of a long group and how many more there are', () => {
    const many = Array.from({ length: 123 }, (_, i): Product => ({ sku: `N${i}`, name: `New ${i}`, price: money(100), unit: 'each' }));
    const { dialog } = show({ ...current, products: [...current.products, ...many] });
    expect(within(dialog).getByRole('heading', { name: 'Products added (123)' })).toBeTruthy();
    const items = within(within(dialog).getByRole('list', { name: 'Products added' })).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[19]!.textContent).toBe('New 19 (N19) £1.00');
    expect(within(dialog).getByText('and 103 more')).toBeTruthy();
  });
});
