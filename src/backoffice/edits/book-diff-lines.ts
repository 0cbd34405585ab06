import { moneyFormatter, type BundleSlot, type Offer, type Product } from '../../pricing';
import type { BookDiff, Change, ProductChange } from './book-diff';

/** One kind of change, in words: a heading and a line per product, offer or field. */
export interface DiffGroup {
  readonly title: string;
  readonly lines: readonly string[];
}

type Format = (minor: number) => string;

/** Offer fields that hold money, in minor units. */
const MONEY_FIELDS = new Set(['price', 'amount', 'threshold']);

/**
 * The changes of a diff in words, grouped, empty groups left out. Amounts before the import are
 * formatted in the book in use's `currency`, amounts after it in the imported book's (the same one
 * unless the diff changes it), with the engine's `moneyFormatter`.
 */
export function describeDiff(diff: BookDiff, currency: string): readonly DiffGroup[] {
  const old = moneyFormatter(currency);
  const next = moneyFormatter(diff.currency?.after ?? currency);
  const { products: p, offers: o } = diff;
  const repriced = p.changed.filter((c) => c.fields.includes('price'));
  const renamed = p.changed.filter((c) => c.fields.includes('name'));
  const otherwise = p.changed.filter((c) => c.fields.some((f) => f === 'unit' || f === 'barcodes' || f === 'category'));
  const groups: DiffGroup[] = [
    { title: 'Store', lines: storeLines(diff) },
    { title: 'Prices changed', lines: repriced.map((c) => `${c.after.name} ${unitPrice(c.before, old)} → ${unitPrice(c.after, next)}`) },
    { title: 'Products added', lines: p.added.map((x) => `${productName(x)} ${unitPrice(x, next)}`) },
    { title: 'Products removed', lines: p.removed.map((x) => `${productName(x)} ${unitPrice(x, old)}`) },
    { title: 'Products renamed', lines: renamed.map((c) => `${c.before.name} → ${c.after.name}`) },
    {
      title: 'Other product changes',
      lines: [
        ...otherwise.map((c) => `${c.after.name}: ${productFieldLines(c).join('; ')}`),
        ...(p.reordered ? ['The products come in another order (the till’s buttons follow it)'] : []),
      ],
    },
    { title: 'Offers added', lines: o.added.map((x) => `${offerName(x)} (${x.kind})`) },
    { title: 'Offers removed', lines: o.removed.map((x) => `${offerName(x)} (${x.kind})`) },
    { title: 'Offers changed', lines: o.changed.map((c) => `${offerName(c.after)}: ${c.fields.map((f) => offerFieldLine(c, f, old, next)).join('; ')}`) },
  ];
  return groups.filter((g) => g.lines.length > 0);
}

/**
 * The plain warning for a book of another store, or undefined when the store's book id is the
 * same. An absent `id` counts as different: the sales would then be recorded under the book's address.
 */
export function storeWarning(diff: BookDiff): string | undefined {
  const store = diff.store;
  if (store === undefined) return undefined;
  if (store.after === undefined) return `This book names no store: the book in use is ${String(store.before)}’s.`;
  if (store.before === undefined) return `This book is for store ${store.after}; the book in use names none.`;
  return `This book is for another store: ${store.after} instead of ${store.before}.`;
}

function storeLines(diff: BookDiff): string[] {
  const lines: string[] = [];
  if (diff.name) lines.push(`Store name: ${text(diff.name.before)} → ${text(diff.name.after)}`);
  if (diff.currency) lines.push(`Currency: ${diff.currency.before} → ${diff.currency.after} (every amount is read in the new currency)`);
  return lines;
}

/** A product as a manager knows it: its name, and its SKU where that says something more. */
function productName(product: Product): string {
  return product.name === product.sku ? product.name : `${product.name} (${product.sku})`;
}

/** The shelf price, per kg for a weighed product. */
function unitPrice(product: Product, format: Format): string {
  return product.unit === 'kg' ? `${format(product.price)}/kg` : format(product.price);
}

function productFieldLines(change: ProductChange): string[] {
  const { before: a, after: b, fields } = change;
  const lines: string[] = [];
  if (fields.includes('unit')) lines.push(`unit ${a.unit} → ${b.unit}`);
  if (fields.includes('barcodes')) lines.push(`barcodes ${list(a.barcodes)} → ${list(b.barcodes)}`);
  if (fields.includes('category')) lines.push(`category ${text(a.category)} → ${text(b.category)}`);
  return lines;
}

/** The receipt's text for an offer, or its id when it has no label. */
function offerName(offer: Offer): string {
  return offer.label ?? offer.id;
}

function offerFieldLine(change: Change<Offer>, field: string, old: Format, next: Format): string {
  const a = (change.before as Readonly<Record<string, unknown>>)[field];
  const b = (change.after as Readonly<Record<string, unknown>>)[field];
  return `${field} ${offerValue(field, a, old)} → ${offerValue(field, b, next)}`;
}

function offerValue(field: string, value: unknown, format: Format): string {
  if (value === undefined) return 'none';
  if (MONEY_FIELDS.has(field) && typeof value === 'number') return format(value);
  if (field === 'slots' && Array.isArray(value)) return (value as BundleSlot[]).map(slotText).join(' + ');
  if (Array.isArray(value)) return list(value as readonly string[]);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function slotText(slot: BundleSlot): string {
  const targets = [...(slot.products ?? []), ...(slot.categories ?? [])].join(' or ');
  return slot.quantity > 1 ? `${slot.quantity} × ${targets}` : targets;
}

function list(values: readonly string[] | undefined): string {
  return values === undefined || values.length === 0 ? 'none' : values.join(', ');
}

function text(value: string | undefined): string {
  return value ?? 'none';
}
