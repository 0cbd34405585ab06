import { useState } from 'react';
import type { PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
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

  return (
    <section aria-labelledby="products-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="products-heading" className="mr-auto text-2xl font-semibold text-ink-900">
          Products <span className="text-ink-500">({book.products.length})</span>
        </h2>
        <input type="search" aria-label="Search products" placeholder="Search products" value={query} onChange={(e) => setQuery(e.target.value)} className="min-h-12 w-72 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300" />
      </div>
      <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-ink-200">
        <table className="w-full text-left">
          <thead className="border-b border-ink-200 text-sm text-ink-600">
            <tr>
              <th className="px-4 py-3 font-semibold">Product</th>
              <th className="px-4 py-3 text-right font-semibold">Price</th>
              <th className="px-4 py-3 font-semibold">Category</th>
              <th className="px-4 py-3 font-semibold">Barcodes</th>
              <th className="px-4 py-3">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {shown.map(({ product: p, index }) => (
              <tr key={p.sku} aria-label={p.name}>
                <td className="px-4 py-2">
                  <div className="font-semibold text-ink-900">{p.name}</div>
                  <div className="font-mono text-sm text-ink-500">{p.sku}</div>
                </td>
                <td className="px-4 py-2 text-right tabular-nums whitespace-nowrap">
                  {format(p.price)}
                  {p.unit === 'kg' && <span className="text-ink-500">/kg</span>}
                </td>
                <td className="px-4 py-2">{p.category ?? '—'}</td>
                <td className="px-4 py-2 font-mono text-sm text-ink-600">{(p.barcodes ?? []).join(' ') || '—'}</td>
                <td className="px-4 py-1 text-right">
                  <Button onClick={() => setEditing(index)} aria-label={`Edit ${p.name}`}>
                    Edit
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="px-4 py-6 text-center text-ink-600">No product matches “{query}”.</p>}
      </div>
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
