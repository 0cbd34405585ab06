import { priceLines, type BasketItem } from '../basket';
import { evaluate, evaluateExclusive, type Evaluation } from '../evaluate';
import { buildModel, type PricingModel } from '../model';
import { receiptOf, type PricingResult } from '../price-basket';
import { pricingContext, type PricingContext } from '../pricing-context';
import type { PriceBook } from '../schema';
import { applicationSaving, type Application, type ItemSolution } from '../solution';
import { formulate, patternColumn } from './formulation';
import { lpText } from './lp-text';
import { milpPatterns, type MilpPattern } from './patterns';

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
}

/** How far a whole-number decision may sit from its integer, as HiGHS's MIP feasibility tolerance has it. */
const INTEGRALITY = 1e-6;
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
 * ({@link MOST_PATTERNS}), or the solver found no solution, or one the engine cannot read.
 */
export function priceExactly(book: PriceBook, items: readonly BasketItem[], options: ExactOptions, solve: MilpSolver): PricingResult | undefined {
  const context = options.context ?? pricingContext(book);
  const priced = priceLines(book, items, context.products);
  if (!priced.ok) return priced;
  const model = buildModel(book, priced.lines, options.date, context.memo);
  const patterns = milpPatterns(model);
  if (patterns === undefined) return undefined;
  const answer = solve(lpText(formulate(model, patterns)));
  if (answer === undefined) return undefined;
  const solution = solutionOf(model, patterns, answer);
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
 * The solver's pattern counts as the engine's item solution: each application takes units of its
 * classes in scan order, and the units of a reduced class left over sell at their reduced price.
 * Undefined when a count is not whole or the counts take more units than the basket has.
 */
function solutionOf(model: PricingModel, patterns: readonly MilpPattern[], answer: MilpAnswer): ItemSolution | undefined {
  const left = model.classes.map((c) => c.units.slice().reverse());
  const applications: Application[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const value = answer.value(patternColumn(p));
    if (value === undefined) return undefined;
    const count = Math.round(value);
    if (Math.abs(value - count) > INTEGRALITY || count < 0) return undefined;
    const { offer, slots } = patterns[p]!;
    for (let k = 0; k < count; k++) {
      const units: number[][] = [];
      for (const slot of slots) {
        const ids: number[] = [];
        for (const c of slot) {
          const id = left[c]!.pop();
          if (id === undefined) return undefined;
          ids.push(id);
        }
        units.push(ids.sort((a, b) => a - b));
      }
      applications.push({ offer, units, saving: applicationSaving(model, offer, units) });
    }
  }
  const reduced: number[] = [];
  for (const c of model.classes) if (c.reducedPrice !== undefined) reduced.push(...left[c.id]!);
  return { applications, reduced: reduced.sort((a, b) => a - b) };
}
