/**
 * `npx tsx bench/family-steps.ts <family> <first seed> <last seed> [out.json]`: every scan of the
 * family's baskets for those seeds priced with the step budget alone (no clock), one pricing
 * context per basket as the till; prints the re-prices over 50,000 steps or unproven and the step
 * quantiles, and writes [seed, scan, total, proven, steps] per re-price to `out.json` if given.
 * For the family seeds `bench/snapshot.ts` does not price (it takes 1 to 16).
 */
import { writeFileSync } from 'node:fs';
import { priceBasket, pricingContext, validatePriceBook } from '../src/pricing';
import { OFFER_FAMILIES, familyStore, type OfferFamily } from '../test-support/offer-families';
import { PRICING_DATE } from '../test-support/random-store';

const [family, first, last, out] = process.argv.slice(2);
if (!OFFER_FAMILIES.includes(family as OfferFamily) || !Number.isInteger(Number(first)) || !Number.isInteger(Number(last))) {
  throw new Error(`usage: family-steps.ts <${OFFER_FAMILIES.join('|')}> <first seed> <last seed> [out.json]`);
}
const rows: Array<[seed: number, scan: number, total: number, proven: boolean, steps: number]> = [];
for (let seed = Number(first); seed <= Number(last); seed++) {
  const store = familyStore(family as OfferFamily, seed);
  const valid = validatePriceBook(store.book);
  if (!valid.ok) throw new Error(`seed ${seed}: invalid book`);
  const context = pricingContext(valid.book);
  for (let n = 1; n <= store.basket.length; n++) {
    const r = priceBasket(valid.book, store.basket.slice(0, n), { date: PRICING_DATE, nearMisses: false, context, limits: { clock: undefined } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { total, optimal, steps } = r.receipt;
    rows.push([seed, n, total, optimal, steps]);
    if (steps > 50_000 || !optimal) console.log(`seed ${seed} scan ${n}: ${steps} steps, total ${total}${optimal ? '' : ', unproven'}`);
  }
}
const steps = rows.map((r) => r[4]).sort((a, b) => a - b);
const at = (q: number) => steps[Math.min(steps.length - 1, Math.floor(q * steps.length))];
const unproven = rows.filter((r) => !r[3]).length;
console.log(`${rows.length} re-prices, ${unproven} unproven; steps p50 ${at(0.5)}, p90 ${at(0.9)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${steps.at(-1)}, sum ${steps.reduce((a, b) => a + b, 0)}`);
if (out !== undefined) writeFileSync(out, JSON.stringify(rows));
