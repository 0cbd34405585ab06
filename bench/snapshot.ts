/**
 * `npx tsx bench/snapshot.ts [out.json]`: every scan of the S, M and L random stores' baskets and
 * of 16 baskets per offer family priced with the step budget alone (no clock), one pricing context per
 * basket as the till; writes total, proven and steps per re-price, for comparing an engine change
 * with `npx tsx bench/snapshot.ts --compare before.json after.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { priceBasket, pricingContext, validatePriceBook } from '../src/pricing';
import { OFFER_FAMILIES, familyStore } from '../test-support/offer-families';
import { PRICING_DATE, randomStore, scanSequence, type RandomStore } from '../test-support/random-store';

type Row = [total: number, proven: boolean, steps: number];

function priceAll(store: RandomStore, basket: RandomStore['basket']): Row[] {
  const valid = validatePriceBook(store.book);
  if (!valid.ok) throw new Error('invalid book');
  const context = pricingContext(valid.book);
  const rows: Row[] = [];
  for (let n = 1; n <= basket.length; n++) {
    const r = priceBasket(valid.book, basket.slice(0, n), { date: PRICING_DATE, nearMisses: false, context, limits: { clock: undefined } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    rows.push([r.receipt.total, r.receipt.optimal, r.receipt.steps]);
  }
  return rows;
}

function snapshot(): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  const seeds = { S: 40, M: 20, L: 8 } as const;
  for (const size of ['S', 'M', 'L'] as const) {
    for (let seed = 1; seed <= seeds[size]; seed++) {
      const store = randomStore(seed, size);
      out[`${size}/${seed}`] = priceAll(store, scanSequence(store.basket));
    }
  }
  for (const family of OFFER_FAMILIES) {
    for (let seed = 1; seed <= 16; seed++) {
      const store = familyStore(family, seed);
      out[`${family}/${seed}`] = priceAll(store, store.basket);
    }
  }
  return out;
}

function compare(before: Record<string, Row[]>, after: Record<string, Row[]>): void {
  let differences = 0;
  let newlyProven = 0;
  for (const key of Object.keys(before)) {
    const a = before[key]!;
    const b = after[key]!;
    a.forEach(([total, proven], i) => {
      const [t2, p2] = b[i]!;
      if (total === t2 && proven === p2) return;
      if (!proven && p2 && t2 <= total) {
        newlyProven++;
        console.log(`${key} scan ${i + 1}: now proven, ${total} -> ${t2}`);
        return;
      }
      differences++;
      console.log(`${key} scan ${i + 1}: ${total}${proven ? ' proven' : ''} -> ${t2}${p2 ? ' proven' : ''}`);
    });
  }
  for (const group of ['S', 'M', 'L', ...OFFER_FAMILIES]) {
    const steps = (snap: Record<string, Row[]>) => Object.entries(snap).filter(([k]) => k.split('/')[0] === group).flatMap(([, rows]) => rows.map((r) => r[2])).sort((x, y) => x - y);
    const s1 = steps(before);
    const s2 = steps(after);
    const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    const sum = (s: number[]) => s.reduce((a, b) => a + b, 0);
    console.log(`${group}: steps p50 ${pct(s1, 0.5)} -> ${pct(s2, 0.5)}, p99 ${pct(s1, 0.99)} -> ${pct(s2, 0.99)}, max ${s1.at(-1)} -> ${s2.at(-1)}, sum ${sum(s1)} -> ${sum(s2)}`);
  }
  console.log(`${differences} differences, ${newlyProven} newly proven`);
}

const args = process.argv.slice(2);
if (args[0] === '--compare') compare(JSON.parse(readFileSync(args[1]!, 'utf8')), JSON.parse(readFileSync(args[2]!, 'utf8')));
else writeFileSync(args[0] ?? 'snapshot.json', JSON.stringify(snapshot()));
