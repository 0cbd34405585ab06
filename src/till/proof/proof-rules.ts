import type { BasketItem, PricingResult } from '../../pricing';

/**
 * Where the till stands on the total it shows:
 * - `proven`: the lowest total, proven (on the main thread, or by the proof worker since);
 * - `checking`: the main thread's answer is not proven and the proof worker is still on it;
 * - `best-found`: the worker gave up too (its engine and its exact fallback, or it could not run):
 *   the lowest total either found.
 */
export type ProofStatus = 'proven' | 'checking' | 'best-found';

/** What the proof worker answered for one basket: its pricing, or undefined when it could not run or was stopped. */
export interface ProofAnswer {
  /** The basket it answers for ({@link basketKey}). */
  readonly key: string;
  readonly result: PricingResult | undefined;
}

/** The pricing the till shows, charges and records, and where it stands. */
export interface SettledPricing {
  readonly pricing: PricingResult;
  /** Undefined when there is nothing to prove (the basket cannot be priced). */
  readonly proof: ProofStatus | undefined;
}

/**
 * Names one pricing problem: the book (by an id the caller gives each book object), the date and
 * the basket. Two keys are equal only for the same problem, so an answer for a basket that has
 * changed since can never be taken for the current one's.
 */
export function basketKey(bookId: number, date: string, items: readonly BasketItem[]): string {
  return JSON.stringify([bookId, date, items]);
}

/** Whether the main thread's pricing needs the proof worker: a receipt whose total is not proven. */
export function needsProof(main: PricingResult): boolean {
  return main.ok && main.receipt.strategy === 'optimal' && !main.receipt.optimal;
}

/**
 * The pricing to show and charge, from the main thread's and the worker's answers. A proven answer
 * wins; an answer for another basket is ignored (stale); when the worker gives up, the lower of the
 * two totals is charged (ties keep the main thread's, so the screen does not change for nothing).
 * Both are prices the engine worked out, unproven, each never worse than first-come nor the greedy
 * by saving per unit (the worker's is its engine's, or its exact fallback's where that is lower).
 */
export function settlePricing(main: PricingResult, key: string, answer: ProofAnswer | undefined): SettledPricing {
  if (!main.ok) return { pricing: main, proof: undefined };
  if (!needsProof(main)) return { pricing: main, proof: 'proven' };
  if (answer === undefined || answer.key !== key) return { pricing: main, proof: 'checking' };
  const found = answer.result;
  if (found === undefined || !found.ok) return { pricing: main, proof: 'best-found' };
  if (found.receipt.optimal) return { pricing: found, proof: 'proven' };
  return { pricing: found.receipt.total < main.receipt.total ? found : main, proof: 'best-found' };
}

/** Why Pay (or Complete sale) waits on the price check, or undefined when it need not. Pay then opens by itself. */
export function proofPayRefusal(proof: ProofStatus | undefined): string | undefined {
  return proof === 'checking' ? 'Checking the best price: the payment opens once the total is checked' : undefined;
}

/** The words beside the total: what a cashier (and a screen reader) needs to know about it. */
export function proofStatusText(proof: ProofStatus | undefined): string {
  if (proof === 'checking') return 'Checking the best price…';
  if (proof === 'best-found') return 'Best price found (not proven the lowest in time)';
  return '';
}
