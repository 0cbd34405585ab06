import type { BasketLine, JsonBundleSlot, JsonOffer, JsonProduct, JsonSpendThresholdOffer } from './price-book-json';
import { createRng, type RandomStore, type Rng } from './random-store';

/**
 * Offer sets the random stores never draw, each with a known shape that makes optimal pricing
 * hard: many bundles competing for the same units.
 *
 * | family | products | offers | basket units |
 * |---|---|---|---|
 * | `kata-potter` | 5 titles at one price | a bundle for every set of 2-5 different titles, 5/10/20/25% off | 6-40 |
 * | `kata-potter-threshold` | the same | the same, and money off when the spend after offers reaches a threshold | 6-40 |
 * | `meal-deals` | 5 categories, 15-20 products | 8 overlapping bundles of 2-4 slots, a 3-for-2, a 2-for, a 20% off, a spend threshold | 8-40 |
 * | `leetcode-638` | 6 products | 14 bundles whose slots each take 1-3 units of one product | 6-30 |
 *
 * Seeded: the same family and seed always give the same store. The numbers are drawn, not copied
 * from the katas.
 */
export type OfferFamily = 'kata-potter' | 'kata-potter-threshold' | 'meal-deals' | 'leetcode-638';

/** Every family, in the order the benchmark reports them. */
export const OFFER_FAMILIES: readonly OfferFamily[] = ['kata-potter', 'kata-potter-threshold', 'meal-deals', 'leetcode-638'];

/** A store of the given family, and a basket in scan order (one line per unit). */
export function familyStore(family: OfferFamily, seed: number): RandomStore {
  const rng = createRng(Math.imul(seed >>> 0, 0x27d4eb2d) ^ FAMILY_SALT[family]);
  switch (family) {
    case 'kata-potter':
      return kataPotter(rng, false);
    case 'kata-potter-threshold':
      return kataPotter(rng, true);
    case 'meal-deals':
      return mealDeals(rng);
    case 'leetcode-638':
      return leetcode638(rng);
  }
}

const FAMILY_SALT: Record<OfferFamily, number> = { 'kata-potter': 0x6b47, 'kata-potter-threshold': 0x1f83, 'meal-deals': 0x4d2a, 'leetcode-638': 0x638 };

/** Kata Potter's discounts by the number of different titles in a set. */
const KATA_PERCENT: Readonly<Record<number, number>> = { 2: 5, 3: 10, 4: 20, 5: 25 };

/** Every subset of `0..n-1` with at least `min` members, as sorted index lists. */
function subsets(n: number, min: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = Array.from({ length: n }, (_, i) => i).filter((i) => (mask >> i) & 1);
    if (members.length >= min) out.push(members);
  }
  return out;
}

/** Units drawn over the products with uneven weights, so that some titles run short. */
function drawBasket(rng: Rng, skus: readonly string[], units: number): BasketLine[] {
  const weights = skus.map(() => rng.float(0.3, 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const basket: BasketLine[] = [];
  for (let i = 0; i < units; i++) {
    let roll = rng.next() * sum;
    let k = 0;
    while (k < skus.length - 1 && roll >= weights[k]!) roll -= weights[k++]!;
    basket.push({ sku: skus[k]! });
  }
  return basket;
}

function kataPotter(rng: Rng, withThreshold: boolean): RandomStore {
  // A price divisible by 20 keeps every set's 5% exact in minor units.
  const price = 20 * rng.int(25, 60);
  const products: JsonProduct[] = Array.from({ length: 5 }, (_, i) => ({ sku: `T${i}`, name: `Title ${i}`, price, category: 'books' }));
  const offers: JsonOffer[] = subsets(5, 2).map((set) => ({
    id: `set-${set.join('')}`,
    kind: 'bundle',
    slots: set.map((i) => ({ products: [`T${i}`] })),
    price: (set.length * price * (100 - KATA_PERCENT[set.length]!)) / 100,
  }));
  if (withThreshold) {
    // About twelve books' worth, so that the threshold bites somewhere in a 6-40 book basket.
    const threshold = 500 * Math.round((price * rng.int(8, 16)) / 500);
    const reward: JsonSpendThresholdOffer = {
      id: 'spend',
      kind: 'spend-threshold',
      threshold,
      amount: 100 * Math.round(threshold / 100 / rng.int(5, 9)),
      basis: rng.chance(0.75) ? 'after-offers' : 'full-price-only',
    };
    offers.push(reward);
  }
  const basket = drawBasket(
    rng,
    products.map((p) => p.sku),
    rng.int(6, 40),
  );
  return { book: { currency: 'EUR', products, offers }, basket };
}

const MEAL_CATEGORIES = ['mains', 'snacks', 'drinks', 'sweets', 'fruit'] as const;

function mealDeals(rng: Rng): RandomStore {
  const products: JsonProduct[] = [];
  const taken = new Set<number>();
  for (const category of MEAL_CATEGORIES) {
    const count = rng.int(3, 4);
    for (let i = 0; i < count; i++) {
      let price = rng.int(60, 450);
      while (taken.has(price)) price += 1;
      taken.add(price);
      products.push({ sku: `${category.slice(0, 2).toUpperCase()}${i}`, name: `${category} ${i}`, price, category });
    }
  }
  const skusOf = (category: string) => products.filter((p) => p.category === category).map((p) => p.sku);
  const priceOf = (sku: string) => products.find((p) => p.sku === sku)!.price;
  const slotPrice = (slot: JsonBundleSlot): number => {
    const skus = [...(slot.products ?? []), ...(slot.categories ?? []).flatMap(skusOf)];
    return ((slot.quantity ?? 1) * skus.reduce((a, s) => a + priceOf(s), 0)) / skus.length;
  };
  const offers: JsonOffer[] = [];
  for (let b = 0; b < 8; b++) {
    const categories = rng.sample(MEAL_CATEGORIES, rng.int(2, 4));
    const slots: JsonBundleSlot[] = categories.map((category) =>
      rng.chance(0.6) ? { categories: [category] } : { products: rng.sample(skusOf(category), rng.int(1, 2)) },
    );
    const reference = slots.reduce((a, s) => a + slotPrice(s), 0);
    offers.push({ id: `meal-${b}`, kind: 'bundle', slots, price: Math.max(1, Math.round(reference * rng.float(0.6, 0.85))) });
  }
  const [three, two, percent] = rng.sample(MEAL_CATEGORIES, 3);
  offers.push({ id: '3for2', kind: 'cheapest-free', categories: [three!], buy: 3, free: 1 });
  const twoSkus = rng.sample(skusOf(two!), 2);
  const twoPrice = Math.round(twoSkus.reduce((a, s) => a + priceOf(s), 0) * rng.float(0.7, 0.9));
  offers.push({ id: '2for', kind: 'multi-buy', products: twoSkus, quantity: 2, price: twoPrice });
  offers.push({ id: '20pc', kind: 'percent-off', categories: [percent!], percent: 20 });
  offers.push({
    id: 'spend',
    kind: 'spend-threshold',
    threshold: 100 * rng.int(15, 40),
    amount: 50 * rng.int(4, 10),
    basis: rng.pick(['after-offers', 'before-offers', 'full-price-only'] as const),
  });
  const basket = drawBasket(
    rng,
    products.map((p) => p.sku),
    rng.int(8, 40),
  );
  return { book: { currency: 'GBP', products, offers }, basket };
}

function leetcode638(rng: Rng): RandomStore {
  const taken = new Set<number>();
  const products: JsonProduct[] = Array.from({ length: 6 }, (_, i) => {
    let price = rng.int(100, 1000);
    while (taken.has(price)) price += 1;
    taken.add(price);
    return { sku: `P${i}`, name: `Product ${i}`, price };
  });
  const offers: JsonOffer[] = [];
  for (let b = 0; b < 14; b++) {
    const picked = rng.sample(products, rng.int(1, 4));
    const slots: JsonBundleSlot[] = picked.map((p) => {
      const quantity = rng.int(1, 3);
      return quantity === 1 ? { products: [p.sku] } : { products: [p.sku], quantity };
    });
    // A single one-unit slot would be a plain reduction: give it two units at least.
    if (slots.length === 1 && (slots[0]!.quantity ?? 1) === 1) slots[0] = { ...slots[0]!, quantity: 2 };
    const full = slots.reduce((a, s, i) => a + picked[i]!.price * (s.quantity ?? 1), 0);
    offers.push({ id: `special-${b}`, kind: 'bundle', slots, price: Math.max(1, Math.round(full * rng.float(0.55, 0.95))) });
  }
  const basket = drawBasket(
    rng,
    products.map((p) => p.sku),
    rng.int(6, 30),
  );
  return { book: { currency: 'USD', products, offers }, basket };
}
