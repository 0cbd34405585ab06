import { describe, expect, it } from 'vitest';
import { solveWithIlp } from '../../test-support/ilp-oracle';
import { OFFER_FAMILIES, familyStore } from '../../test-support/offer-families';
import { PRICING_DATE, randomStore } from '../../test-support/random-store';
import { priceBasket } from './price-basket';
import { validatePriceBook } from './schema';

/** Seeds 1 to this; `ORACLE_SEEDS=20000 npx vitest run src/pricing/oracle.test.ts` looks further. */
const SEEDS = Number(process.env.ORACLE_SEEDS ?? 1000);

/**
 * Seeds past the range above where the search once claimed a proof it did not have, found by
 * pricing 900,000 seeds without first-come (which is priced only for unproven answers, so a proof
 * never leans on it) and comparing with first-come: a bundle straddling a category threshold's
 * units, fixed-price or cheapest-free offers whose units the search grouped one way only under a
 * threshold that made less saving worth more, and a joint search that found nothing better with
 * approximate measures.
 */
const REGRESSIONS = [103147, 139858, 204766, 216671, 418178, 422137, 439675, 443259, 698852, 720023, 744441, 888993];

/**
 * Seeds whose proof needs the threshold search's relaxed pass (a fixed-price offer's consecutive
 * grouping refused units): it finds nothing better in 3149 and 4457, and in 78325 and 112447 a
 * better solution that an even grouping realises.
 */
const RELAXED = [3149, 4457, 78325, 112447];

describe('the optimal strategy against an exact MILP oracle', () => {
  const seeds = [...Array.from({ length: SEEDS }, (_, i) => i + 1), ...REGRESSIONS, ...RELAXED];
  it(`matches the oracle on every proven total across ${seeds.length} random books and baskets`, async () => {
    let proven = 0;
    const kinds = new Set<string>();
    const mismatches: string[] = [];
    for (const seed of seeds) {
      const { book: json, basket } = randomStore(seed, 'tiny');
      const valid = validatePriceBook(json);
      if (!valid.ok) throw new Error(`seed ${seed}: invalid book ${JSON.stringify(valid.issues)}`);
      valid.book.offers.forEach((o) => kinds.add(o.kind === 'spend-threshold' ? `${o.kind}/${o.basis}` : o.kind));
      const result = priceBasket(valid.book, basket, { date: PRICING_DATE, nearMisses: false, limits: { clock: undefined } });
      if (!result.ok) throw new Error(`seed ${seed}: ${JSON.stringify(result.problems)}`);
      const oracle = await solveWithIlp(json, basket, PRICING_DATE);
      const { total, optimal } = result.receipt;
      // The oracle is the true optimum: no answer, proven or not, may beat it.
      if (total < oracle.total) mismatches.push(`seed ${seed}: engine ${total} below the optimum ${oracle.total}`);
      if (optimal) {
        proven++;
        if (total !== oracle.total) mismatches.push(`seed ${seed}: engine ${total} (proven) but the optimum is ${oracle.total}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Every kind and basis was exercised, and almost every instance proven (only offers straddling
    // a targeted threshold's eligible units with room for two applications are left unproven).
    expect([...kinds].sort()).toEqual(
      [
        'amount-off',
        'bundle',
        'cheapest-free',
        'multi-buy',
        'percent-off',
        'spend-threshold/after-offers',
        'spend-threshold/before-offers',
        'spend-threshold/full-price-only',
      ].sort(),
    );
    expect(proven / seeds.length).toBeGreaterThan(0.95);
  });
});

/** Baskets per family; `FAMILY_SEEDS=200` looks further. */
const FAMILY_SEEDS = Number(process.env.FAMILY_SEEDS ?? 8);

describe('the optimal strategy against the MILP oracle on the offer families', () => {
  it.each(OFFER_FAMILIES)(`matches the oracle on every proven total of ${FAMILY_SEEDS} %s baskets, scan by scan`, async (family) => {
    const mismatches: string[] = [];
    let proven = 0;
    let reprices = 0;
    for (let seed = 1; seed <= FAMILY_SEEDS; seed++) {
      const { book: json, basket } = familyStore(family, seed);
      const valid = validatePriceBook(json);
      if (!valid.ok) throw new Error(`${family} ${seed}: invalid book ${JSON.stringify(valid.issues)}`);
      // Every fourth scan back from the last, each against its own optimum.
      for (let n = basket.length; n >= 1; n -= 4) {
        const scans = basket.slice(0, n);
        const result = priceBasket(valid.book, scans, { date: PRICING_DATE, nearMisses: false, limits: { clock: undefined } });
        if (!result.ok) throw new Error(`${family} ${seed}: ${JSON.stringify(result.problems)}`);
        const oracle = await solveWithIlp(json, scans, PRICING_DATE);
        const { total, optimal } = result.receipt;
        reprices++;
        if (total < oracle.total) mismatches.push(`${family} ${seed}/${n}: engine ${total} below the optimum ${oracle.total}`);
        if (optimal) {
          proven++;
          if (total !== oracle.total) mismatches.push(`${family} ${seed}/${n}: engine ${total} (proven) but the optimum is ${oracle.total}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Within the step budget every one is proven (the pattern search settles the crowded ones).
    expect(reprices).toBeGreaterThan(FAMILY_SEEDS);
    expect(proven).toBe(reprices);
  });
});
