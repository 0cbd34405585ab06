import { useState } from 'react';
import type { PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { DataTable, type Column } from '../../ui/data-table';
import type { ProductDraft } from '../forms/product-draft';
import { ProductForm } from './product-form';

export interface ProductsPanelProps {
  readonly book: PriceBook;
  readonly fractionDigits: number;
  readonly format: (minor: number) => string;
  /** Stores the product at `index` as the draft says; resolves false when the engine refused it. */
  readonly onSave: (index: number, draft: ProductDraft) => Promise<boolean>;
}

/** The book's products, searchable by name, SKU, barcode or category; each can be edited. */
export function ProductsPanel({ book, fractionDigits, format, onSave }: ProductsPanelProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const q = query.trim().toLowerCase();
  const shown = book.products
    .map((product, index) => ({ product, index }))
    .filter(({ product: p }) => q === '' || [p.name, p.sku, p.category ?? '', ...(p.barcodes ?? [])].some((s) => s.toLowerCase().includes(q)));
  const columns: readonly Column<(typeof shown)[number]>[] = [
    {
      header: 'Product',
      cell: ({ product: p }) => (
        <>
          <div className="font-semibold text-ink-900">{p.name}</div>
          <div className="font-mono text-sm text-ink-500">{p.sku}</div>
        </>
      ),
    },
    {
      header: 'Price',
      numeric: true,
      className: 'whitespace-nowrap',
      cell: ({ product: p }) => (
        <>
          {format(p.price)}
          {p.unit === 'kg' && <span className="text-ink-500">/kg</span>}
        </>
      ),
    },
    { header: 'Category', cell: ({ product: p }) => p.category ?? '—' },
    { header: 'Barcodes', className: 'font-mono text-sm text-ink-600', cell: ({ product: p }) => (p.barcodes ?? []).join(' ') || '—' },
    {
      header: 'Actions',
      headerHidden: true,
      className: 'text-right',
      cell: ({ product: p, index }) => (
        <Button onClick={() => setEditing(index)} aria-label={`Edit ${p.name}`}>
          Edit
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="products-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="products-heading" className="mr-auto text-2xl font-semibold text-ink-900">
          Products <span className="text-ink-500">({book.products.length})</span>
        </h2>
        <input type="search" aria-label="Search products" placeholder="Search products" value={query} onChange={(e) => setQuery(e.target.value)} className="min-h-12 w-72 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300" />
      </div>
      <DataTable
        caption="Products"
        captionHidden
        columns={columns}
        rows={shown}
        rowKey={({ product }) => product.sku}
        rowLabel={({ product }) => product.name}
        empty={`No product matches “${query}”.`}
      />
      {editing !== undefined && (
        <ProductForm
          book={book}
          index={editing}
          fractionDigits={fractionDigits}
          onSave={async (draft) => {
            if (await onSave(editing, draft)) setEditing(undefined);
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
