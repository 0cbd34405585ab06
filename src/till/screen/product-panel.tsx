import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PriceBook, Product } from '../../pricing';
import { buildSearchIndex, categoriesOf, columnsFor, createSearch, gridRows, type Category } from './catalogue-view';
import { CategoryChips } from './category-chips';
import { ProductTile, TILE_HEIGHT } from './product-tile';

const ALL = '\u0000all';
/**
 * Tiles' narrowest width and the gap between them, in px (the grid is laid out by hand: it is
 * virtual). 150 holds a weighed product's "£12.50/kg" beside its WEIGH badge: at 800 px portrait
 * that is four columns, not five.
 */
const MIN_TILE = 150;
const GAP = 10;
const HEADING_HEIGHT = 36;
/** No layout engine (jsdom in unit tests): nothing can say what is in view, so every row is drawn. */
const NO_LAYOUT = typeof ResizeObserver === 'undefined';

/** Searches by book, their index built on first need: opening the till never waits for one. */
const searches = new WeakMap<PriceBook, (query: string) => Product[]>();
function searchFor(book: PriceBook): (query: string) => Product[] {
  let search = searches.get(book);
  if (search === undefined) {
    search = createSearch(buildSearchIndex(book.products));
    searches.set(book, search);
  }
  return search;
}

export interface ProductPanelProps {
  readonly book: PriceBook;
  readonly format: (amount: number) => string;
  readonly onChoose: (product: Product) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * Product buttons by category, with a search box. A button's accessible name is exactly the product
 * name. Only the rows in view (and a few around them) are in the page: a 40,000-product book draws
 * a screenful, not 40,000 buttons. The grouping is built once per book, the search index once per
 * book when the search field first takes focus.
 * Memoised: a scan changes nothing here.
 */
export const ProductPanel = memo(function ProductPanel({ book, format, onChoose, searchRef }: ProductPanelProps) {
  const categories = categoriesOf(book.products);
  const [chosen, setChosen] = useState(ALL);
  const [query, setQuery] = useState('');
  // The matches render with the keystroke, not from a deferred value: after a key, Chromium holds
  // back the page's later tasks (React's deferred render among them) until the next frame, so a
  // deferred search painted a frame late on every letter. A keystroke's search takes a few ms at
  // 40,000 products (the index is built once per book, and typing on narrows: `createSearch`).
  const searching = query.trim() !== '';
  // Kept here, not in the grid, which is drawn afresh for each category and search: a new grid
  // starts at the width the last one measured instead of one column (a search's first letter drew
  // every match one to a row, then again at the real width).
  const [gridWidth, setGridWidth] = useState(0);

  const shown = useMemo((): Category[] => {
    if (searching) {
      const found = searchFor(book)(query);
      return [{ id: 'results', name: `${found.length} ${found.length === 1 ? 'match' : 'matches'} for “${query.trim()}”`, products: found }];
    }
    return chosen === ALL ? categories : categories.filter((c) => c.id === chosen);
  }, [book, categories, chosen, query, searching]);

  return (
    <section aria-label="Products" className="flex min-h-0 flex-col bg-ink-50">
      <div className="flex shrink-0 flex-col gap-3 border-b border-ink-200 px-5 pb-3 pt-4">
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
            // The index (about 100 ms at 40,000 products) is built as the field takes focus, before the first key.
            onFocus={() => searchFor(book)}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                setQuery('');
              }
              // Enter on a search that found exactly one product sells it: the keyboard way to a product without a barcode.
              if (event.key === 'Enter' && !event.defaultPrevented && query.trim() !== '') {
                const found = searchFor(book)(query);
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
        {categories.length > 1 && !searching && <CategoryChips categories={[{ id: ALL, name: 'All' }, ...categories]} chosen={chosen} onChoose={setChosen} />}
      </div>
      <ProductGrid key={searching ? 'search' : chosen} width={gridWidth} onWidth={setGridWidth} categories={shown} showHeadings={searching || categories.length > 1} format={format} onChoose={onChoose} />
      {searching && shown[0]?.products.length === 0 && <p className="px-5 pb-10 text-center text-lg text-ink-600">No product matches. Try part of the name, the SKU or the barcode.</p>}
    </section>
  );
});

interface ProductGridProps {
  /** The grid's inner width in px, as last measured (0 before the first measure). */
  readonly width: number;
  readonly onWidth: (width: number) => void;
  readonly categories: readonly Category[];
  readonly showHeadings: boolean;
  readonly format: (amount: number) => string;
  readonly onChoose: (product: Product) => void;
}

/** The virtual grid: rows of tiles under category headings, only those in view rendered. */
function ProductGrid({ width, onWidth, categories, showHeadings, format, onChoose }: ProductGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    // The grid's inner width (its padding taken off): the number of columns follows it.
    const measure = () => onWidth(element.clientWidth - 40);
    measure();
    if (typeof ResizeObserver === 'undefined') return; // jsdom has none: one column then
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [onWidth]);
  const columns = columnsFor(width, MIN_TILE, GAP);
  const rows = useMemo(() => gridRows(categories, columns, showHeadings), [categories, columns, showHeadings]);
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  // React Compiler cannot memoise TanStack Virtual's object; this component is small on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'heading' ? HEADING_HEIGHT : TILE_HEIGHT + GAP),
    getItemKey,
    overscan: 3,
    paddingStart: 16,
    paddingEnd: 24,
  });

  return (
    <div ref={scroller} className="relative min-h-0 flex-1 overflow-y-auto px-5">
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {(NO_LAYOUT ? rows.map((row, index) => ({ key: row.key, index, start: 0, size: 0 })) : virtualizer.getVirtualItems()).map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          return (
            <div key={item.key} className={NO_LAYOUT ? '' : 'absolute inset-x-0 top-0'} style={NO_LAYOUT ? undefined : { transform: `translateY(${item.start}px)`, height: item.size }}>
              {row.kind === 'heading' ? (
                <h2 className="pt-2 text-sm font-semibold uppercase tracking-wider text-ink-600">{row.category.name}</h2>
              ) : (
                <div className="grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: GAP }}>
                  {row.products.map((product) => (
                    <ProductTile key={product.sku} product={product} format={format} onChoose={onChoose} />
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
