import type { BasketLine, JsonOffer, JsonOfferCommon, JsonProduct, ThresholdBasis } from './price-book-json';
import { average, DAY_AFTER, DAY_BEFORE, distinctInts, roundTo, spendOn, type RandomStore, type StoreSize } from './random-store-common';
import { basketRng, storeRng, type Rng } from './random-store-rng';

// S, M, L, XL: realistic stores for the benchmark. Every draw below happens in a fixed order: the
// same seed must give the same store, so a reordered call changes every instance after it.

export interface Shape {
  readonly units: number;
  readonly offers: number;
  readonly products: number;
}

export const REALISTIC: Record<Exclude<StoreSize, 'tiny'>, Shape> = {
  S: { units: 10, offers: 5, products: 25 },
  M: { units: 50, offers: 20, products: 100 },
  L: { units: 200, offers: 60, products: 300 },
  XL: { units: 1000, offers: 200, products: 1000 },
};

type Category =
  | 'fruit'
  | 'vegetables'
  | 'dairy'
  | 'cheese'
  | 'bakery'
  | 'meat'
  | 'frozen'
  | 'drinks'
  | 'snacks'
  | 'sandwiches'
  | 'household'
  | 'wine';

/** Unit price range per category in minor units (per kg for weighed products: twice the range). */
const PRICE_RANGE: Record<Category, readonly [number, number]> = {
  fruit: [30, 350],
  vegetables: [25, 300],
  dairy: [60, 450],
  cheese: [150, 650],
  bakery: [50, 350],
  meat: [250, 1200],
  frozen: [100, 600],
  drinks: [40, 300],
  snacks: [50, 250],
  sandwiches: [150, 450],
  household: [80, 900],
  wine: [450, 2500],
};
const CATEGORIES = Object.keys(PRICE_RANGE) as Category[];
const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const WEIGHED_CATEGORIES: ReadonlySet<Category> = new Set(['fruit', 'vegetables', 'meat', 'cheese']);
/** Categories a store runs 3-for-2 on: units sold by the each, bought several at a time. */
const THREE_FOR_TWO_CATEGORIES: readonly Category[] = ['dairy', 'snacks', 'household', 'frozen', 'bakery'];

type Recipe =
  | 'meal-deal'
  | 'drinks-multi-buy'
  | 'three-for-two'
  | 'percent-beside-three-for-two'
  | 'basket-threshold'
  | 'category-threshold'
  | 'multi-buy-sku'
  | 'multi-buy-mixed'
  | 'amount-off'
  | 'percent-off-products'
  | 'percent-off-category'
  | 'cheapest-free-category'
  | 'bundle-pair';

/** The first offers every store runs, then a rotation; a second threshold comes sixth. */
const OPENING: readonly Recipe[] = [
  'meal-deal',
  'drinks-multi-buy',
  'three-for-two',
  'percent-beside-three-for-two',
  'basket-threshold',
  'category-threshold',
];
const ROTATION: readonly Recipe[] = [
  'multi-buy-sku',
  'amount-off',
  'multi-buy-sku',
  'percent-off-products',
  'cheapest-free-category',
  'bundle-pair',
  'multi-buy-mixed',
  'amount-off',
  'percent-off-category',
  'multi-buy-sku',
];

interface StoreProduct extends JsonProduct {
  readonly category: Category;
}

/**
 * Another basket from the store `randomStore(seed, size)` makes: the same products, favouring the
 * same popular ones, drawn with randomness of its own (`draw` picks which). A benchmark warms up
 * on these, as a till has priced other customers on its book before the one being timed.
 */
export function anotherBasket(seed: number, size: Exclude<StoreSize, 'tiny'>, draw: number): BasketLine[] {
  const shape = REALISTIC[size];
  const { products, popular } = realisticShelves(storeRng(seed, size), shape);
  const rng = basketRng(seed, size, draw);
  return realisticBasket(rng, products, popular, shape.units);
}

/** A store's products, and the popular ones its baskets favour. */
function realisticShelves(rng: Rng, shape: Shape): { products: StoreProduct[]; popular: StoreProduct[] } {
  const taken = new Set<number>();
  const order = rng.sample(CATEGORIES, CATEGORIES.length);
  const counters = new Map<Category, number>();
  const products: StoreProduct[] = Array.from({ length: shape.products }, (_, i) => {
    const category = order[i % order.length] as Category;
    const n = (counters.get(category) ?? 0) + 1;
    counters.set(category, n);
    const weighed = WEIGHED_CATEGORIES.has(category) && rng.chance(0.3);
    const [lo, hi] = PRICE_RANGE[category];
    const [price] = weighed ? distinctInts(rng, 1, lo * 2, hi * 2, taken) : distinctInts(rng, 1, lo, hi, taken);
    const sku = `${category.slice(0, 3).toUpperCase()}${String(n).padStart(3, '0')}`;
    const name = `${category[0]?.toUpperCase() ?? ''}${category.slice(1)} ${n}${weighed ? ' (loose)' : ''}`;
    return { sku, name, price: price ?? lo, ...(weighed ? { unit: 'kg' as const } : {}), category };
  });
  const popular = rng.sample(products, Math.max(4, Math.round(products.length * 0.15)));
  return { products, popular };
}

/** A realistic store: its shelves, a basket, then the opening offers and the rotation. */
export function realisticStore(rng: Rng, shape: Shape): RandomStore {
  const { products, popular } = realisticShelves(rng, shape);
  const basket = realisticBasket(rng, products, popular, shape.units);
  const shop = realisticShop(rng, products, popular, basket);
  const offers: JsonOffer[] = [];
  for (let i = 0; i < shape.offers; i++) {
    const recipe = OPENING[i] ?? (ROTATION[(i - OPENING.length) % ROTATION.length] as Recipe);
    const common = realisticCommon(rng, `${recipe}-${i + 1}`, i, i < OPENING.length);
    offers.push(realisticOffer(rng, shop, recipe, common));
  }
  return { book: { currency: 'GBP', products, offers }, basket };
}

/** What a realistic store's offers are drawn from, and the category of its latest 3 for 2. */
interface Shop {
  readonly products: readonly StoreProduct[];
  readonly eachProducts: readonly StoreProduct[];
  readonly bySku: ReadonlyMap<string, JsonProduct>;
  readonly basket: readonly BasketLine[];
  threeForTwo: Category;
  inCategory(category: Category): StoreProduct[];
  /** SKUs from `pool`, popular ones first more often than not, so offers meet baskets. */
  pickFrom(pool: readonly StoreProduct[], k: number): StoreProduct[];
}

function realisticShop(rng: Rng, products: readonly StoreProduct[], popular: readonly StoreProduct[], basket: readonly BasketLine[]): Shop {
  const pickFrom = (pool: readonly StoreProduct[], k: number): StoreProduct[] => {
    const hot = pool.filter((p) => popular.includes(p));
    const first = rng.chance(0.6) ? rng.sample(hot, Math.min(k, hot.length)) : [];
    const rest = rng.sample(
      pool.filter((p) => !first.includes(p)),
      k - first.length,
    );
    return [...first, ...rest];
  };
  return {
    products,
    eachProducts: products.filter((p) => p.unit !== 'kg'),
    bySku: new Map<string, JsonProduct>(products.map((p) => [p.sku, p])),
    basket,
    threeForTwo: 'dairy',
    inCategory: (category) => products.filter((p) => p.category === category && p.unit !== 'kg'),
    pickFrom,
  };
}

const avg = (pool: readonly JsonProduct[]) => average(pool.map((p) => p.price), 200);
const skus = (pool: readonly JsonProduct[]) => pool.map((p) => p.sku);

/** The offer a recipe makes. */
function realisticOffer(rng: Rng, shop: Shop, recipe: Recipe, common: JsonOfferCommon): JsonOffer {
  if (recipe === 'three-for-two' || recipe === 'cheapest-free-category') return threeForTwoOffer(rng, shop, common);
  return OPENING.includes(recipe) ? openingOffer(rng, shop, recipe, common) : rotationOffer(rng, shop, recipe, common);
}

/** A 3 for 2 on one of the categories bought several at a time; the store remembers which. */
function threeForTwoOffer(rng: Rng, shop: Shop, common: JsonOfferCommon): JsonOffer {
  shop.threeForTwo = rng.pick(THREE_FOR_TWO_CATEGORIES);
  return { ...common, kind: 'cheapest-free', label: `3 for 2 on ${shop.threeForTwo}`, categories: [shop.threeForTwo], buy: 3, free: 1 };
}

/** The offers every store runs: meal deal, drinks, 3 for 2 and a percent-off beside it, two thresholds. */
function openingOffer(rng: Rng, shop: Shop, recipe: Recipe, common: JsonOfferCommon): JsonOffer {
  switch (recipe) {
    case 'meal-deal': {
      const slots: Category[] = ['sandwiches', 'snacks', 'drinks'];
      const price = roundTo(slots.reduce((sum, c) => sum + avg(shop.inCategory(c)), 0) * 0.7, 5);
      return { ...common, kind: 'bundle', label: 'Meal deal', slots: slots.map((c) => ({ categories: [c] })), price };
    }
    case 'drinks-multi-buy': {
      const pool = shop.pickFrom(shop.inCategory('drinks'), rng.int(3, 6));
      const quantity = rng.int(2, 3);
      return { ...common, kind: 'multi-buy', products: skus(pool), quantity, price: roundTo(avg(pool) * quantity * 0.75, 5) };
    }
    case 'percent-beside-three-for-two': {
      const pool = shop.pickFrom(shop.inCategory(shop.threeForTwo), rng.int(2, 4));
      return { ...common, kind: 'percent-off', products: skus(pool), percent: rng.pick([20, 25, 33]) };
    }
    case 'basket-threshold': {
      const spend = spendOn(shop.bySku, shop.basket, {});
      const threshold = roundTo(spend * rng.float(0.6, 1.0), 100);
      return { ...common, kind: 'spend-threshold', threshold, amount: roundTo(threshold * 0.1, 50), basis: 'after-offers' };
    }
    case 'category-threshold': {
      const category = rng.pick<Category>(['wine', 'household', 'meat']);
      const spend = spendOn(shop.bySku, shop.basket, { categories: [category] });
      const threshold = spend > 0 ? roundTo(spend * rng.float(0.5, 1.1), 100) : 2000;
      return { ...common, kind: 'spend-threshold', categories: [category], threshold, percent: 10, basis: rng.pick<ThresholdBasis>(['before-offers', 'full-price-only']) };
    }
    default:
      throw new Error(`not an opening offer: ${recipe}`);
  }
}

/** The offers that rotate after the opening ones: multi-buys, money and percent off, 3 for 2, pairs. */
function rotationOffer(rng: Rng, shop: Shop, recipe: Recipe, common: JsonOfferCommon): JsonOffer {
  switch (recipe) {
    case 'multi-buy-sku': {
      const [product] = shop.pickFrom(shop.eachProducts, 1);
      const quantity = rng.int(2, 3);
      const price = Math.max(1, Math.round((product?.price ?? 100) * quantity * rng.float(0.6, 0.9)));
      return { ...common, kind: 'multi-buy', products: skus(product ? [product] : []), quantity, price };
    }
    case 'multi-buy-mixed': {
      const category = rng.pick(CATEGORIES);
      const pool = shop.pickFrom(shop.inCategory(category), rng.int(3, 5));
      const price = roundTo(avg(pool) * 3 * rng.float(0.6, 0.85), 5);
      return { ...common, kind: 'multi-buy', label: `Any 3 for ${GBP.format(price / 100)}`, products: skus(pool), quantity: 3, price };
    }
    case 'amount-off': {
      const [product] = shop.pickFrom(shop.products, 1);
      return { ...common, kind: 'amount-off', products: skus(product ? [product] : []), amount: Math.max(1, Math.round((product?.price ?? 100) * rng.float(0.1, 0.4))) };
    }
    case 'percent-off-products':
      return { ...common, kind: 'percent-off', products: skus(shop.pickFrom(shop.products, rng.int(1, 3))), percent: rng.pick([10, 20, 25, 33, 50]) };
    case 'percent-off-category':
      return { ...common, kind: 'percent-off', categories: [rng.pick(CATEGORIES)], percent: rng.pick([10, 15]) };
    case 'bundle-pair': {
      const [a, b] = shop.pickFrom(shop.eachProducts, 2);
      const pair = [a, b].filter((p): p is StoreProduct => p !== undefined);
      const price = Math.max(1, Math.round(pair.reduce((s, p) => s + p.price, 0) * rng.float(0.7, 0.9)));
      return { ...common, kind: 'bundle', slots: pair.map((p) => ({ products: [p.sku] })), price };
    }
    default:
      throw new Error(`not a rotating offer: ${recipe}`);
  }
}

/** Priority and sometimes a limit or a validity window; `steady` offers (the opening ones) are always valid. */
function realisticCommon(rng: Rng, id: string, index: number, steady: boolean): JsonOfferCommon {
  const roll = steady ? 1 : rng.next();
  // A few offers out of their window, as in any live price book.
  const validity =
    roll < 0.04
      ? { validFrom: '2026-05-01', validUntil: DAY_BEFORE }
      : roll < 0.08
        ? { validFrom: DAY_AFTER, validUntil: '2026-07-15' }
        : roll < 0.2
          ? { validFrom: '2026-06-01', validUntil: '2026-06-30' }
          : {};
  return {
    id,
    priority: index % 7,
    ...(rng.chance(0.1) ? { limit: rng.int(1, 3) } : {}),
    ...validity,
  };
}

/** Exactly `units` units (a weighed line is one), popular SKUs often and several at a time. */
function realisticBasket(rng: Rng, products: readonly StoreProduct[], popular: readonly StoreProduct[], units: number): BasketLine[] {
  const basket: BasketLine[] = [];
  for (let count = 0; count < units; ) {
    const hot = rng.chance(0.55);
    const product = hot ? rng.pick(popular) : rng.pick(products);
    if (product.unit === 'kg') {
      basket.push({ sku: product.sku, grams: rng.int(150, 1500) });
      count += 1;
    } else if (rng.chance(0.03)) {
      basket.push({ sku: product.sku, reducedPrice: Math.max(1, Math.min(product.price - 1, Math.round(product.price * rng.float(0.3, 0.75)))) });
      count += 1;
    } else {
      const quantity = Math.min(units - count, hot ? rng.int(1, 4) : rng.chance(0.8) ? 1 : 2);
      basket.push(quantity === 1 ? { sku: product.sku } : { sku: product.sku, quantity });
      count += quantity;
    }
  }
  return basket;
}
