import { validatePriceBook, type BookIssue, type PriceBook } from '../../pricing';

/**
 * Helpers shared by the offer and product forms: text as typed into a field becomes the JSON the
 * engine's schema reads, and the engine's issues come back as messages beside the fields.
 */

/** A field's text failed to read as what it must be (before the schema sees it). */
export interface ReadError {
  readonly field: string;
  readonly message: string;
}

/** Messages by field name (`price`, `slots.1.products`), plus problems that belong to no field. */
export interface FieldProblems {
  readonly fields: Readonly<Record<string, string>>;
  /** Problems elsewhere in the book this change would cause, with their JSON paths. */
  readonly general: readonly BookIssue[];
}

/** No problems. */
export const NO_PROBLEMS: FieldProblems = { fields: {}, general: [] };

/** Whether a form may be saved. */
export const hasProblems = (p: FieldProblems): boolean => Object.keys(p.fields).length > 0 || p.general.length > 0;

/**
 * Reads an amount typed in the currency's major unit ("1.30") as minor units (130). Empty text is
 * left out (the schema then says the field is required); a negative amount goes through so the
 * schema says why it is refused.
 */
export function readMoney(text: string, fractionDigits: number): { value?: number; error?: string } {
  const t = text.trim();
  if (t === '') return {};
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (match === null || (match[2] === '' && (match[3] ?? '') === '')) return { error: `write an amount such as ${(1.3).toFixed(fractionDigits)}` };
  const decimals = match[3] ?? '';
  if (decimals.length > fractionDigits) {
    return { error: fractionDigits === 0 ? 'write a whole amount, with no decimals' : `at most ${fractionDigits} decimal places` };
  }
  const minor = Number(`${match[2] === '' ? '0' : match[2]}${decimals.padEnd(fractionDigits, '0')}`);
  return { value: match[1] === '-' ? -minor : minor };
}

/** Writes minor units as the text a money field shows (130 → "1.30"). */
export function writeMoney(minor: number | undefined, fractionDigits: number): string {
  if (minor === undefined) return '';
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(fractionDigits + 1, '0');
  return fractionDigits === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -fractionDigits)}.${digits.slice(-fractionDigits)}`;
}

/**
 * Reads a number meant to be whole. Any number goes through (2.5 too), so the engine's schema gives
 * its own message ("quantity must be a whole number", "must be at least 1"): the form never words
 * a rule twice. Only text that is no number at all is refused here.
 */
export function readInteger(text: string): { value?: number; error?: string } {
  const t = text.trim();
  if (t === '') return {};
  return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? { value: Number(t) } : { error: 'write a whole number' };
}

/** Reads a list typed with commas (or spaces, for barcodes); empty means absent. */
export function readList(text: string, separators: RegExp = /,/): string[] | undefined {
  const items = text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length === 0 ? undefined : items;
}

/** Drops the keys whose value is undefined: the schema is strict about what is present. */
export function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/**
 * Validates a candidate book with the engine and sorts its issues: those under `prefix` (such as
 * `$.offers[3]`) go to the field the rest of their path names (`$.offers[3].slots[1].products[0]`
 * → `slots.1.products`; the entity itself → `entity`), the rest are general. The first message per
 * field wins; read errors come first because the schema saw nothing usable there.
 */
export function problemsFor(candidate: unknown, prefix: string, readErrors: readonly ReadError[]): FieldProblems {
  const fields: Record<string, string> = {};
  for (const e of readErrors) fields[e.field] ??= e.message;
  const general: BookIssue[] = [];
  const validation = validatePriceBook(candidate);
  if (!validation.ok) {
    for (const issue of validation.issues) {
      const field = fieldOf(issue.path, prefix);
      if (field === undefined) general.push(issue);
      else fields[field] ??= issue.message;
    }
  }
  return { fields, general };
}

const TEXT_LISTS = new Set(['products', 'categories', 'barcodes']);

/** `$.offers[3].slots[1].products[0]` under `$.offers[3]` → `slots.1.products`; a list's items report on the list. */
export function fieldOf(path: string, prefix: string): string | undefined {
  if (path === prefix) return 'entity';
  if (!path.startsWith(`${prefix}.`)) return undefined;
  const parts = path
    .slice(prefix.length + 1)
    .split(/\.|\[(\d+)\]/)
    .filter((p): p is string => p !== undefined && p !== '');
  // An index into a list of text (products[0]) points at an item typed into the list's one field.
  if (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1] ?? '') && TEXT_LISTS.has(parts[parts.length - 2] ?? '')) parts.pop();
  return parts.join('.');
}

/** The book with one list entry replaced (or added at the end when `index` is null). */
export function withEntry<K extends 'offers' | 'products'>(book: PriceBook, key: K, index: number | null, entry: unknown): Record<string, unknown> {
  const list: unknown[] = [...book[key]];
  if (index === null) list.push(entry);
  else list[index] = entry;
  return { ...book, [key]: list };
}
