import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../src/pricing';

/** How receipts are written: the engine's `Receipt` as JSON (one object per line), or a till receipt. */
export type OutputFormat = 'json' | 'text';

/** The pricing strategies the engine offers. */
export type Strategy = 'optimal' | 'first-come';

/** Where the baskets come from: codes on the command line (one basket), or a file of baskets. */
export type BasketSource = { readonly kind: 'codes'; readonly codes: readonly string[] } | { readonly kind: 'file'; readonly path: string };

/** A request to price baskets, fully checked: every field is valid. */
export interface PriceCommand {
  readonly kind: 'price';
  /** Path of the price book, as given. */
  readonly book: string;
  readonly baskets: BasketSource;
  readonly strategy: Strategy;
  /** The pricing date, YYYY-MM-DD (from `--now`, else today). */
  readonly date: string;
  readonly format: OutputFormat;
  /**
   * From `--budget-ms`: the optimal strategy's wall-clock guard per basket, in milliseconds
   * (absent: the engine's default, {@link DEFAULT_LIMITS}).
   */
  readonly budgetMs?: number;
}

/** What the command line asks for, or why it cannot be understood (a usage error, as data). */
export type ParsedCommandLine =
  | { readonly ok: true; readonly command: PriceCommand | { readonly kind: 'help' } }
  | { readonly ok: false; readonly message: string };

/** The `--help` text. */
export const USAGE = `Prices baskets against a price book and prints their receipts.

Usage:
  npm run price -- --book FILE [options] CODE...
  npm run price -- --book FILE --baskets FILE [options]

Each CODE is one unit: a SKU, or a barcode (EAN-13, EAN-8, UPC-A, or a store
label carrying a weight, a price or a reduced price). A code that is a SKU in
the book is read as a SKU first.

Options:
  --book FILE        the price book (JSON)
  --baskets FILE     price many baskets: each non-empty line is a JSON array of
                     codes or items {"sku" or "barcode", "quantity"?, "grams"?,
                     "reducedPrice"?, "price"?}; one receipt per line, in order
  --strategy NAME    optimal (default: the customer's lowest total) or first-come
  --now YYYY-MM-DD   the pricing date for offers' validity (default: today)
  --format NAME      json (default: the receipt as one JSON line) or text
  --budget-ms N      how long the optimal strategy may search per basket, in
                     milliseconds (default ${DEFAULT_LIMITS.maxMs}); its step budget grows in proportion.
                     A receipt says "optimal": true only when its total is proven
                     the lowest within that budget
  -h, --help         show this help

Exit status: 0 when every basket was priced, 1 when a basket, the book or a
file could not be used (the other baskets are still priced), 2 for bad usage.
`;

const STRATEGIES: readonly Strategy[] = ['optimal', 'first-come'];
const FORMATS: readonly OutputFormat[] = ['json', 'text'];

/**
 * Reads the command line (the arguments after the script name).
 *
 * @param argv - The arguments, e.g. `process.argv.slice(2)`.
 * @param today - The date to price at when `--now` is absent, YYYY-MM-DD (see {@link localDate}).
 * @returns The command, or a usage error naming what is wrong.
 */
export function parseCommandLine(argv: readonly string[], today: string): ParsedCommandLine {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        book: { type: 'string' },
        baskets: { type: 'string' },
        strategy: { type: 'string' },
        now: { type: 'string' },
        format: { type: 'string' },
        'budget-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs reports unknown options and missing values by throwing; here they are the user's mistake.
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { ok: true, command: { kind: 'help' } };

  if (values.book === undefined) return usageError('--book FILE is required: the price book to price against');
  const strategy = values.strategy ?? 'optimal';
  if (!isOneOf(STRATEGIES, strategy)) return usageError(`--strategy must be ${STRATEGIES.join(' or ')}, got "${strategy}"`);
  const format = values.format ?? 'json';
  if (!isOneOf(FORMATS, format)) return usageError(`--format must be ${FORMATS.join(' or ')}, got "${format}"`);
  const date = values.now ?? today;
  if (!isIsoDate(date)) return usageError(`--now must be a date written YYYY-MM-DD, got "${date}"`);

  const budget = values['budget-ms'];
  const budgetMs = budget === undefined ? undefined : Number(budget);
  if (budgetMs !== undefined && !(budget!.trim() !== '' && Number.isFinite(budgetMs) && budgetMs > 0)) {
    return usageError(`--budget-ms must be a number of milliseconds above 0, got "${budget}"`);
  }

  let baskets: BasketSource;
  if (values.baskets !== undefined) {
    if (positionals.length > 0) return usageError('give either codes or --baskets FILE, not both');
    baskets = { kind: 'file', path: values.baskets };
  } else {
    if (positionals.length === 0) return usageError('nothing to price: give one or more codes, or --baskets FILE');
    baskets = { kind: 'codes', codes: positionals };
  }
  return { ok: true, command: { kind: 'price', book: values.book, baskets, strategy, date, format, ...(budgetMs === undefined ? {} : { budgetMs }) } };
}

/**
 * A date as YYYY-MM-DD in the local time zone: the shop's "today", which is what offers' validity
 * dates mean. (`toISOString` would give the UTC date, a day out around midnight.)
 */
export function localDate(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Whether a string is a real calendar date written YYYY-MM-DD (so 2024-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function usageError(message: string): ParsedCommandLine {
  return { ok: false, message };
}
