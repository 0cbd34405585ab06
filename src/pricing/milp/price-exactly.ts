import { priceLines, type BasketItem } from '../basket';
import { evaluate, evaluateExclusive, type Evaluation } from '../evaluate';
import { buildModel, type PricingModel } from '../model';
import { receiptOf, type PricingResult } from '../price-basket';
import { pricingContext, type PricingContext } from '../pricing-context';
import type { PriceBook } from '../schema';
import type { Application, ItemSolution } from '../solution';
import { formulate } from './formulation';
import { lpText } from './lp-text';
import { offerParts } from './offer-forms';
import type { OfferPart } from './offer-part';

/** What an exact MILP solver answered for the programme it was given (read by the caller: the engine loads no solver). */
export interface MilpAnswer {
  /** Whether the solver proved its solution optimal (HiGHS: status `Optimal`, with no gap allowed). */
  readonly optimal: boolean;
  /** The solution's objective: the total in minor units, as the solver's floating point has it. */
  readonly objective: number;
  /** A column's value in the solution; undefined when the solver has none. */
  value(column: string): number | undefined;
}

/**
 * Solves a programme given in CPLEX LP format, minimising; undefined when it found no solution
 * (out of time, or no solver).
 */
export type MilpSolver = (lp: string) => MilpAnswer | undefined;

/** How to price exactly: the pricing date and the book's context, as for `priceBasket`. */
export interface ExactOptions {
  readonly date?: string;
  readonly context?: PricingContext;
  /**
   * Past how many patterns an offer is stated by class counts where its kind allows
   * (`offer-forms.ts`, default `COMPACT_PAST`): the answer is the same either way, the programme
   * smaller or tighter; tests lower it to 0 to try every offer's compact form.
   */
  readonly compactPast?: number;
}

/** How far the solver's objective may sit from the engine's total (whole minor units) and still be the same number. */
const SAME_TOTAL = 1e-3;

/**
 * The exact fallback: the basket as a mixed-integer programme over the engine's own model
 * ({@link formulate}), solved by `solve`, and the solver's solution priced by the engine's own
 * evaluation into a full receipt. The receipt is `optimal` only when the solver proved its
 * solution optimal and the engine's evaluation of it is the solver's objective: the programme is
 * a relaxation of the engine's rules (never above any total they allow), so a total both agree on
 * is the lowest. Exclusive thresholds, each the only offer when it applies, are priced apart and
 * win when lower. The receipt's `steps` is 0 (the engine's search ran none) and it has no near
 * misses. Undefined when there is no answer: too many patterns to write the programme
 * (`offerParts`, past `MOST_PATTERNS`), or the solver found no solution, or one the engine cannot
 * read.
 */
export function priceExactly(book: PriceBook, items: readonly BasketItem[], options: ExactOptions, solve: MilpSolver): PricingResult | undefined {
  const context = options.context ?? pricingContext(book);
  const priced = priceLines(book, items, context.products);
  if (!priced.ok) return priced;
  const model = buildModel(book, priced.lines, options.date, context.memo);
  const parts = offerParts(model, options.compactPast);
  if (parts === undefined) return undefined;
  const answer = solve(lpText(formulate(model, parts)));
  if (answer === undefined) return undefined;
  const solution = solutionOf(model, parts, answer);
  if (solution === undefined) return undefined;
  let best: Evaluation = evaluate(model, solution);
  const proven = answer.optimal && Math.abs(answer.objective - best.total) <= SAME_TOTAL;
  model.thresholds.forEach((t, i) => {
    if (t.offer.exclusive !== true) return;
    const alone = evaluateExclusive(model, i);
    if (alone !== undefined && alone.total < best.total) best = alone;
  });
  return { ok: true, receipt: receiptOf(book, model, best, context, { strategy: 'optimal', optimal: proven, steps: 0 }) };
}

/**
 * The solver's solution as the engine's item solution: each offer's part reads its applications,
 * taking units of their classes in scan order, and the units of a reduced class left over sell at
 * their reduced price. Undefined when a part cannot read its applications (a count not whole,
 * more units than the basket has).
 */
function solutionOf(model: PricingModel, parts: readonly OfferPart[], answer: MilpAnswer): ItemSolution | undefined {
  const left = model.classes.map((c) => c.units.slice().reverse());
  const applications: Application[] = [];
  for (const part of parts) {
    const read = part.read((column) => answer.value(column), left);
    if (read === undefined) return undefined;
    applications.push(...read);
  }
  const reduced: number[] = [];
  for (const c of model.classes) if (c.reducedPrice !== undefined) reduced.push(...left[c.id]!);
  return { applications, reduced: reduced.sort((a, b) => a - b) };
}
