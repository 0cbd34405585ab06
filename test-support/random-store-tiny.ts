import { OFFER_KINDS, type BasketLine, type JsonBundleSlot, type JsonOffer, type JsonOfferCommon, type JsonProduct, type JsonSpendThresholdOffer, type JsonTargets, type ThresholdBasis } from './price-book-json';
import { average, DAY_AFTER, DAY_BEFORE, distinctInts, matches, PRICING_DATE, roundHalfUp, spendOn, type RandomStore } from './random-store-common';
import type { Rng } from './random-store-rng';

// tiny: stores small enough for the exact oracle. Every draw below happens in a fixed order: the
// same seed must give the same store, so a reordered call changes every instance after it.

const TINY_CATEGORIES = ['fruit', 'dairy', 'bakery', 'drinks'] as const;

type OfferKind = (typeof OFFER_KINDS)[number];

/** A tiny store: 3 to 8 products, a basket of 2 to 12 units, 1 to 5 offers of any kind. */
export function tinyStore(rng: Rng): RandomStore {
  const products = tinyProducts(rng);
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const basket = tinyBasket(rng, products);
  const picks = tinyPicks(rng, products, basket);
  const offers: JsonOffer[] = [];
  const count = rng.int(1, 5);
  for (let i = 1; i <= count; i++) {
    const common = tinyCommon(rng, `o${i}`);
    const kind = rng.pick(OFFER_KINDS);
    offers.push(kind === 'spend-threshold' ? tinyThreshold(rng, common, bySku, basket, rng.chance(0.6) ? {} : picks.targets(false)) : tinyItemOffer(rng, picks, common, kind));
  }
  return { book: { currency: 'GBP', products, offers }, basket };
}

function tinyProducts(rng: Rng): JsonProduct[] {
  const prices = distinctInts(rng, rng.int(3, 8), 20, 600);
  return prices.map((price, i) => {
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
}

/** 2 to 12 units, favouring three products; some weighed, some reduced to clear. */
function tinyBasket(rng: Rng, products: readonly JsonProduct[]): BasketLine[] {
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
  return basket;
}

/** How a tiny store's offers choose what they target: mostly what is in the basket. */
interface TinyPicks {
  readonly categories: readonly string[];
  skus(k: number, eachOnly: boolean): string[];
  targets(eachOnly: boolean): JsonTargets;
  /** Prices of the products sold by the unit that `targets` matches. */
  eachPrices(targets: JsonTargets): number[];
}

function tinyPicks(rng: Rng, products: readonly JsonProduct[], basket: readonly BasketLine[]): TinyPicks {
  const inBasket = products.filter((p) => basket.some((l) => l.sku === p.sku));
  const categories = [...new Set(products.flatMap((p) => (p.category === undefined ? [] : [p.category])))];
  const skus = (k: number, eachOnly: boolean): string[] => {
    const fromBasket = inBasket.filter((p) => !eachOnly || p.unit !== 'kg');
    const pool = fromBasket.length > 0 && rng.chance(0.8) ? fromBasket : products;
    return rng.sample(pool, k).map((p) => p.sku);
  };
  const targets = (eachOnly: boolean): JsonTargets => {
    const roll = rng.next();
    if (categories.length === 0 || roll < 0.55) return { products: skus(rng.int(1, 3), eachOnly) };
    if (roll < 0.9) return { categories: [rng.pick(categories)] };
    return { products: skus(1, eachOnly), categories: [rng.pick(categories)] };
  };
  const eachPrices = (t: JsonTargets) => products.filter((p) => p.unit !== 'kg' && matches(t, p)).map((p) => p.price);
  return { categories, skus, targets, eachPrices };
}

/** An offer of any kind but a spend threshold, priced from the products it targets. */
function tinyItemOffer(rng: Rng, picks: TinyPicks, common: JsonOfferCommon, kind: Exclude<OfferKind, 'spend-threshold'>): JsonOffer {
  const { categories } = picks;
  switch (kind) {
    case 'multi-buy': {
      const targets = rng.chance(0.5) ? { products: picks.skus(1, true) } : picks.targets(true);
      const quantity = rng.int(2, 4);
      const price = Math.max(1, Math.floor(average(picks.eachPrices(targets), 100) * quantity * rng.float(0.55, 0.95)));
      return { ...common, kind, ...targets, quantity, price };
    }
    case 'bundle': {
      const slots: JsonBundleSlot[] = Array.from({ length: rng.int(2, 3) }, () => {
        const targets = categories.length > 0 && rng.chance(0.4) ? { categories: [rng.pick(categories)] } : { products: picks.skus(1, true) };
        const quantity = rng.chance(0.7) ? 1 : 2;
        return { ...targets, ...(quantity > 1 || rng.chance(0.5) ? { quantity } : {}) };
      });
      const reference = slots.reduce((sum, s) => sum + average(picks.eachPrices(s), 100) * (s.quantity ?? 1), 0);
      return { ...common, kind, slots, price: Math.max(1, Math.floor(reference * rng.float(0.5, 0.9))) };
    }
    case 'cheapest-free': {
      const buy = rng.int(2, 4);
      return { ...common, kind, ...picks.targets(true), buy, free: rng.int(1, Math.min(2, buy - 1)) };
    }
    case 'percent-off':
      return { ...common, kind, ...picks.targets(false), percent: rng.pick([5, 10, 15, 20, 25, 30, 33, 45, 50, 75, 100]) };
    case 'amount-off':
      return { ...common, kind, ...picks.targets(false), amount: rng.int(5, 150) };
  }
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
