/**
 * `npx tsx bench/family-steps.ts <family> <first seed> <last seed> [out.json] [reps]`: every scan of
 * the family's baskets for those seeds priced with the step budget alone (no clock), one pricing
 * context per basket as the till; prints the re-prices over 50,000 steps or unproven and the step
 * quantiles, and writes [seed, scan, total, proven, steps] per re-price to `out.json` if given
 * (`-` for none). With `reps`, each basket is priced that many times (a fresh context each time)
 * and each re-price's fastest wall time is kept: on a shared machine the least of a few runs is
 * nearer the engine's own time than any one run. For the family seeds `bench/snapshot.ts` does
 * not price (it takes 1 to 16).
 */
import { writeFileSync } from 'node:fs';
import { priceBasket, pricingContext, validatePriceBook } from '../src/pricing';
import { OFFER_FAMILIES, familyStore, type OfferFamily } from '../test-support/offer-families';
import { PRICING_DATE } from '../test-support/random-store';

const [family, first, last, out, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 1);
if (!OFFER_FAMILIES.includes(family as OfferFamily) || !Number.isInteger(Number(first)) || !Number.isInteger(Number(last)) || !(reps >= 1)) {
  throw new Error(`usage: family-steps.ts <${OFFER_FAMILIES.join('|')}> <first seed> <last seed> [out.json|-] [reps]`);
}
const rows: Array<[seed: number, scan: number, total: number, proven: boolean, steps: number]> = [];
const fastest: number[] = [];
for (let seed = Number(first); seed <= Number(last); seed++) {
  const store = familyStore(family as OfferFamily, seed);
  const valid = validatePriceBook(store.book);
  if (!valid.ok) throw new Error(`seed ${seed}: invalid book`);
  const from = rows.length;
  for (let rep = 0; rep < reps; rep++) {
    const context = pricingContext(valid.book);
    for (let n = 1; n <= store.basket.length; n++) {
      const start = performance.now();
      const r = priceBasket(valid.book, store.basket.slice(0, n), { date: PRICING_DATE, nearMisses: false, context, limits: { clock: undefined } });
      const ms = performance.now() - start;
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      const at = from + n - 1;
      fastest[at] = Math.min(fastest[at] ?? Number.POSITIVE_INFINITY, ms);
      if (rep > 0) continue;
      const { total, optimal, steps } = r.receipt;
      rows.push([seed, n, total, optimal, steps]);
      if (steps > 50_000 || !optimal) console.log(`seed ${seed} scan ${n}: ${steps} steps, total ${total}${optimal ? '' : ', unproven'}`);
    }
  }
}
const quantiles = (values: number[], digits: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(digits);
  return `p50 ${at(0.5)}, p90 ${at(0.9)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${sorted.at(-1)!.toFixed(digits)}`;
};
const steps = rows.map((r) => r[4]);
const unproven = rows.filter((r) => !r[3]).length;
console.log(`${rows.length} re-prices, ${unproven} unproven; steps ${quantiles(steps, 0)}, sum ${steps.reduce((a, b) => a + b, 0)}`);
if (reps > 1) {
  const slowest = fastest.map((ms, i) => [ms, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
  const names = slowest.map(([ms, i]) => `seed ${rows[i]![0]} scan ${rows[i]![1]} ${ms.toFixed(1)} ms, ${rows[i]![4]} steps`).join('; ');
  console.log(`fastest of ${reps} runs, ms: ${quantiles(fastest, 2)}; over 16 ms: ${fastest.filter((ms) => ms > 16).length}; slowest: ${names}`);
}
if (out !== undefined && out !== '-') writeFileSync(out, JSON.stringify(rows));
