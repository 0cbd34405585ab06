import { priceBasket, priceExactly, type BasketItem, type MilpSolver, type PricingContext, type PricingResult } from '../../pricing';

/** A basket to prove, on the book the client sent. */
export interface ProofRequest {
  readonly items: readonly BasketItem[];
  readonly date: string;
  /** The engine's step budget for this proof. */
  readonly maxSteps: number;
  /** The engine's wall-clock guard for this proof, in milliseconds. */
  readonly maxMs: number;
  /** How long the exact fallback's solver may take, in milliseconds; 0 for none. */
  readonly exactMs: number;
}

/** Loads the exact fallback's solver, to run within `seconds` per programme. */
export type SolverLoader = (seconds: number) => Promise<MilpSolver>;

/**
 * The proof worker's answer: the engine with the proof's budget first; where it cannot prove its
 * total, the exact fallback (the basket as a MILP, solved by the loaded solver, its solution priced
 * by the engine: proven only when both agree, `priceExactly`). A proven answer is returned as it
 * is; otherwise the lower total of the two, each a price the engine worked out (ties keep the
 * engine's search's). A solver that fails to load or to run leaves the engine's answer.
 */
export async function prove(context: PricingContext, request: ProofRequest, loadSolver: SolverLoader, clock: () => number): Promise<PricingResult> {
  const { items, date, maxSteps, maxMs, exactMs } = request;
  const searched = priceBasket(context.book, items, { date, context, limits: { maxSteps, maxMs, clock }, nearMisses: false });
  if (!searched.ok || searched.receipt.optimal || exactMs <= 0) return searched;
  let exact: PricingResult | undefined;
  try {
    const solve = await loadSolver(exactMs / 1000);
    exact = priceExactly(context.book, items, { date, context }, solve);
  } catch {
    return searched;
  }
  if (exact === undefined || !exact.ok) return searched;
  if (exact.receipt.optimal || exact.receipt.total < searched.receipt.total) return exact;
  return searched;
}
