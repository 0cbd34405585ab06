import { priceLines, type BasketItem, type BasketProblem, type PricedLine } from './basket';
import type { Evaluation } from './evaluate';
import { solveFirstCome } from './first-come';
import { money, type Money } from './money';
import { buildModel, type PricingModel } from './model';
import { findNearMisses } from './near-misses';
import { defaultThresholdLabel } from './offers/spend-threshold';
import { solveOptimal } from './optimal';
import { pricingContext, type PricingContext } from './pricing-context';
import type { DiscountLine, DiscountUnit, Receipt, ReceiptLine } from './receipt';
import type { PriceBook } from './schema';
import { DEFAULT_LIMITS, SEARCH_SHARE, SearchBudget, type SearchLimits } from './search-budget';
import { shareSaving } from './shares';
import { joined } from './arrays';
import { withTaxes } from './taxes';

/** How to price a basket. */
export interface PriceOptions {
  /** `optimal` (default): the customer's lowest total. `first-come`: offers in priority order, as other tills do. */
  readonly strategy?: 'optimal' | 'first-come';
  /** The pricing date, YYYY-MM-DD, for offers' validity. Without it every offer is valid. */
  readonly date?: string;
  /** Search budget for the optimal strategy. */
  readonly limits?: Partial<SearchLimits>;
  /** Whether to look for near misses (default true). */
  readonly nearMisses?: boolean;
  /**
   * What is kept between pricings of the book ({@link pricingContext}): a caller that prices it
   * often keeps one per book. Without it the pricing makes a fresh one, so its answer never
   * depends on what ran before.
   */
  readonly context?: PricingContext;
}

/** A receipt, or every basket item that could not be priced. */
export type PricingResult = { readonly ok: true; readonly receipt: Receipt } | { readonly ok: false; readonly problems: readonly BasketProblem[] };

/**
 * Prices a basket against a validated price book: lines, discount lines, subtotal, savings, total,
 * whether the total is proven the lowest, and near misses. Pure and deterministic for a given
 * book, basket, date and step budget.
 */
export function priceBasket(book: PriceBook, items: readonly BasketItem[], options: PriceOptions = {}): PricingResult {
  const limits: SearchLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // The guard covers the whole pricing, so its clock starts before anything is built.
  // Without a clock there is no guard: every deadline is infinitely far.
  const start = limits.clock?.() ?? Number.POSITIVE_INFINITY;
  const deadline = start + limits.maxMs;
  const context = options.context ?? pricingContext(book);
  if (context.book !== book) throw new RangeError("A pricing context serves only the book it was made for");
  const priced = priceLines(book, items, context.products);
  if (!priced.ok) return priced;
  const budget = new SearchBudget(limits, start + limits.maxMs * SEARCH_SHARE);
  const strategy = options.strategy ?? 'optimal';
  const model = buildModel(book, priced.lines, options.date, context.memo);
  const { evaluation, proven } = solve(model, strategy, budget, context);
  const { format } = context;
  const receipt = receiptOf(book, model, evaluation, context, { strategy, optimal: strategy === 'optimal' && proven, steps: budget.steps });
  // A hint measured against an unproven total could promise a saving the till would not give.
  if (options.nearMisses === false || (strategy === 'optimal' && !proven)) return { ok: true, receipt };
  // Near misses are hints: all their trial pricings share a quarter of the receipt's step budget
  // and at most a quarter of its guard, within what is left of the guard, so they never hold up
  // the till, and a trial that could not be proven gives no hint.
  const now = limits.clock?.() ?? Number.POSITIVE_INFINITY;
  const hintBudget = new SearchBudget({ ...limits, maxSteps: Math.ceil(limits.maxSteps / 4) }, Math.min(now + limits.maxMs / 4, deadline));
  const nearMisses = findNearMisses(book, priced.lines, { total: evaluation.total, date: options.date }, format, (lines) => {
    if (hintBudget.late(model.units.length + 1)) return undefined;
    const m = buildModel(book, lines, options.date, context.memo);
    // A trial only counts when proven, and a proven total needs no first-come to compare with.
    const trial = strategy === 'first-come' ? solve(m, strategy, hintBudget, context) : solveOptimal(m, hintBudget, undefined, context.components);
    return strategy === 'first-come' || trial.proven ? { evaluation: trial.evaluation, model: m } : undefined;
  });
  return { ok: true, receipt: { ...receipt, nearMisses } };
}

/**
 * The receipt of an evaluation (lines, discount lines, VAT), with no near misses: what
 * {@link priceBasket} returns, and the exact fallback (`milp/price-exactly.ts`) too.
 */
export function receiptOf(
  book: PriceBook,
  model: PricingModel,
  evaluation: Evaluation,
  context: PricingContext,
  how: Pick<Receipt, 'strategy' | 'optimal' | 'steps'>,
): Receipt {
  // VAT comes last, from what each line finally paid: it never steers which offers apply.
  const untaxed = { ...toReceipt(model, evaluation, book.currency, context.format), strategy: how.strategy, optimal: how.optimal, nearMisses: [], steps: how.steps };
  return withTaxes(book, untaxed, book.taxRates === undefined ? undefined : context.taxCodes);
}

function solve(model: PricingModel, strategy: 'optimal' | 'first-come', budget: SearchBudget, context: PricingContext): { evaluation: Evaluation; proven: boolean } {
  if (strategy === 'first-come') return { evaluation: solveFirstCome(model), proven: false };
  return solveOptimal(model, budget, () => solveFirstCome(model), context.components);
}

function toReceiptLine(line: PricedLine): ReceiptLine {
  const { product } = line;
  // The common line is built without spreads (one per basket line on every scan); keys keep the receipt's order.
  if (line.grams === undefined && line.reducedPrice === undefined) {
    return { index: line.index, sku: product.sku, name: product.name, unit: product.unit, quantity: line.quantity, unitPrice: line.unitPrice, price: line.price };
  }
  return {
    index: line.index,
    sku: product.sku,
    name: product.name,
    unit: product.unit,
    quantity: line.quantity,
    ...(line.grams !== undefined ? { grams: line.grams } : {}),
    ...(line.pricePerKg !== undefined ? { pricePerKg: line.pricePerKg } : {}),
    unitPrice: line.unitPrice,
    price: line.price,
    ...(line.reducedPrice !== undefined ? { reducedPrice: line.reducedPrice } : {}),
  };
}

/** The lines holding units of the given classes, ascending (unit ids follow the lines' order). */
function eligibleLines(model: PricingModel, classes: ReadonlySet<number>): number[] {
  const lines: number[] = [];
  for (const u of model.units) if (classes.has(u.classId) && lines[lines.length - 1] !== u.line) lines.push(u.line);
  return lines;
}

/** Turns an evaluation into receipt lines and discount lines whose savings sum exactly to the total saving. */
function toReceipt(model: PricingModel, evaluation: Evaluation, currency: string, format: (n: number) => string): Omit<Receipt, 'strategy' | 'optimal' | 'nearMisses' | 'steps'> {
  const discounts: DiscountLine[] = [];
  const items: Array<{ first: number; line: DiscountLine }> = [];
  for (const app of evaluation.solution.applications) {
    const { offer } = model.offers[app.offer]!;
    const { ids, shares } = shareSaving(model, joined(app.units), app.saving);
    const units: DiscountUnit[] = [];
    const lines: number[] = [];
    // Shares come in scan order, so the lines they name are ascending: repeats are adjacent.
    for (let u = 0; u < ids.length; u++) {
      const line = model.units[ids[u]!]!.line;
      units.push({ line, share: money(shares[u]!) });
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
    items.push({
      first: ids[0]!,
      line: {
        offerId: offer.id,
        kind: offer.kind,
        label: offer.label ?? model.offers[app.offer]!.strategy.defaultLabel(format),
        saving: money(app.saving),
        lines,
        units,
      },
    });
  }
  for (const id of evaluation.solution.reduced) {
    const u = model.units[id]!;
    const saving = u.price - u.reducedPrice!;
    items.push({
      first: id,
      line: {
        offerId: 'reduced-to-clear',
        kind: 'reduced-to-clear',
        label: `Reduced to ${format(u.reducedPrice!)}`,
        saving: money(saving),
        lines: [u.line],
        units: [{ line: u.line, share: money(saving) }],
      },
    });
  }
  // Item discounts read in scan order, each under the first line it used.
  items.sort((a, b) => a.first - b.first);
  discounts.push(...items.map((i) => i.line));
  for (const applied of evaluation.thresholds) {
    const t = model.thresholds[applied.threshold]!;
    discounts.push({
      offerId: t.offer.id,
      kind: 'spend-threshold',
      label: t.offer.label ?? defaultThresholdLabel(t.offer, format),
      saving: money(applied.saving),
      lines: eligibleLines(model, t.eligible),
      units: [],
    });
  }
  const savings: Money = money(discounts.reduce((a, d) => a + d.saving, 0));
  const subtotal = money(model.subtotal);
  return { currency, lines: model.lines.map(toReceiptLine), discounts, subtotal, savings, total: money(subtotal - savings) };
}
