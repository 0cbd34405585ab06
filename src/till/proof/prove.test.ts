import { describe, expect, it, vi } from 'vitest';
import { pricingContext, validatePriceBook, type MilpSolver, type PriceBook, type PricingResult } from '../../pricing';
import { highsMilp } from '../../../test-support/highs-milp';
import { KATA_EXAMPLE, kataPotterBook } from '../../../test-support/kata-potter';
import { prove, type ProofRequest, type SolverLoader } from './prove';

function validBook(json: unknown): PriceBook {
  const validation = validatePriceBook(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.book;
}

/** Kata Potter; its example (2, 2, 2, 1, 1 copies) is by hand two sets of four, 2 × 25.60 = 51.20, the lowest. */
const potter = validBook(kataPotterBook());
const kata = KATA_EXAMPLE;

/** A proof of the kata basket with the engine's budget cut to `maxSteps` (1: it proves nothing) and no clock. */
const request = (maxSteps: number, exactMs = 5000): ProofRequest => ({ items: kata, date: '2026-12-07', maxSteps, maxMs: 10_000, exactMs });
const noClock = () => 0;
const highs: SolverLoader = (seconds) => highsMilp(seconds);
const totalOf = (result: PricingResult) => (result.ok ? [result.receipt.total, result.receipt.optimal] : result.problems);

describe('the proof worker', () => {
  it('proves with the exact fallback what the engine cannot within its budget', async () => {
    expect(totalOf(await prove(pricingContext(potter), request(1), highs, noClock))).toEqual([5120, true]);
  });

  it('never loads the solver for a total the engine proves', async () => {
    const loader = vi.fn(highs);
    expect(totalOf(await prove(pricingContext(potter), request(2_000_000), loader, noClock))).toEqual([5120, true]);
    expect(loader).not.toHaveBeenCalled();
  });

  it("keeps the engine's best found when the fallback has no time, fails to load, or cannot run", async () => {
    const searched = totalOf(await prove(pricingContext(potter), request(1, 0), highs, noClock));
    expect(searched).toEqual([5160, false]);
    const failing: SolverLoader = () => Promise.reject(new Error('no wasm'));
    expect(totalOf(await prove(pricingContext(potter), request(1), failing, noClock))).toEqual(searched);
    const throwing: SolverLoader = () => Promise.resolve(() => { throw new Error('out of memory'); });
    expect(totalOf(await prove(pricingContext(potter), request(1), throwing, noClock))).toEqual(searched);
  });

  it("takes the fallback's lower total unproven when the solver ran out of time, and the engine's when lower", async () => {
    const solve = await highsMilp();
    const outOfTime = (objective: (o: number) => number): SolverLoader => () =>
      Promise.resolve(((lp) => {
        const answer = solve(lp);
        return answer && { ...answer, optimal: false, objective: objective(answer.objective) };
      }) satisfies MilpSolver);
    expect(totalOf(await prove(pricingContext(potter), request(1), outOfTime((o) => o), noClock))).toEqual([5120, false]);
    // A solver stopped early at a solution worse than the engine's: no offer at all, 64.00.
    const worse: SolverLoader = () => Promise.resolve((lp) => {
      const answer = solve(lp);
      return answer && { ...answer, optimal: false, value: () => 0 };
    });
    expect(totalOf(await prove(pricingContext(potter), request(1), worse, noClock))).toEqual([5160, false]);
  });
});
