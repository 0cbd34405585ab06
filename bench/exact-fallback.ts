/**
 * The proof worker's exact fallback (`priceExactly` with HiGHS, as `src/till/proof/prove.ts` runs
 * it) on the offer families' full baskets: how long it takes (writing the programme, HiGHS, the
 * engine's evaluation and receipt), whether it proves the total, and whether that total is the
 * MILP oracle's (`test-support/ilp-oracle.ts`, written independently from the raw book). The two
 * are timed interleaved on each basket, so a busy machine slows both alike.
 *
 *   npx tsx bench/exact-fallback.ts [baskets per family, default 16]
 */
import { priceExactly, pricingContext, validatePriceBook, type MilpSolver } from '../src/pricing';
import { highsMilp } from '../test-support/highs-milp';
import { solveWithIlp } from '../test-support/ilp-oracle';
import { OFFER_FAMILIES, familyStore, type OfferFamily } from '../test-support/offer-families';
import { PRICING_DATE } from '../test-support/random-store';

interface Row {
  readonly family: OfferFamily;
  readonly baskets: number;
  readonly proven: number;
  readonly atOptimum: number;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly oracleMedianMs: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measure(family: OfferFamily, baskets: number, solve: MilpSolver): Promise<Row> {
  const times: number[] = [];
  const oracleTimes: number[] = [];
  let proven = 0;
  let atOptimum = 0;
  for (let seed = 1; seed <= baskets; seed++) {
    const { book: json, basket } = familyStore(family, seed);
    const valid = validatePriceBook(json);
    if (!valid.ok) throw new Error(`${family} seed ${seed}: invalid book`);
    // A fresh context, as a worker started for this proof has.
    const context = pricingContext(valid.book);
    const start = performance.now();
    const exact = priceExactly(valid.book, basket, { date: PRICING_DATE, context }, solve);
    times.push(performance.now() - start);
    const oracleStart = performance.now();
    const oracle = await solveWithIlp(json, basket, PRICING_DATE);
    oracleTimes.push(performance.now() - oracleStart);
    if (exact === undefined || !exact.ok) continue;
    if (exact.receipt.optimal) proven++;
    if (exact.receipt.total === oracle.total) atOptimum++;
  }
  return { family, baskets, proven, atOptimum, medianMs: median(times), maxMs: Math.max(...times), oracleMedianMs: median(oracleTimes) };
}

async function main(): Promise<void> {
  const baskets = Number(process.argv[2] ?? 16);
  const solve = await highsMilp();
  // Warm-up: HiGHS's wasm compiled and the engine's code hot before anything is timed.
  await measure('meal-deals', 2, solve);
  console.log('| family | baskets | proven | at the oracle\'s optimum | exact fallback median / max | MILP oracle median |');
  console.log('|---|---|---|---|---|---|');
  for (const family of OFFER_FAMILIES) {
    const r = await measure(family, baskets, solve);
    console.log(`| ${r.family} | ${r.baskets} | ${r.proven} | ${r.atOptimum} | ${r.medianMs.toFixed(1)} / ${r.maxMs.toFixed(1)} ms | ${r.oracleMedianMs.toFixed(1)} ms |`);
  }
}

await main();
