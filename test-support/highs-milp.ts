/**
 * HiGHS as the engine's exact fallback solver (`priceExactly`'s `MilpSolver`) in Node tests, with
 * the options the till's proof worker gives it (`src/till/proof/highs-solver.ts`): loaded once per
 * process from the package.
 */
import type { Highs } from 'highs';
import type { MilpSolver } from '../src/pricing';
import { milpSolverOf } from '../src/till/proof/highs-solver';

let loading: Promise<Highs> | undefined;

/** The fallback's solver, HiGHS loaded once per process. */
export async function highsMilp(): Promise<MilpSolver> {
  loading ??= import('highs').then((m) => m.default());
  return milpSolverOf(await loading, Number.POSITIVE_INFINITY);
}
