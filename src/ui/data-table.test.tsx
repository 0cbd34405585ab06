// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table';

interface Fruit {
  readonly sku: string;
  readonly name: string;
  readonly price: number;
}

const columns: readonly Column<Fruit>[] = [
  { header: 'Product', cell: (f) => f.name },
  { header: 'Price', numeric: true, cell: (f) => `£${(f.price / 100).toFixed(2)}` },
  { header: 'Actions', headerHidden: true, cell: (f) => <button type="button">Edit {f.name}</button> },
];
const fruit: readonly Fruit[] = [
  { sku: 'A', name: 'Apples', price: 50 },
  { sku: 'B', name: 'Bananas', price: 125 },
];

afterEach(cleanup);

describe('DataTable', () => {
  it('is named by its caption, with a column header per column and a row per item', () => {
    render(<DataTable caption="Products" columns={columns} rows={fruit} rowKey={(f) => f.sku} rowLabel={(f) => f.name} />);
    const table = screen.getByRole('table', { name: 'Products' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Product', 'Price', 'Actions']);
    const bananas = within(table).getByRole('row', { name: 'Bananas' });
    expect(within(bananas).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Bananas', '£1.25', 'Edit Bananas']);
  });

  it('right-aligns numeric columns, header and cells', () => {
    render(<DataTable caption="Products" columns={columns} rows={fruit} rowKey={(f) => f.sku} />);
    expect(screen.getByRole('columnheader', { name: 'Price' }).className).toContain('text-right');
    expect(screen.getByRole('cell', { name: '£0.50' }).className).toContain('text-right');
    expect(screen.getByRole('cell', { name: 'Apples' }).className).not.toContain('text-right');
  });

  it('takes a name other than its caption when given one, and says when it is empty', () => {
    render(<DataTable caption="No sale changes." label="Sales whose totals change" columns={columns} rows={[]} rowKey={(f) => f.sku} empty="Nothing to show." />);
    const table = screen.getByRole('table', { name: 'Sales whose totals change' });
    expect(within(table).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByText('Nothing to show.')).toBeTruthy();
  });

  it('shows totals under their columns', () => {
    render(<DataTable caption="Products" columns={columns} rows={fruit} rowKey={(f) => f.sku} footer={['Total', '£1.75', '']} />);
    const rows = screen.getAllByRole('row');
    expect(within(rows[rows.length - 1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Total', '£1.75', '']);
  });
});
