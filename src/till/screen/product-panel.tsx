import { memo, useDeferredValue, useId, useMemo, useState, type RefObject } from 'react';
import type { PriceBook, Product } from '../../pricing';

const ALL = '\u0000all';
const OTHER = '\u0000other';

interface Category {
  readonly id: string;
  readonly name: string;
  readonly products: readonly Product[];
}

/** "ready-meals" → "Ready meals". */
function categoryName(category: string): string {
  const words = category.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Products grouped by category in the order the book first names each; uncategorised ones last, as "Other". */
export function groupByCategory(products: readonly Product[]): Category[] {
  const groups = new Map<string, Product[]>();
  for (const product of products) {
    const id = product.category ?? OTHER;
    groups.set(id, [...(groups.get(id) ?? []), product]);
  }
  const categories = [...groups].map(([id, items]) => ({ id, name: id === OTHER ? 'Other' : categoryName(id), products: items }));
  return [...categories.filter((c) => c.id !== OTHER), ...categories.filter((c) => c.id === OTHER)];
}

/** Lower-case, accents removed: "Crème fraîche" is found by "creme". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Products whose name or SKU holds every word typed, in any order. */
export function search(products: readonly Product[], query: string): Product[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return products.filter((p) => {
    const text = fold(`${p.name} ${p.sku}`);
    return words.every((word) => text.includes(word));
  });
}

export interface ProductPanelProps {
  readonly book: PriceBook;
  readonly format: (amount: number) => string;
  readonly onChoose: (product: Product) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * Product buttons by category, with a search box. A button's accessible name is exactly the product
 * name. Memoised: a scan changes nothing here, and re-rendering every product's button on each scan
 * cost the till a good part of a frame.
 */
export const ProductPanel = memo(function ProductPanel({ book, format, onChoose, searchRef }: ProductPanelProps) {
  const categories = useMemo(() => groupByCategory(book.products), [book]);
  const [chosen, setChosen] = useState(ALL);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searching = deferredQuery.trim() !== '';

  const shown = useMemo((): Category[] => {
    if (searching) {
      const found = search(book.products, deferredQuery);
      return [{ id: 'results', name: `${found.length} ${found.length === 1 ? 'match' : 'matches'} for “${deferredQuery.trim()}”`, products: found }];
    }
    return chosen === ALL ? categories : categories.filter((c) => c.id === chosen);
  }, [book, categories, chosen, deferredQuery, searching]);

  return (
    <section aria-label="Products" className="flex min-h-0 flex-col">
      <div className="flex shrink-0 flex-col gap-3 border-b border-ink-200 bg-ink-50 px-5 pb-3 pt-4">
        <div className="relative">
          <svg viewBox="0 0 24 24" className="pointer-events-none absolute left-4 top-1/2 size-5 -translate-y-1/2 text-ink-500" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
            <circle cx="11" cy="11" r="6.5" />
            <path d="m16 16 4.5 4.5" />
          </svg>
          <input
            ref={searchRef}
            type="search"
            aria-label="Search products"
            placeholder="Search products"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                setQuery('');
              }
              // Enter on a search that found exactly one product sells it: the keyboard way to a product without a barcode.
              if (event.key === 'Enter' && !event.defaultPrevented && query.trim() !== '') {
                const found = search(book.products, query);
                if (found.length === 1 && found[0] !== undefined) {
                  event.preventDefault();
                  onChoose(found[0]);
                  setQuery('');
                }
              }
            }}
            autoComplete="off"
            className="h-12 w-full rounded-xl border border-ink-300 bg-white pl-12 pr-4 text-lg text-ink-900 placeholder:text-ink-500 focus-visible:border-focus"
          />
        </div>
        {categories.length > 1 && !searching && (
          <div role="group" aria-label="Categories" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
            {[{ id: ALL, name: 'All' }, ...categories].map((category) => (
              <button
                key={category.id}
                type="button"
                aria-pressed={chosen === category.id}
                onClick={() => setChosen(category.id)}
                className="min-h-12 shrink-0 rounded-full px-5 text-base font-semibold text-ink-700 ring-1 ring-inset ring-ink-300 hover:bg-ink-100 aria-pressed:bg-ink-900 aria-pressed:text-white aria-pressed:ring-ink-900"
              >
                {category.name}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="relative min-h-0 flex-1 overflow-y-auto px-5 pb-6 pt-4">
        {shown.map((category) => (
          <ProductGroup key={category.id} category={category} format={format} onChoose={onChoose} showHeading={searching || categories.length > 1} />
        ))}
        {searching && shown[0]?.products.length === 0 && <p className="py-10 text-center text-lg text-ink-600">No product matches. Try part of the name, or the SKU.</p>}
      </div>
    </section>
  );
});

function ProductGroup({ category, format, onChoose, showHeading }: { category: Category; format: (amount: number) => string; onChoose: (product: Product) => void; showHeading: boolean }) {
  const headingId = useId();
  if (category.products.length === 0) return null;
  return (
    // A group, not a region: fifteen landmarks would drown the page's real ones.
    <div role="group" aria-labelledby={showHeading ? headingId : undefined} className="mb-5">
      {showHeading && (
        <h2 id={headingId} className="mb-2 text-sm font-semibold uppercase tracking-wider text-ink-600">
          {category.name}
        </h2>
      )}
      <div className="grid grid-cols-[repeat(auto-fill,minmax(8.5rem,1fr))] xl:grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-2.5">
        {category.products.map((product) => (
          <ProductButton key={product.sku} product={product} format={format} onChoose={onChoose} />
        ))}
      </div>
    </div>
  );
}

function ProductButton({ product, format, onChoose }: { product: Product; format: (amount: number) => string; onChoose: (product: Product) => void }) {
  const priceId = useId();
  const weighed = product.unit === 'kg';
  return (
    <button
      type="button"
      aria-label={product.name}
      aria-describedby={priceId}
      onClick={() => onChoose(product)}
      className="flex min-h-20 touch-manipulation select-none flex-col justify-between gap-2 rounded-xl bg-white p-3 text-left shadow-xs ring-1 ring-inset ring-ink-200 hover:ring-ink-400"
    >
      <span className="line-clamp-2 text-[0.95rem] font-semibold leading-snug text-ink-900">{product.name}</span>
      <span className="flex items-center justify-between gap-2">
        <span id={priceId} className="whitespace-nowrap text-base font-medium tabular-nums text-ink-700">
          {format(product.price)}
          {weighed && <span className="text-sm text-ink-600"> / kg</span>}
        </span>
        {weighed && (
          <span className="rounded-md bg-ink-100 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-ink-700" aria-hidden="true">
            Weigh
          </span>
        )}
      </span>
    </button>
  );
}
