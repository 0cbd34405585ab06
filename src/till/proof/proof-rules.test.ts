import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBasket, validatePriceBook, type PriceBook, type PricingResult, type Receipt } from '../../pricing';
import { kataPotterBook, KATA_EXAMPLE } from '../../../test-support/kata-potter';
import { familyStore } from '../../../test-support/offer-families';
import { basketKey, needsProof, proofPayRefusal, proofStatusText, settlePricing, type ProofAnswer } from './proof-rules';

/** A receipt that only carries what the rules read. */
function priced(total: number, optimal: boolean): PricingResult {
  return { ok: true, receipt: { total, optimal, strategy: 'optimal' } as Receipt };
}
const unpriceable: PricingResult = { ok: false, problems: [{ kind: 'unknown-sku', item: 0, sku: 'X', message: 'No product has SKU "X"' }] };

const KEY = basketKey(1, '2026-12-07', [{ sku: 'A' }, { sku: 'B' }]);
const STALE = basketKey(1, '2026-12-07', [{ sku: 'A' }]);
const answer = (result: PricingResult | undefined, key = KEY): ProofAnswer => ({ key, result });

describe('settling the total', () => {
  it.each([
    ['a basket that cannot be priced has nothing to prove', unpriceable, undefined, unpriceable, undefined],
    ['a total proven on the main thread is charged as it is', priced(900, true), undefined, priced(900, true), 'proven'],
    ['an unproven total is being checked until the worker answers', priced(1000, false), undefined, priced(1000, false), 'checking'],
    ['an answer for a basket that has changed since is ignored', priced(1000, false), answer(priced(700, true), STALE), priced(1000, false), 'checking'],
    ["the worker's proven total replaces the main thread's", priced(1000, false), answer(priced(900, true)), priced(900, true), 'proven'],
    ['a proven total is charged even when it equals the one shown', priced(900, false), answer(priced(900, true)), priced(900, true), 'proven'],
    ['when the worker gives up, its lower total is charged', priced(1000, false), answer(priced(950, false)), priced(950, false), 'best-found'],
    ["when the worker gives up with a higher total, the main thread's stays", priced(1000, false), answer(priced(1100, false)), priced(1000, false), 'best-found'],
    ["on a tie the main thread's stays", priced(1000, false), answer(priced(1000, false)), priced(1000, false), 'best-found'],
    ['a worker that could not run leaves the best found', priced(1000, false), answer(undefined), priced(1000, false), 'best-found'],
    ['a worker that could not price it leaves the best found', priced(1000, false), answer(unpriceable), priced(1000, false), 'best-found'],
  ] as const)('%s', (_, main, reply, pricing, proof) => {
    expect(settlePricing(main, KEY, reply)).toEqual({ pricing, proof });
  });

  it('needs a proof only for an optimal pricing that is not proven', () => {
    expect([priced(1, true), priced(1, false), unpriceable].map(needsProof)).toEqual([false, true, false]);
    expect(needsProof({ ok: true, receipt: { total: 1, optimal: false, strategy: 'first-come' } as Receipt })).toBe(false);
  });

  it('keys tell the book, the date and every item apart', () => {
    const keys = [
      basketKey(1, '2026-12-07', [{ sku: 'A' }]),
      basketKey(2, '2026-12-07', [{ sku: 'A' }]),
      basketKey(1, '2026-12-08', [{ sku: 'A' }]),
      basketKey(1, '2026-12-07', [{ sku: 'A', quantity: 2 }]),
      basketKey(1, '2026-12-07', [{ sku: 'A' }, { sku: 'A' }]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(basketKey(1, '2026-12-07', [{ sku: 'A' }])).toBe(keys[0]);
  });
});

describe('what the cashier is told', () => {
  it.each([
    ['checking', 'Checking the best price…', 'Checking the best price: the payment opens once the total is checked'],
    ['best-found', 'Best price found (not proven the lowest in time)', undefined],
    ['proven', '', undefined],
    [undefined, '', undefined],
  ] as const)('%s', (proof, status, refusal) => {
    expect(proofStatusText(proof)).toBe(status);
    expect(proofPayRefusal(proof)).toBe(refusal);
  });
});

function validBook(json: unknown): PriceBook {
  const validation = validatePriceBook(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.book;
}

/** Kata Potter: five titles at 8.00; a set of 2, 3, 4 or 5 different titles is 5, 10, 20 or 25% off. */
const potter = validBook(kataPotterBook());

/** The engine with a step budget alone (no clock): the same answer on any machine. */
const priceWith = (book: PriceBook, items: readonly { sku: string }[], maxSteps: number, strategy: 'optimal' | 'first-come' = 'optimal') =>
  priceBasket(book, items, { strategy, nearMisses: false, limits: { maxSteps, clock: undefined } });

const totalOf = (result: PricingResult) => (result.ok ? result.receipt.total : Number.NaN);

describe('the best price found, when nothing is proven', () => {
  // 2, 2, 2, 1, 1 copies. By hand: two sets of four are 2 × 25.60 = 51.20 (the optimum); the greedy
  // by saving per unit takes the set of five (30.00) then a set of three (21.60) = 51.60.
  const kata = KATA_EXAMPLE;

  it("is never above the greedy's 51.60 on the kata's own basket, however small the budget", () => {
    const key = basketKey(1, '', kata);
    for (const [main, worker] of [
      [1, 1],
      [1, 40],
      [10, 200],
    ] as const) {
      const settled = settlePricing(priceWith(potter, kata, main), key, answer(priceWith(potter, kata, worker), key));
      expect(totalOf(settled.pricing)).toBeLessThanOrEqual(5160);
      expect(totalOf(settled.pricing)).toBeGreaterThanOrEqual(5120);
    }
  });

  it('is 51.20, proven, once the worker has the budget', () => {
    const key = basketKey(1, '', kata);
    const settled = settlePricing(priceWith(potter, kata, 1), key, answer(priceWith(potter, kata, 2_000_000), key));
    expect(settled.proof).toBe('proven');
    expect(totalOf(settled.pricing)).toBe(5120);
  });

  it('is never above first-come on the hard families, whatever the two budgets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kata-potter', 'meal-deals', 'leetcode-638', 'kata-potter-threshold' as const),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 5000 }),
        (family, seed, mainSteps, workerSteps) => {
          const store = familyStore(family, seed);
          const book = validBook(store.book);
          const key = basketKey(1, '', store.basket);
          const main = priceWith(book, store.basket, mainSteps);
          const settled = settlePricing(main, key, answer(priceWith(book, store.basket, workerSteps), key));
          expect(totalOf(settled.pricing)).toBeLessThanOrEqual(totalOf(main));
          expect(totalOf(settled.pricing)).toBeLessThanOrEqual(totalOf(priceWith(book, store.basket, 0, 'first-come')));
        },
      ),
      { numRuns: 20 },
    );
  });
});
