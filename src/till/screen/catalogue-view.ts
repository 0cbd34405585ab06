import type { Product } from '../../pricing';

/** The id of products that name no category; they come last, as "Other". */
export const OTHER = '\u0000other';

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly products: readonly Product[];
}

/** "ready-meals" → "Ready meals". */
function categoryName(category: string): string {
  const words = category.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Products grouped by category in the order the book first names each; uncategorised ones last, as
 * "Other". Linear in the number of products: each product is pushed once onto its group's list.
 */
export function groupByCategory(products: readonly Product[]): Category[] {
  const groups = new Map<string, Product[]>();
  for (const product of products) {
    const id = product.category ?? OTHER;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [product]);
    else group.push(product);
  }
  const categories = [...groups].map(([id, items]) => ({ id, name: id === OTHER ? 'Other' : categoryName(id), products: items }));
  return [...categories.filter((c) => c.id !== OTHER), ...categories.filter((c) => c.id === OTHER)];
}

const groupings = new WeakMap<readonly Product[], Category[]>();

/** `groupByCategory` of a book's products, built once per list and kept as long as it is. */
export function categoriesOf(products: readonly Product[]): Category[] {
  let categories = groupings.get(products);
  if (categories === undefined) {
    categories = groupByCategory(products);
    groupings.set(products, categories);
  }
  return categories;
}

/** Lower-case, accents removed: "Crème fraîche" is found by "creme". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** A book's products with the folded text search looks in (name, SKU, barcodes), built once per book. */
export interface SearchIndex {
  readonly products: readonly Product[];
  /** `texts[i]` is the folded "name sku barcodes…" of `products[i]`. */
  readonly texts: readonly string[];
}

/** Folds every product's name, SKU and barcodes once, so a keystroke only compares strings. */
export function buildSearchIndex(products: readonly Product[]): SearchIndex {
  return { products, texts: products.map((p) => fold(`${p.name} ${p.sku} ${(p.barcodes ?? []).join(' ')}`)) };
}

/** The words of a query, folded as the index is. */
const wordsOf = (query: string) => fold(query).split(/\s+/).filter(Boolean);

/** Positions in the index of the products whose text holds every word, among `within` (all when undefined), in order. */
function matching(index: SearchIndex, words: readonly string[], within: readonly number[] | undefined): number[] {
  const found: number[] = [];
  const holds = (i: number) => {
    const text = index.texts[i]!;
    return words.every((word) => text.includes(word));
  };
  if (within === undefined) {
    for (let i = 0; i < index.texts.length; i += 1) if (holds(i)) found.push(i);
  } else {
    for (const i of within) if (holds(i)) found.push(i);
  }
  return found;
}

/** Products whose name, SKU or a barcode holds every word typed, in any order, in the book's order. */
export function searchIndex(index: SearchIndex, query: string): Product[] {
  return matching(index, wordsOf(query), undefined).map((i) => index.products[i]!);
}

/**
 * `searchIndex` for a search field: it remembers its last answer, and a query that can only find
 * fewer products (each word of the last query is inside one of its words: the cashier typed on)
 * looks only among the last answer's products. The first letter reads every product; the letters
 * after it, a shrinking list.
 */
export function createSearch(index: SearchIndex): (query: string) => Product[] {
  let last: { readonly words: readonly string[]; readonly positions: readonly number[] } | undefined;
  return (query) => {
    const words = wordsOf(query);
    const narrows = last !== undefined && last.words.every((before) => words.some((word) => word.includes(before)));
    const positions = matching(index, words, narrows ? last?.positions : undefined);
    last = { words, positions };
    return positions.map((i) => index.products[i]!);
  };
}

/** A row of the virtualised product grid: a category's heading, or up to `columns` tiles. */
export type GridRow =
  | { readonly kind: 'heading'; readonly key: string; readonly category: Category }
  | { readonly kind: 'tiles'; readonly key: string; readonly products: readonly Product[] };

/** The grid's rows, in order: each category's heading (when shown) then its tiles, `columns` to a row. */
export function gridRows(categories: readonly Category[], columns: number, showHeadings: boolean): GridRow[] {
  const perRow = Math.max(1, Math.floor(columns));
  const rows: GridRow[] = [];
  for (const category of categories) {
    if (category.products.length === 0) continue;
    if (showHeadings) rows.push({ kind: 'heading', key: `h:${category.id}`, category });
    for (let start = 0; start < category.products.length; start += perRow) {
      rows.push({ kind: 'tiles', key: `t:${category.id}:${start}`, products: category.products.slice(start, start + perRow) });
    }
  }
  return rows;
}

/** How many tiles of at least `minTile` px, `gap` px apart, fit across `width` px (at least one). */
export function columnsFor(width: number, minTile: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minTile + gap)));
}
