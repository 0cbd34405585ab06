/**
 * The offer families (`test-support/offer-families.ts`) on the bench: each family's baskets priced
 * scan by scan as the till does (one pricing context per book, the default budget and guard, one
 * event-loop turn between scans), then each full basket against HiGHS's optimum, and timed from
 * scratch (a fresh context) beside HiGHS's time on it, each the best of three tries, for the ratio on the same instances. Imported by
 * `pricing.bench.ts`, which prints these rows beside S to XL.
 */
import { DEFAULT_LIMITS, priceBasket, pricingContext, validatePriceBook, type PriceBook, type PricingContext, type Receipt } from '../src/pricing';
import { solveWithIlp } from '../test-support/ilp-oracle';
import { familyStore, type OfferFamily } from '../test-support/offer-families';
import type { BasketLine } from '../test-support/price-book-json';
import { PRICING_DATE } from '../test-support/random-store';

/** One family's figures. */
export interface FamilyResult {
  readonly family: OfferFamily;
  readonly baskets: number;
  readonly reprices: number;
  /** Re-prices proven optimal. */
  readonly provenShare: number;
  /** Baskets whose every re-price was proven. */
  readonly basketsProven: number;
  /** Full baskets whose total was above HiGHS's optimum, and by how much at most (percent of the optimum). */
  readonly overcharged: number;
  readonly maxOverchargePct: number;
  /** Full baskets whose total was below HiGHS's optimum: always 0, or the engine is wrong. */
  readonly belowOptimum: number;
  readonly p50Ms: number;
  readonly maxMs: number;
  readonly overBudget: number;
  /** HiGHS's median time over the full baskets (per basket the best of {@link FULL_BASKET_TRIES}). */
  readonly ilpMedianMs: number;
  /** HiGHS's median time over the engine's slowest re-price. */
  readonly ilpOverSlowest: number;
  /** The engine's median time on the full baskets, each priced from scratch (a fresh context), as HiGHS solves them: per basket the best of {@link FULL_BASKET_TRIES}. */
  readonly engineFullMedianMs: number;
  /** HiGHS's median time over {@link engineFullMedianMs}: the same instances, both from scratch. */
  readonly ilpOverEngine: number;
  /** The engine's median time on the full baskets as the till prices them: each basket's last scan, timed above. */
  readonly lastScanMedianMs: number;
  /** HiGHS's median time over {@link lastScanMedianMs}. */
  readonly ilpOverLastScan: number;
}

/** Baskets per family in the default run, and in `--full`. */
export const FAMILY_BASKETS = { default: 16, full: 40 } as const;

/** Times each full basket is priced from scratch by the engine and solved by HiGHS: each one's best counts. */
const FULL_BASKET_TRIES = 3;

/** Seeds for the warm-up baskets: past any the timed run draws. */
const WARM_SEEDS = [1001, 1002, 1003, 1004];

/** The till's options for the scan it waits for (`src/till/use-pricing.ts`). */
const TILL = { nearMisses: false, limits: { clock: () => performance.now() } } as const;

function load(family: OfferFamily, seed: number): { json: ReturnType<typeof familyStore>['book']; book: PriceBook; basket: BasketLine[] } {
  const { book: json, basket } = familyStore(family, seed);
  const valid = validatePriceBook(json);
  if (!valid.ok) throw new Error(`${family} seed ${seed}: invalid book`);
  return { json, book: valid.book, basket };
}

function receipt(book: PriceBook, items: readonly BasketLine[], context: PricingContext): Receipt {
  const result = priceBasket(book, items, { date: PRICING_DATE, ...TILL, context });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.receipt;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Each full basket from scratch, the engine's and HiGHS's best of {@link FULL_BASKET_TRIES} tries,
 * and the engine's final totals (`finals`, scan by scan) against HiGHS's optimum.
 */
async function againstHighs(family: OfferFamily, stores: ReturnType<typeof load>[], finals: readonly { total: number; optimal: boolean }[]) {
  const ilpTimes: number[] = [];
  const engineTimes: number[] = [];
  let overcharged = 0;
  let belowOptimum = 0;
  let maxOverchargePct = 0;
  for (const [i, { json, book, basket }] of stores.entries()) {
    let engineBest = Number.POSITIVE_INFINITY;
    let ilpBest = Number.POSITIVE_INFINITY;
    let oracle: Awaited<ReturnType<typeof solveWithIlp>> | undefined;
    // Each solver's best of a few tries, each from scratch: one try alone is at the mercy of a
    // collection or a timer tick, on the engine's sub-millisecond times above all.
    for (let attempt = 0; attempt < FULL_BASKET_TRIES; attempt++) {
      const engineStart = performance.now();
      receipt(book, basket, pricingContext(book));
      engineBest = Math.min(engineBest, performance.now() - engineStart);
      const start = performance.now();
      oracle = await solveWithIlp(json, basket, PRICING_DATE);
      ilpBest = Math.min(ilpBest, performance.now() - start);
    }
    engineTimes.push(engineBest);
    ilpTimes.push(ilpBest);
    if (oracle === undefined) throw new Error('no full-basket tries');
    const { total, optimal } = finals[i]!;
    // A proof is exact (`oracle.test.ts`): a proven total off the optimum is a bug, not a figure.
    if (optimal && total !== oracle.total) throw new Error(`${family} seed ${i + 1}: engine ${total} (proven) but HiGHS ${oracle.total}`);
    if (total < oracle.total) belowOptimum++;
    if (total > oracle.total) {
      overcharged++;
      maxOverchargePct = Math.max(maxOverchargePct, ((total - oracle.total) / oracle.total) * 100);
    }
  }
  ilpTimes.sort((a, b) => a - b);
  engineTimes.sort((a, b) => a - b);
  return { ilpTimes, engineTimes, overcharged, belowOptimum, maxOverchargePct };
}

/** Prices `baskets` baskets of `family` scan by scan, then compares each full basket with HiGHS. */
export async function benchFamily(family: OfferFamily, baskets: number, betweenScans: () => Promise<void> | undefined): Promise<FamilyResult> {
  const stores = Array.from({ length: baskets }, (_, i) => load(family, i + 1));
  for (const seed of WARM_SEEDS) {
    const { book, basket } = load(family, seed);
    const context = pricingContext(book);
    for (let n = 1; n <= basket.length; n++) receipt(book, basket.slice(0, n), context);
  }
  const times: number[] = [];
  const lastScans: number[] = [];
  let proven = 0;
  let basketsProven = 0;
  const finals: Array<{ total: number; optimal: boolean }> = [];
  for (const { book, basket } of stores) {
    const context = pricingContext(book);
    let all = true;
    let last = { total: 0, optimal: true };
    for (let n = 1; n <= basket.length; n++) {
      const scans = basket.slice(0, n);
      await betweenScans();
      const start = performance.now();
      const r = receipt(book, scans, context);
      const ms = performance.now() - start;
      times.push(ms);
      if (n === basket.length) lastScans.push(ms);
      if (r.optimal) proven++;
      else all = false;
      last = { total: r.total, optimal: r.optimal };
    }
    if (all) basketsProven++;
    finals.push(last);
  }
  const { ilpTimes, engineTimes, overcharged, belowOptimum, maxOverchargePct } = await againstHighs(family, stores, finals);
  times.sort((a, b) => a - b);
  const engineFullMedianMs = percentile(engineTimes, 0.5);
  lastScans.sort((a, b) => a - b);
  const lastScanMedianMs = percentile(lastScans, 0.5);
  const maxMs = times[times.length - 1] ?? 0;
  const ilpMedianMs = percentile(ilpTimes, 0.5);
  return {
    family,
    baskets,
    reprices: times.length,
    provenShare: round(proven / times.length, 4),
    basketsProven,
    overcharged,
    maxOverchargePct: round(maxOverchargePct, 1),
    belowOptimum,
    p50Ms: round(percentile(times, 0.5)),
    maxMs: round(maxMs),
    overBudget: times.filter((t) => t > DEFAULT_LIMITS.maxMs).length,
    ilpMedianMs: round(ilpMedianMs, 1),
    ilpOverSlowest: maxMs > 0 ? round(ilpMedianMs / maxMs, 1) : 0,
    engineFullMedianMs: round(engineFullMedianMs),
    ilpOverEngine: engineFullMedianMs > 0 ? round(ilpMedianMs / engineFullMedianMs, 1) : 0,
    lastScanMedianMs: round(lastScanMedianMs),
    ilpOverLastScan: lastScanMedianMs > 0 ? round(ilpMedianMs / lastScanMedianMs, 1) : 0,
  };
}

/** The families' table, as the bench prints it. */
export function familyTable(results: readonly FamilyResult[]): string {
  const header = ['family', 'baskets', 're-prices', 'proven', 'baskets proven', 'overcharged', 'p50 ms', 'max ms', 'over budget', 'HiGHS median ms', 'HiGHS / slowest', 'full basket ms', 'HiGHS / engine', 'last scan ms', 'HiGHS / last scan'];
  const rows = results.map((r) => [
    r.family,
    String(r.baskets),
    String(r.reprices),
    `${(r.provenShare * 100).toFixed(1)}%`,
    String(r.basketsProven),
    r.overcharged === 0 ? (r.belowOptimum === 0 ? '0' : `${r.belowOptimum} BELOW`) : `${r.overcharged} (≤ ${r.maxOverchargePct}%)`,
    r.p50Ms.toFixed(3),
    r.maxMs.toFixed(1),
    `${r.overBudget} (${DEFAULT_LIMITS.maxMs} ms)`,
    r.ilpMedianMs.toFixed(1),
    `${r.ilpOverSlowest}x`,
    r.engineFullMedianMs.toFixed(3),
    `${r.ilpOverEngine}x`,
    r.lastScanMedianMs.toFixed(3),
    `${r.ilpOverLastScan}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return `${line(header)}\n${rows.map(line).join('\n')}\n`;
}
