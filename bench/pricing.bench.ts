/**
 * `npm run bench [-- --json] [-- --sizes S,M] [-- --families kata-potter,none] [-- --full] [-- --repeat 3] [-- --back-to-back]`:
 * re-prices baskets scan by scan, as the till does, on seeded random stores of four sizes and on
 * the offer families (`test-support/offer-families.ts`), and compares with an exact MILP solver
 * and with first-come. Prints a table per kind; with --json, one JSON object last. The default
 * run takes XL on one store and families on 16 baskets each; `--full` takes XL on two stores
 * with a MILP sample and families on 40 baskets each.
 *
 * What is timed, per scan on the basket so far, as the till does it (`src/till/use-pricing.ts`):
 * one `priceBasket` call with near misses off, one pricing context per book, the default step
 * budget and the wall-clock guard on `performance.now()`.
 *
 * In three phases per size, so that work the till does not do on a scan does not run inside, or
 * just before, the scans' timings:
 * 1. Warm-up: for every store, a few other baskets from that store (`anotherBasket`), priced scan
 *    by scan on a copy of its book, as a till has priced other customers on its book before the
 *    one being timed. Each basket has its own pricing context, so the timed scans find nothing
 *    solved for them; what is warm is the compiled code, which has met the store's offers. The
 *    first warm-up basket of each store also makes the untimed calls (near misses, first-come);
 *    the others make only the till's call, the one timed next.
 * 2. Timed: each store's sampled basket, scan by scan, on a fresh copy of its book with a fresh
 *    context (book and baskets loaded before the warm-up, as a till's book is before its first
 *    customer). With --repeat N each basket's scans are timed N times (a fresh copy and context each
 *    time), and each re-price's best time is reported too. Between two scans the bench gives the
 *    event loop one turn (`setImmediate`), as the till does: each scan is its own event, and the
 *    browser runs its pending tasks between them. One of those is V8's young-generation
 *    collection, which it schedules as a task once the young generation is 80% full; in a loop
 *    that never yields it can only run when an allocation finds the space full, inside a scan
 *    (about 1 ms on M, seven times per 1000 scans). `--back-to-back` times that loop instead.
 * 3. Untimed for the scan columns: the near-miss call the till makes in a worker (`priceBasket`
 *    with near misses on, its own context; timed in its own `hints…` columns), first-come for the
 *    savings gap, and the MILP solver on a sample of full baskets (compiling its WebAssembly
 *    keeps both cores busy for seconds).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, priceBasket, pricingContext, validatePriceBook, type BasketItem, type PriceBook, type Receipt } from '../src/pricing';
import { solveWithIlp } from '../test-support/ilp-oracle';
import { OFFER_FAMILIES } from '../test-support/offer-families';
import { benchFamily, FAMILY_BASKETS, familyTable, type FamilyResult } from './families';
import { anotherBasket, PRICING_DATE, randomStore, scanSequence, type StoreSize } from '../test-support/random-store';

interface SizePlan {
  readonly name: Exclude<StoreSize, 'tiny'>;
  readonly seeds: number;
  /**
   * Other baskets per store priced before its sampled basket is timed. S's re-prices take tens of
   * microseconds, so two baskets of warm-up are over in a fraction of a second, and S is timed
   * first: its p99 (the 4th slowest of 400) jumped between 0.3 and 12 ms from run to run, pauses
   * of about 4 ms that match no collection. With twenty-five baskets (about a second and a half)
   * it was 0.16 ms in two runs.
   *
   * M had two until the engine's heavy scans fell under half a millisecond: then its p99 (the
   * 10th slowest of 1000) was decided by pauses of 4 to 5 ms on scans that otherwise take a tenth
   * of a millisecond, and ranged from 0.49 to 3.96 ms over eight runs. Those pauses came with V8
   * still optimising the engine's functions, or throwing optimised code away for a value or
   * shape the warm-up had not shown it, during the timed scans: 40 to 58 such events there with
   * two baskets, about 20 with eight (`--trace-opt --trace-deopt`), and the pauses the
   * interrupted scans showed (involuntary context switches) grew rarer. With eight, eight runs
   * gave p99 0.45 to 0.76 ms. A till that has priced eight customers on its book is a till early
   * in its day.
   */
  readonly warmBaskets: number;
  /** Full baskets also solved by the MILP solver (it takes seconds on the larger sizes). */
  readonly ilpSamples: number;
  /** Whether the worker's near-miss call is timed (its `hints` columns); true unless false. */
  readonly hints?: boolean;
}

/** `--full`: every size as it was measured for the project README's figures. */
const FULL_PLANS: readonly SizePlan[] = [
  { name: 'S', seeds: 40, warmBaskets: 25, ilpSamples: 20 },
  { name: 'M', seeds: 20, warmBaskets: 8, ilpSamples: 10 },
  { name: 'L', seeds: 8, warmBaskets: 2, ilpSamples: 3 },
  { name: 'XL', seeds: 2, warmBaskets: 2, ilpSamples: 1 },
];

/**
 * The default run: S to L as in the full run (their targets are what the run checks), XL on one
 * store with no warm-up basket (S to L have compiled the engine by then), no MILP comparison and
 * no hints column. XL's thousand re-prices of about 20 ms, each made again for the warm-up and
 * for the hints column, were 60 of the 79 s of processor time XL took (80 of 136 s for the whole
 * run), and its MILP solve most of the full run's seven and a half minutes.
 */
const DEFAULT_PLANS: readonly SizePlan[] = [...FULL_PLANS.slice(0, 3), { name: 'XL', seeds: 1, warmBaskets: 0, ilpSamples: 0, hints: false }];

interface SizeResult {
  readonly name: string;
  readonly units: number;
  readonly offers: number;
  readonly reprices: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /**
   * With --repeat N: each re-price's best time over the N passes, then p50 and p99 over re-prices.
   * The engine's own cost with the scheduler's and the collector's interruptions filtered out.
   */
  readonly bestOfP50Ms?: number;
  readonly bestOfP99Ms?: number;
  readonly maxMs: number;
  /** The wall-clock guard every re-price should finish within. */
  readonly budgetMs: number;
  /** Re-prices that took longer than the guard. */
  readonly overBudget: number;
  readonly provenShare: number;
  /** The near-miss search (the till's worker call) per scan. */
  /** Null when the plan leaves the hints out. */
  readonly hintsP50Ms: number | null;
  readonly hintsP99Ms: number | null;
  readonly vsIlp: number | null;
  readonly ilpSamples: number;
  readonly firstComeGapPct: number;
}

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'back-to-back': { type: 'boolean', default: false },
    families: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});
/** Timed passes over each basket's scans (each with a fresh cache); proven share and savings come from the first. */
const repeat = Math.max(1, Number(values.repeat));
const wanted = values.sizes?.split(',');
const plans = (values.full ? FULL_PLANS : DEFAULT_PLANS).filter((p) => wanted === undefined || wanted.includes(p.name));
/** `--families kata-potter,meal-deals`, `all` or `none`; all of them by default, none when only `--sizes` is given. */
const wantedFamilies = values.families === 'all' ? OFFER_FAMILIES : (values.families?.split(',') ?? (wanted === undefined ? OFFER_FAMILIES : []));
const families = OFFER_FAMILIES.filter((f) => wantedFamilies.includes(f));

/**
 * Between two timed scans: one turn of the event loop, the least a till gives between two scans,
 * where the runtime's scheduled tasks (a young-generation collection among them) run. Nothing
 * with --back-to-back.
 */
const betweenScans: () => Promise<void> | undefined = values['back-to-back'] ? () => undefined : () => new Promise<void>((resolve) => setImmediate(resolve));

function load(seed: number, size: StoreSize): { book: PriceBook; basket: BasketItem[] } {
  const { book, basket } = randomStore(seed, size);
  const valid = validatePriceBook(book);
  if (!valid.ok) throw new Error(`seed ${seed} ${size}: invalid book`);
  return { book: valid.book, basket: scanSequence(basket) };
}

/** The till's options for the scan it waits for (`src/till/use-pricing.ts`). */
const TILL = { nearMisses: false, limits: { clock: () => performance.now() } } as const;

function receipt(book: PriceBook, items: readonly BasketItem[], options: Parameters<typeof priceBasket>[2]): Receipt {
  const result = priceBasket(book, items, { date: PRICING_DATE, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.receipt;
}

/**
 * Prices a few other baskets of each store, scan by scan, on copies of its book: the timings are
 * then of compiled code that has met the store's offers, as in a till that has been open a while,
 * while the sampled basket's context starts cold. The first basket makes every kind of call
 * the bench makes; the others only the till's, the one timed next. The near-miss call (several
 * trial pricings per scan) was three quarters of the warm-up's time on M and L when every basket
 * made it, and what it warms the untimed phase warms again.
 */
function warmUp(plan: SizePlan): void {
  for (let seed = 1; seed <= plan.seeds; seed++) {
    for (let draw = 0; draw < plan.warmBaskets; draw++) {
      const { book } = load(seed, plan.name);
      const basket = scanSequence(anotherBasket(seed, plan.name, draw));
      const context = pricingContext(book);
      const hintContext = pricingContext(book);
      for (let n = 1; n <= basket.length; n++) {
        const scans = basket.slice(0, n);
        receipt(book, scans, { ...TILL, context });
        if (draw > 0) continue;
        if (plan.hints !== false) receipt(book, scans, { context: hintContext, limits: TILL.limits });
        receipt(book, scans, { strategy: 'first-come', nearMisses: false });
      }
    }
  }
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function benchSize(plan: SizePlan): Promise<SizeResult> {
  // Each store's basket and the basket after each of its scans, shared by the timed and untimed
  // phases. Built before the warm-up, as a till loads its book before its first customer: the
  // collections the warm-up meets move them out of the young generation, so the timed scans'
  // collections do not copy a thousand baskets the till never builds.
  const stores = Array.from({ length: plan.seeds }, (_, i) => {
    const { book, basket } = load(i + 1, plan.name);
    return { book, basket, scanned: Array.from({ length: basket.length }, (_, n) => basket.slice(0, n + 1)) };
  });
  warmUp(plan);

  // Timed: the till's call on every scan of every store's basket.
  const times: number[] = [];
  const bests: number[] = [];
  let proven = 0;
  let optimalSavings = 0;
  for (const [s, { book, scanned }] of stores.entries()) {
    const best = scanned.map(() => Number.POSITIVE_INFINITY);
    for (let pass = 0; pass < repeat; pass++) {
      // Each pass starts as cold as the first: a fresh copy of the book and a fresh context (what
      // the engine keeps between pricings of a book).
      const passBook = pass === 0 ? book : load(s + 1, plan.name).book;
      const context = pricingContext(passBook);
      for (const [n, scans] of scanned.entries()) {
        await betweenScans();
        const start = performance.now();
        const r = receipt(passBook, scans, { ...TILL, context });
        const ms = performance.now() - start;
        times.push(ms);
        best[n] = Math.min(best[n]!, ms);
        if (pass > 0) continue;
        if (r.optimal) proven++;
        optimalSavings += r.savings;
      }
    }
    bests.push(...best);
  }

  // Untimed for the scan columns: the worker's near-miss call, first-come, the MILP solver.
  const hintTimes: number[] = [];
  let firstComeSavings = 0;
  let engineMs = 0;
  let ilpMs = 0;
  let sampled = 0;
  for (const [s, { book, basket, scanned }] of stores.entries()) {
    // The worker's calls: near misses on, its own context, the same guard.
    const hintContext = pricingContext(book);
    for (const scans of plan.hints === false ? [] : scanned) {
      await betweenScans();
      const start = performance.now();
      receipt(book, scans, { context: hintContext, limits: TILL.limits });
      hintTimes.push(performance.now() - start);
    }
    for (const scans of scanned) firstComeSavings += receipt(book, scans, { strategy: 'first-come', nearMisses: false }).savings;
    if (s < plan.ilpSamples) {
      // Same instance, both from scratch: the engine with a fresh context, the MILP solver as is.
      const engineStart = performance.now();
      const mine = receipt(book, basket, { nearMisses: false });
      engineMs += performance.now() - engineStart;
      const ilpStart = performance.now();
      const oracle = await solveWithIlp(book, basket, PRICING_DATE);
      ilpMs += performance.now() - ilpStart;
      if (mine.optimal && mine.total !== oracle.total) throw new Error(`${plan.name} seed ${s + 1}: engine ${mine.total} vs MILP ${oracle.total}`);
      sampled++;
    }
  }
  times.sort((a, b) => a - b);
  bests.sort((a, b) => a - b);
  hintTimes.sort((a, b) => a - b);
  const units = stores.reduce((a, x) => a + x.basket.length, 0);
  const offers = stores.reduce((a, x) => a + x.book.offers.length, 0);
  return {
    name: plan.name,
    units: Math.round(units / plan.seeds),
    offers: Math.round(offers / plan.seeds),
    reprices: bests.length,
    p50Ms: round(percentile(times, 0.5)),
    p99Ms: round(percentile(times, 0.99)),
    ...(repeat > 1 ? { bestOfP50Ms: round(percentile(bests, 0.5)), bestOfP99Ms: round(percentile(bests, 0.99)) } : {}),
    maxMs: round(times[times.length - 1] ?? 0),
    budgetMs: DEFAULT_LIMITS.maxMs,
    overBudget: times.filter((t) => t > DEFAULT_LIMITS.maxMs).length,
    provenShare: round(proven / bests.length, 4),
    hintsP50Ms: hintTimes.length > 0 ? round(percentile(hintTimes, 0.5)) : null,
    hintsP99Ms: hintTimes.length > 0 ? round(percentile(hintTimes, 0.99)) : null,
    vsIlp: sampled > 0 && engineMs > 0 ? round(ilpMs / engineMs, 1) : null,
    ilpSamples: sampled,
    firstComeGapPct: optimalSavings > 0 ? round(((optimalSavings - firstComeSavings) / optimalSavings) * 100, 2) : 0,
  };
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

const sizes: SizeResult[] = [];
for (const plan of plans) {
  const result = await benchSize(plan);
  sizes.push(result);
  if (!values.json) process.stdout.write(`${plan.name} done\n`);
}
const familyResults: FamilyResult[] = [];
for (const family of families) {
  familyResults.push(await benchFamily(family, values.full ? FAMILY_BASKETS.full : FAMILY_BASKETS.default, betweenScans));
  if (!values.json) process.stdout.write(`${family} done\n`);
}
const header = ['size', 'units', 'offers', 're-prices', 'p50 ms', 'p99 ms', ...(repeat > 1 ? [`best-of-${repeat} p50`, `best-of-${repeat} p99`] : []), 'max ms', 'over budget', 'proven', 'ILP/engine', 'first-come gap', 'hints p50', 'hints p99'];
const rows = sizes.map((s) => [
  s.name,
  String(s.units),
  String(s.offers),
  String(s.reprices),
  s.p50Ms.toFixed(3),
  s.p99Ms.toFixed(3),
  ...(repeat > 1 ? [s.bestOfP50Ms!.toFixed(3), s.bestOfP99Ms!.toFixed(3)] : []),
  s.maxMs.toFixed(1),
  `${s.overBudget} (${s.budgetMs} ms)`,
  `${(s.provenShare * 100).toFixed(1)}%`,
  s.vsIlp === null ? '-' : `${s.vsIlp}x (${s.ilpSamples})`,
  `${s.firstComeGapPct.toFixed(1)}%`,
  s.hintsP50Ms?.toFixed(3) ?? '-',
  s.hintsP99Ms?.toFixed(3) ?? '-',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
if (familyResults.length > 0) process.stdout.write(`\n${familyTable(familyResults)}`);
const timing = values['back-to-back'] ? 'scans back to back' : 'one event-loop turn between scans';
process.stdout.write(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${timing}\n`);
if (values.json) process.stdout.write(`${JSON.stringify({ node: process.version, backToBack: values['back-to-back'], sizes, families: familyResults })}\n`);
