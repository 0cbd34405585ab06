import type { Highs } from 'highs';
import type { MilpSolver } from '../../pricing';

/**
 * Exact to the minor unit: no relative gap (the default 1e-4 would accept a total pennies off).
 * The programmes are small, so HiGHS's primal heuristics (sub-MIPs) and symmetry detection cost
 * more than they save (as the test oracle found: about three times faster without).
 */
const OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_heuristic_effort: 0, mip_detect_symmetry: false } as const;

/**
 * The engine's exact fallback solver (`priceExactly`'s) on a loaded HiGHS: each programme solved
 * afresh within `seconds`; a solution only where HiGHS has one (optimal, or the best found when
 * time ran out), never after an error.
 */
export function milpSolverOf(highs: Highs, seconds: number): MilpSolver {
  return (lp) => {
    const solved = highs.solve(lp, { ...OPTIONS, ...(Number.isFinite(seconds) ? { time_limit: seconds } : {}) });
    const columns = solved.Columns as Record<string, { readonly Primal?: number } | undefined>;
    // Limit statuses can carry a solution, but need not: a solution has every column's value.
    const values = Object.values(columns);
    if (solved.Status === 'Infeasible' || values.length === 0 || !values.every((c) => typeof c?.Primal === 'number')) return undefined;
    return { optimal: solved.Status === 'Optimal', objective: solved.ObjectiveValue, value: (column) => columns[column]?.Primal };
  };
}
