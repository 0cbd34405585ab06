import { DEFAULT_LIMITS, priceBasket, pricingContext, type PriceBook, type PriceOptions, type Receipt, type SearchLimits } from '../src/pricing';
import type { OutputFormat, Strategy } from './args';
import { formatReceipt, type TextReceiptOptions } from './format-receipt';
import { createCodeLookup, parseBasketLine, parseCodes, type CodeLookup, type ParsedBasket } from './parse-basket';

/** A book made ready to price many baskets: its code lookup and one pricing context, built once. */
export interface Pricer {
  readonly book: PriceBook;
  readonly lookup: CodeLookup;
  readonly options: PriceOptions;
  readonly format: OutputFormat;
  readonly text: TextReceiptOptions;
}

/** A basket's receipt, rendered in the chosen format, or every reason it could not be priced. */
export type BasketOutcome = { readonly ok: true; readonly receipt: Receipt; readonly output: string } | { readonly ok: false; readonly errors: string[] };

/** A basket of a baskets file, with its line number (1-based, counting blank lines, as an editor does). */
export type BatchOutcome = BasketOutcome & { readonly line: number };

/**
 * Prepares a validated book for pricing. The one pricing context it holds is shared by every
 * basket priced with it, as the engine intends for a batch against one book.
 */
export function createPricer(
  book: PriceBook,
  settings: { readonly strategy: Strategy; readonly date: string; readonly format: OutputFormat; readonly budgetMs?: number | undefined },
): Pricer {
  return {
    book,
    lookup: createCodeLookup(book),
    options: { strategy: settings.strategy, date: settings.date, context: pricingContext(book), ...(settings.budgetMs === undefined ? {} : { limits: limitsFor(settings.budgetMs) }) },
    format: settings.format,
    text: book.name !== undefined ? { title: book.name } : {},
  };
}

/**
 * The engine's limits for a wall-clock budget: the guard is the budget, and the step budget grows
 * with it (never below the default), so that a longer budget can finish a longer proof.
 */
export function limitsFor(budgetMs: number): Partial<SearchLimits> {
  const scale = Math.max(1, budgetMs / DEFAULT_LIMITS.maxMs);
  return { maxMs: budgetMs, maxSteps: Math.round(DEFAULT_LIMITS.maxSteps * scale) };
}

/** Prices one basket given as codes, one unit per code. */
export function priceCodes(pricer: Pricer, codes: readonly string[]): BasketOutcome {
  return priceParsed(pricer, parseCodes(codes, pricer.lookup));
}

/**
 * Prices each non-empty line of a baskets file, in order. A bad line yields its errors and the
 * others are still priced: one mistyped basket must not cost a store the rest of the day's receipts.
 */
export function* priceBatch(pricer: Pricer, text: string): Generator<BatchOutcome> {
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    yield { line: i + 1, ...priceParsed(pricer, parseBasketLine(line, pricer.lookup)) };
  }
}

/** The receipt as the chosen format prints it: the engine's `Receipt` as one line of JSON, or a till receipt. */
export function renderReceipt(receipt: Receipt, pricer: Pricer): string {
  return pricer.format === 'json' ? JSON.stringify(receipt) : formatReceipt(receipt, pricer.text);
}

function priceParsed(pricer: Pricer, parsed: ParsedBasket): BasketOutcome {
  if (!parsed.ok) return parsed;
  const result = priceBasket(pricer.book, parsed.items, pricer.options);
  if (!result.ok) return { ok: false, errors: result.problems.map((p) => p.message) };
  return { ok: true, receipt: result.receipt, output: renderReceipt(result.receipt, pricer) };
}
