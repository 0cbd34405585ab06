/**
 * HiGHS as the engine's exact fallback solver (`priceExactly`'s `MilpSolver`) in Node tests, with
 * the options the till's proof worker gives it (`src/till/proof/highs-solver.ts`): loaded once per
 * process from the package, where the worker loads it from the site.
 */
import type { Highs } from 'highs';
import type { MilpSolver } from '../src/pricing';
import { milpSolverOf } from '../src/till/proof/highs-solver';

let loading: Promise<Highs> | undefined;

/** The fallback's solver, each programme within `seconds` (no limit unless given). */
export async function highsMilp(seconds = Number.POSITIVE_INFINITY): Promise<MilpSolver> {
  loading ??= import('highs').then((m) => m.default());
  return milpSolverOf(await loading, seconds);
}
