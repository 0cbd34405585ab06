import {
  OFFER_KINDS,
  type BasketLine,
  type JsonBundleSlot,
  type JsonOffer,
  type JsonOfferCommon,
  type JsonPriceBook,
  type JsonProduct,
  type JsonSpendThresholdOffer,
  type JsonTargets,
  type ThresholdBasis,
} from './price-book-json';

export type * from './price-book-json';

/**
 * How big a store to make. `'tiny'` instances are small enough for the exact oracle; the lettered
 * sizes are realistic stores for the benchmark:
 *
 * | size | basket units | offers | products |
 * |------|--------------|--------|----------|
 * | tiny | 2-12         | 1-5    | 3-8      |
 * | S    | 10           | 5      | 25       |
 * | M    | 50           | 20     | 100      |
 * | L    | 200          | 60     | 300      |
 * | XL   | 1000         | 200    | 1000     |
 */
export type StoreSize = 'tiny' | 'S' | 'M' | 'L' | 'XL';

/** A generated store: a plain JSON price book and a basket in scan order. */
export interface RandomStore {
  readonly book: JsonPriceBook;
  /** Lines in scan order (a fresh array each call: the caller may hand it on freely). */
  readonly basket: BasketLine[];
}

/**
 * The pricing date the generated validity windows are drawn around: some offers expire the day
 * before, some start the day after, some start or end on it (the bounds are inclusive).
 */
export const PRICING_DATE = '2026-06-15';

/** A deterministic source of randomness. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** A float in [lo, hi). */
  float(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element; throws on an empty list (a programmer error). */
  pick<T>(items: readonly T[]): T;
  /** `k` distinct elements (all of them when fewer), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An {@link Rng} seeded by an integer: the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, Math.max(0, k));
  };
  return {
    next,
    int,
    float: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick,
    sample,
  };
}

/**
 * Makes a store and basket from a seed. Deterministic: the same seed and size give the same
 * output. Money is integer minor units; distinct SKUs have distinct prices, so a saving shared
 * in proportion to full prices never ties between units of different products at equal price.
 */
export function randomStore(seed: number, size: StoreSize): RandomStore {
  const rng = storeRng(seed, size);
  return size === 'tiny' ? tinyStore(rng) : realisticStore(rng, REALISTIC[size]);
}

/**
 * Expands a basket into single scans in order: a line of `quantity` n becomes n lines of one
 * unit (keeping its reduced price); a weighed line is already one scan.
 */
export function scanSequence(basket: readonly BasketLine[]): BasketLine[] {
  return basket.flatMap((line) => {
    const { quantity, ...one } = line;
    return Array.from({ length: quantity ?? 1 }, () => ({ ...one }));
  });
}

/** Full price of a basket line in minor units: weighed lines rounded half up once per line. */
export function linePrice(product: JsonProduct, line: BasketLine): number {
  if (product.unit === 'kg') return roundHalfUp(product.price * (line.grams ?? 0), 1000);
  return product.price * (line.quantity ?? 1);
}

const SIZE_SALT: Record<StoreSize, number> = { tiny: 0x1a2b3c, S: 0x5a17, M: 0x3e11, L: 0x7c3d, XL: 0x2f9b };

function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

function roundTo(amount: number, step: number): number {
  return Math.max(step, Math.round(amount / step) * step);
}

/**
 * Draws `count` integers in [lo, hi] not yet in `taken` (and adds them). When the range runs
 * short, which a big catalogue does in its cheap categories, it takes the next free value above.
 */
function distinctInts(rng: Rng, count: number, lo: number, hi: number, taken = new Set<number>()): number[] {
  const out: number[] = [];
  while (out.length < count) {
    let v = rng.int(lo, hi);
    for (let tries = 0; taken.has(v) && tries < 8; tries++) v = rng.int(lo, hi);
    while (taken.has(v)) v += 1;
    taken.add(v);
    out.push(v);
  }
  return out;
}

const matches = (targets: JsonTargets, product: JsonProduct): boolean =>
  (targets.products?.includes(product.sku) ?? false) ||
  (product.category !== undefined && (targets.categories?.includes(product.category) ?? false));

const average = (values: readonly number[], fallback: number): number =>
  values.length === 0 ? fallback : values.reduce((a, b) => a + b, 0) / values.length;

/** Full price of the basket's units matching `targets` (the whole basket when it names nothing). */
function spendOn(products: ReadonlyMap<string, JsonProduct>, basket: readonly BasketLine[], targets: JsonTargets): number {
  const whole = targets.products === undefined && targets.categories === undefined;
  return basket.reduce((sum, line) => {
    const product = products.get(line.sku);
    if (product === undefined || !(whole || matches(targets, product))) return sum;
    return sum + linePrice(product, line);
  }, 0);
}

// ---------------------------------------------------------------------------------------------
// tiny: for the oracle

const TINY_CATEGORIES = ['fruit', 'dairy', 'bakery', 'drinks'] as const;
const DAY_BEFORE = '2026-06-14';
const DAY_AFTER = '2026-06-16';

function tinyStore(rng: Rng): RandomStore {
  const prices = distinctInts(rng, rng.int(3, 8), 20, 600);
  const products: JsonProduct[] = prices.map((price, i) => {
    const sku = String.fromCharCode(65 + i);
    const weighed = rng.chance(0.2);
    const category = rng.chance(0.85) ? rng.pick(TINY_CATEGORIES) : undefined;
    return {
      sku,
      name: `Product ${sku}`,
      price,
      ...(weighed ? { unit: 'kg' as const } : rng.chance(0.3) ? { unit: 'each' as const } : {}),
      ...(category === undefined ? {} : { category }),
    };
  });
  const bySku = new Map(products.map((p) => [p.sku, p]));

  const units = rng.int(2, 12);
  const favourites = rng.sample(products, 3);
  const basket: BasketLine[] = [];
  for (let count = 0; count < units; ) {
    const product = rng.chance(0.6) ? rng.pick(favourites) : rng.pick(products);
    if (product.unit === 'kg') {
      const grams = rng.int(50, 1500);
      const full = roundHalfUp(product.price * grams, 1000);
      const reduced = full >= 2 && rng.chance(0.1) ? { reducedPrice: rng.int(1, full - 1) } : {};
      basket.push({ sku: product.sku, grams, ...reduced });
      count += 1;
    } else if (product.price >= 2 && rng.chance(0.12)) {
      const quantity = rng.int(1, Math.min(2, units - count));
      const reducedPrice = rng.int(Math.max(1, Math.floor(product.price * 0.3)), product.price - 1);
      basket.push({ sku: product.sku, ...(quantity > 1 ? { quantity } : {}), reducedPrice });
      count += quantity;
    } else {
      const quantity = rng.int(1, Math.min(3, units - count));
      basket.push(quantity === 1 && rng.chance(0.5) ? { sku: product.sku } : { sku: product.sku, quantity });
      count += quantity;
    }
  }

  const inBasket = products.filter((p) => basket.some((l) => l.sku === p.sku));
  const categories = [...new Set(products.flatMap((p) => (p.category === undefined ? [] : [p.category])))];
  const pickSkus = (k: number, eachOnly: boolean): string[] => {
    const fromBasket = inBasket.filter((p) => !eachOnly || p.unit !== 'kg');
    const pool = fromBasket.length > 0 && rng.chance(0.8) ? fromBasket : products;
    return rng.sample(pool, k).map((p) => p.sku);
  };
  const pickTargets = (eachOnly: boolean): JsonTargets => {
    const roll = rng.next();
    if (categories.length === 0 || roll < 0.55) return { products: pickSkus(rng.int(1, 3), eachOnly) };
    if (roll < 0.9) return { categories: [rng.pick(categories)] };
    return { products: pickSkus(1, eachOnly), categories: [rng.pick(categories)] };
  };
  const eachPrices = (targets: JsonTargets) =>
    products.filter((p) => p.unit !== 'kg' && matches(targets, p)).map((p) => p.price);

  const offers: JsonOffer[] = [];
  const count = rng.int(1, 5);
  for (let i = 1; i <= count; i++) {
    const common = tinyCommon(rng, `o${i}`);
    const kind = rng.pick(OFFER_KINDS);
    switch (kind) {
      case 'multi-buy': {
        const targets = rng.chance(0.5) ? { products: pickSkus(1, true) } : pickTargets(true);
        const quantity = rng.int(2, 4);
        const price = Math.max(1, Math.floor(average(eachPrices(targets), 100) * quantity * rng.float(0.55, 0.95)));
        offers.push({ ...common, kind, ...targets, quantity, price });
        break;
      }
      case 'bundle': {
        const slots: JsonBundleSlot[] = Array.from({ length: rng.int(2, 3) }, () => {
          const targets =
            categories.length > 0 && rng.chance(0.4) ? { categories: [rng.pick(categories)] } : { products: pickSkus(1, true) };
          const quantity = rng.chance(0.7) ? 1 : 2;
          return { ...targets, ...(quantity > 1 || rng.chance(0.5) ? { quantity } : {}) };
        });
        const reference = slots.reduce((sum, s) => sum + average(eachPrices(s), 100) * (s.quantity ?? 1), 0);
        offers.push({ ...common, kind, slots, price: Math.max(1, Math.floor(reference * rng.float(0.5, 0.9))) });
        break;
      }
      case 'cheapest-free': {
        const buy = rng.int(2, 4);
        offers.push({ ...common, kind, ...pickTargets(true), buy, free: rng.int(1, Math.min(2, buy - 1)) });
        break;
      }
      case 'percent-off':
        offers.push({ ...common, kind, ...pickTargets(false), percent: rng.pick([5, 10, 15, 20, 25, 30, 33, 45, 50, 75, 100]) });
        break;
      case 'amount-off':
        offers.push({ ...common, kind, ...pickTargets(false), amount: rng.int(5, 150) });
        break;
      case 'spend-threshold':
        offers.push(tinyThreshold(rng, common, bySku, basket, rng.chance(0.6) ? {} : pickTargets(false)));
        break;
    }
  }
  return { book: { currency: 'GBP', products, offers }, basket };
}

function tinyCommon(rng: Rng, id: string): JsonOfferCommon {
  const validity = rng.chance(0.35)
    ? rng.pick<Pick<JsonOfferCommon, 'validFrom' | 'validUntil'>>([
        { validUntil: DAY_BEFORE },
        { validFrom: '2026-05-01', validUntil: '2026-06-10' },
        { validFrom: DAY_AFTER },
        { validFrom: PRICING_DATE },
        { validUntil: PRICING_DATE },
        { validFrom: '2026-06-01', validUntil: '2026-06-30' },
      ])
    : {};
  return {
    id,
    ...(rng.chance(0.4) ? { label: `Offer ${id}` } : {}),
    ...(rng.chance(0.3) ? { priority: rng.int(0, 5) } : {}),
    ...(rng.chance(0.2) ? { limit: rng.int(1, 2) } : {}),
    ...validity,
  };
}

/**
 * A threshold drawn between 50% and 110% of the eligible full-price spend, so that item offers
 * often decide whether it is reached.
 */
function tinyThreshold(
  rng: Rng,
  common: JsonOfferCommon,
  products: ReadonlyMap<string, JsonProduct>,
  basket: readonly BasketLine[],
  targets: JsonTargets,
): JsonSpendThresholdOffer {
  const spend = spendOn(products, basket, targets);
  const threshold = spend > 0 ? Math.max(1, Math.round(spend * rng.float(0.5, 1.1))) : rng.int(50, 500);
  const reward = rng.chance(0.5)
    ? { amount: Math.max(1, Math.round(threshold * rng.float(0.05, 0.3))) }
    : { percent: rng.int(5, 30) };
  const basis = rng.pick<ThresholdBasis>(['before-offers', 'after-offers', 'full-price-only']);
  const exclusive = rng.chance(0.25) ? { exclusive: true } : rng.chance(0.1) ? { exclusive: false } : {};
  return { ...common, kind: 'spend-threshold', ...targets, threshold, ...reward, basis, ...exclusive };
}

// ---------------------------------------------------------------------------------------------
// S, M, L, XL: realistic stores for the benchmark

interface Shape {
  readonly units: number;
  readonly offers: number;
  readonly products: number;
}

const REALISTIC: Record<Exclude<StoreSize, 'tiny'>, Shape> = {
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
  const rng = createRng(Math.imul(seed >>> 0, 0x85ebca6b) ^ Math.imul(draw + 1, 0xc2b2ae35) ^ SIZE_SALT[size]);
  return realisticBasket(rng, products, popular, shape.units);
}

function storeRng(seed: number, size: StoreSize): Rng {
  // Mix the size into the seed so that seed 1 at size S is not seed 1 at size M, cut short.
  return createRng(Math.imul(seed >>> 0, 0x9e3779b1) ^ SIZE_SALT[size]);
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

function realisticStore(rng: Rng, shape: Shape): RandomStore {
  const { products, popular } = realisticShelves(rng, shape);
  const bySku = new Map<string, JsonProduct>(products.map((p) => [p.sku, p]));
  const basket = realisticBasket(rng, products, popular, shape.units);

  const inCategory = (category: Category, eachOnly = true) =>
    products.filter((p) => p.category === category && (!eachOnly || p.unit !== 'kg'));
  /** SKUs from `pool`, popular ones first more often than not, so offers meet baskets. */
  const pickFrom = (pool: readonly StoreProduct[], k: number): StoreProduct[] => {
    const hot = pool.filter((p) => popular.includes(p));
    const first = rng.chance(0.6) ? rng.sample(hot, Math.min(k, hot.length)) : [];
    const rest = rng.sample(
      pool.filter((p) => !first.includes(p)),
      k - first.length,
    );
    return [...first, ...rest];
  };
  const eachProducts = products.filter((p) => p.unit !== 'kg');
  const avg = (pool: readonly JsonProduct[]) => average(pool.map((p) => p.price), 200);
  const skus = (pool: readonly JsonProduct[]) => pool.map((p) => p.sku);

  const offers: JsonOffer[] = [];
  let threeForTwo: Category = 'dairy';
  for (let i = 0; i < shape.offers; i++) {
    const recipe = OPENING[i] ?? (ROTATION[(i - OPENING.length) % ROTATION.length] as Recipe);
    const common = realisticCommon(rng, `${recipe}-${i + 1}`, i, i < OPENING.length);
    switch (recipe) {
      case 'meal-deal': {
        const slots: Category[] = ['sandwiches', 'snacks', 'drinks'];
        const price = roundTo(slots.reduce((sum, c) => sum + avg(inCategory(c)), 0) * 0.7, 5);
        offers.push({ ...common, kind: 'bundle', label: 'Meal deal', slots: slots.map((c) => ({ categories: [c] })), price });
        break;
      }
      case 'drinks-multi-buy': {
        const pool = pickFrom(inCategory('drinks'), rng.int(3, 6));
        const quantity = rng.int(2, 3);
        offers.push({ ...common, kind: 'multi-buy', products: skus(pool), quantity, price: roundTo(avg(pool) * quantity * 0.75, 5) });
        break;
      }
      case 'three-for-two':
      case 'cheapest-free-category': {
        threeForTwo = rng.pick(THREE_FOR_TWO_CATEGORIES);
        offers.push({ ...common, kind: 'cheapest-free', label: `3 for 2 on ${threeForTwo}`, categories: [threeForTwo], buy: 3, free: 1 });
        break;
      }
      case 'percent-beside-three-for-two': {
        const pool = pickFrom(inCategory(threeForTwo), rng.int(2, 4));
        offers.push({ ...common, kind: 'percent-off', products: skus(pool), percent: rng.pick([20, 25, 33]) });
        break;
      }
      case 'basket-threshold': {
        const spend = spendOn(bySku, basket, {});
        const threshold = roundTo(spend * rng.float(0.6, 1.0), 100);
        offers.push({
          ...common,
          kind: 'spend-threshold',
          threshold,
          amount: roundTo(threshold * 0.1, 50),
          basis: 'after-offers',
        });
        break;
      }
      case 'category-threshold': {
        const category = rng.pick<Category>(['wine', 'household', 'meat']);
        const spend = spendOn(bySku, basket, { categories: [category] });
        offers.push({
          ...common,
          kind: 'spend-threshold',
          categories: [category],
          threshold: spend > 0 ? roundTo(spend * rng.float(0.5, 1.1), 100) : 2000,
          percent: 10,
          basis: rng.pick<ThresholdBasis>(['before-offers', 'full-price-only']),
        });
        break;
      }
      case 'multi-buy-sku': {
        const [product] = pickFrom(eachProducts, 1);
        const quantity = rng.int(2, 3);
        const price = Math.max(1, Math.round((product?.price ?? 100) * quantity * rng.float(0.6, 0.9)));
        offers.push({ ...common, kind: 'multi-buy', products: skus(product ? [product] : []), quantity, price });
        break;
      }
      case 'multi-buy-mixed': {
        const category = rng.pick(CATEGORIES);
        const pool = pickFrom(inCategory(category), rng.int(3, 5));
        const price = roundTo(avg(pool) * 3 * rng.float(0.6, 0.85), 5);
        offers.push({ ...common, kind: 'multi-buy', label: `Any 3 for ${GBP.format(price / 100)}`, products: skus(pool), quantity: 3, price });
        break;
      }
      case 'amount-off': {
        const [product] = pickFrom(products, 1);
        offers.push({ ...common, kind: 'amount-off', products: skus(product ? [product] : []), amount: Math.max(1, Math.round((product?.price ?? 100) * rng.float(0.1, 0.4))) });
        break;
      }
      case 'percent-off-products':
        offers.push({ ...common, kind: 'percent-off', products: skus(pickFrom(products, rng.int(1, 3))), percent: rng.pick([10, 20, 25, 33, 50]) });
        break;
      case 'percent-off-category':
        offers.push({ ...common, kind: 'percent-off', categories: [rng.pick(CATEGORIES)], percent: rng.pick([10, 15]) });
        break;
      case 'bundle-pair': {
        const [a, b] = pickFrom(eachProducts, 2);
        const pair = [a, b].filter((p): p is StoreProduct => p !== undefined);
        const price = Math.max(1, Math.round(pair.reduce((s, p) => s + p.price, 0) * rng.float(0.7, 0.9)));
        offers.push({ ...common, kind: 'bundle', slots: pair.map((p) => ({ products: [p.sku] })), price });
        break;
      }
    }
  }
  return { book: { currency: 'GBP', products, offers }, basket };
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
