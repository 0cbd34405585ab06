/**
 * The proof worker's exact fallback (`priceExactly` with HiGHS, as `src/till/proof/prove.ts` runs
 * it) on the offer families' full baskets: how long it takes (writing the programme, HiGHS, the
 * engine's evaluation and receipt), whether it proves the total, and whether that total is the
 * MILP oracle's (`test-support/ilp-oracle.ts`, written independently from the raw book). The two
 * are timed interleaved on each basket, so a busy machine slows both alike.
 *
 * With `--stores L,XL [--seeds N]` it prices instead the random stores' full baskets of those sizes
 * (`test-support/random-store.ts`, seeds 1 to N, default 4), which the engine does not always prove
 * within the till's guard and whose XL baskets need 80,000 to 110,000 patterns: the engine as the
 * proof worker runs it first, then the exact fallback with HiGHS limited to the worker's `exactMs`,
 * then with no limit (how long HiGHS takes to prove them). No oracle there: it writes every
 * pattern, and took 446 s on XL seed 2.
 *
 *   npx tsx bench/exact-fallback.ts [baskets per family, default 16]
 *   npx tsx bench/exact-fallback.ts --stores L,XL [--seeds N]
 */
import { DEFAULT_LIMITS, priceBasket, priceExactly, pricingContext, validatePriceBook, type MilpSolver } from '../src/pricing';
import { highsMilp } from '../test-support/highs-milp';
import { solveWithIlp } from '../test-support/ilp-oracle';
import { OFFER_FAMILIES, familyStore, type OfferFamily } from '../test-support/offer-families';
import { PRICING_DATE, randomStore, type StoreSize } from '../test-support/random-store';

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

/**
 * The proof worker's limits, as `PROOF_LIMITS` in `src/till/proof/test-budgets.ts` has them (that
 * file reads the browser's globals, which the benchmarks' compiler settings do not know).
 */
const PROOF_LIMITS = { maxSteps: DEFAULT_LIMITS.maxSteps * 100, maxMs: 10_000, exactMs: 5_000 } as const;

/** One random store's full basket: the proof worker's engine, then the exact fallback within the worker's limit and without. */
function measureStore(size: StoreSize, seed: number, withinLimit: MilpSolver, unlimited: MilpSolver): string {
  const { book: json, basket } = randomStore(seed, size);
  const valid = validatePriceBook(json);
  if (!valid.ok) throw new Error(`${size} seed ${seed}: invalid book`);
  const engine = priceBasket(valid.book, basket, { date: PRICING_DATE, context: pricingContext(valid.book), nearMisses: false, limits: { maxSteps: PROOF_LIMITS.maxSteps, maxMs: PROOF_LIMITS.maxMs, clock: () => performance.now() } });
  const timed = (solve: MilpSolver) => {
    let highsMs = 0;
    const start = performance.now();
    const exact = priceExactly(valid.book, basket, { date: PRICING_DATE, context: pricingContext(valid.book) }, (lp) => {
      const asked = performance.now();
      const answer = solve(lp);
      highsMs += performance.now() - asked;
      return answer;
    });
    const receipt = exact?.ok === true ? exact.receipt : undefined;
    return `${receipt === undefined ? 'declined' : `${receipt.total}${receipt.optimal ? ' proven' : ''}`} in ${(performance.now() - start).toFixed(0)} ms (HiGHS ${highsMs.toFixed(0)})`;
  };
  const found = engine.ok ? `${engine.receipt.total}${engine.receipt.optimal ? ' proven' : ''}` : 'unpriceable';
  return `| ${size} | ${seed} | ${found} | ${timed(withinLimit)} | ${timed(unlimited)} |`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const stores = args.indexOf('--stores');
  if (stores >= 0) {
    const seeds = Number(args[args.indexOf('--seeds') + 1] ?? 4) || 4;
    const [withinLimit, unlimited] = [await highsMilp(PROOF_LIMITS.exactMs / 1000), await highsMilp()];
    console.log(`| size | seed | proof worker's engine | exact fallback, HiGHS within ${PROOF_LIMITS.exactMs} ms | exact fallback, no limit |`);
    console.log('|---|---|---|---|---|');
    for (const size of (args[stores + 1] ?? 'XL').split(',') as StoreSize[]) for (let seed = 1; seed <= seeds; seed++) console.log(measureStore(size, seed, withinLimit, unlimited));
    return;
  }
  const baskets = Number(args[0] ?? 16);
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
