/**
 * The MILP oracle's reading of a price book and basket (`ilp-oracle.ts` writes and solves it):
 * units grouped into classes, every application pattern that saves money with each unit's share
 * of its saving, and the thresholds that can be reached. Plain JSON in, no code shared with
 * `src/pricing/`.
 */
import type { BasketLine, JsonItemOffer, JsonPriceBook, JsonProduct, JsonSpendThresholdOffer, JsonTargets } from './price-book-json';

// ---------------------------------------------------------------------------------------------
// Units and classes

export interface UnitClass {
  readonly id: number;
  readonly sku: string;
  readonly category: string | undefined;
  readonly weighed: boolean;
  /** Full price of one unit (of the whole line when weighed), minor units. */
  readonly full: number;
  /** Reduced price of one unit, only when below `full`. */
  readonly reduced: number | undefined;
  count: number;
  /** Scan position of the class's first unit: the tie-break when a saving is shared. */
  readonly firstScan: number;
}

export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

const isWhole = (n: number, min: number): boolean => Number.isSafeInteger(n) && n >= min;

function classify(book: JsonPriceBook, basket: readonly BasketLine[]): UnitClass[] {
  const bySku = new Map<string, JsonProduct>(book.products.map((p) => [p.sku, p]));
  const classes: UnitClass[] = [];
  const byKey = new Map<string, UnitClass>();
  let scan = 0;
  basket.forEach((line, i) => {
    const product = bySku.get(line.sku);
    if (product === undefined) throw new Error(`basket line ${i}: no product has SKU "${line.sku}"`);
    const reducedOf = (full: number) =>
      line.reducedPrice !== undefined && line.reducedPrice < full ? line.reducedPrice : undefined;
    const base = { sku: product.sku, category: product.category };
    if (product.unit === 'kg') {
      const grams = line.grams;
      if (grams === undefined || !isWhole(grams, 1)) throw new Error(`basket line ${i}: weighed "${line.sku}" needs whole grams`);
      if ((line.quantity ?? 1) !== 1) throw new Error(`basket line ${i}: a weighed line is one unit`);
      const full = line.price ?? roundHalfUp(product.price * grams, 1000);
      classes.push({ ...base, id: classes.length, weighed: true, full, reduced: reducedOf(full), count: 1, firstScan: scan });
      scan += 1;
      return;
    }
    if (line.grams !== undefined) throw new Error(`basket line ${i}: "${line.sku}" is sold by the unit, not by weight`);
    const quantity = line.quantity ?? 1;
    if (!isWhole(quantity, 1)) throw new Error(`basket line ${i}: quantity must be a whole number of at least 1`);
    const full = line.price ?? product.price;
    const reduced = reducedOf(full);
    const key = `${product.sku}\u0000${full}\u0000${reduced ?? ''}`;
    const known = byKey.get(key);
    if (known === undefined) {
      const made: UnitClass = { ...base, id: classes.length, weighed: false, full, reduced, count: quantity, firstScan: scan };
      classes.push(made);
      byKey.set(key, made);
    } else {
      known.count += quantity;
    }
    scan += quantity;
  });
  return classes;
}

const matches = (targets: JsonTargets, c: UnitClass): boolean =>
  (targets.products?.includes(c.sku) ?? false) ||
  (c.category !== undefined && (targets.categories?.includes(c.category) ?? false));

/** A threshold with neither `products` nor `categories` looks at the whole basket. */
const thresholdMatches = (t: JsonTargets, c: UnitClass): boolean =>
  (t.products === undefined && t.categories === undefined) || matches(t, c);

/** Valid when `validFrom ≤ date ≤ validUntil`, both inclusive; ISO dates compare as strings. */
const isValidOn = (offer: { readonly validFrom?: string | undefined; readonly validUntil?: string | undefined }, date: string) =>
  (offer.validFrom === undefined || offer.validFrom <= date) && (offer.validUntil === undefined || date <= offer.validUntil);

// ---------------------------------------------------------------------------------------------
// Patterns

export interface Pattern {
  readonly offer: number;
  /** Units by class, in first-scan order (the share tie-break). */
  readonly units: readonly UnitClass[];
  readonly saving: number;
  /** Each unit's share of `saving`, aligned with `units`. */
  readonly shares: readonly number[];
}

/** Multisets of `size` classes, taking at most `room(c)` units of class c. */
function multisets(classes: readonly UnitClass[], size: number, room: (c: UnitClass) => number): UnitClass[][] {
  const out: UnitClass[][] = [];
  const current: UnitClass[] = [];
  const taken = new Map<number, number>();
  const extend = (from: number, left: number): void => {
    if (left === 0) {
      out.push([...current]);
      return;
    }
    for (let i = from; i < classes.length; i++) {
      const c = classes[i] as UnitClass;
      const used = taken.get(c.id) ?? 0;
      if (used >= room(c)) continue;
      current.push(c);
      taken.set(c.id, used + 1);
      extend(i, left - 1);
      taken.set(c.id, used);
      current.pop();
    }
  };
  extend(0, size);
  return out;
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const patternKey = (units: readonly UnitClass[]): string => units.map((u) => u.id).sort((a, b) => a - b).join(',');

/** Every filling of the offer's slots by distinct units, as multisets of classes (order within a bundle is irrelevant to its saving). */
function fillings(offer: JsonItemOffer, classes: readonly UnitClass[]): UnitClass[][] {
  const each = classes.filter((c) => !c.weighed);
  switch (offer.kind) {
    case 'multi-buy':
      return multisets(each.filter((c) => matches(offer, c)), offer.quantity, (c) => c.count);
    case 'cheapest-free':
      return multisets(each.filter((c) => matches(offer, c)), offer.buy, (c) => c.count);
    case 'bundle': {
      // Partial fillings that use the same classes leave the same room for the remaining
      // slots, so deduplicating after every slot keeps the enumeration small and complete.
      let partial: UnitClass[][] = [[]];
      for (const slot of offer.slots) {
        const eligible = each.filter((c) => matches(slot, c));
        const next = new Map<string, UnitClass[]>();
        for (const sofar of partial) {
          const used = new Map<number, number>();
          for (const u of sofar) used.set(u.id, (used.get(u.id) ?? 0) + 1);
          for (const fill of multisets(eligible, slot.quantity ?? 1, (c) => c.count - (used.get(c.id) ?? 0))) {
            const units = [...sofar, ...fill];
            next.set(patternKey(units), units);
          }
        }
        partial = [...next.values()];
      }
      return partial;
    }
    case 'percent-off':
    case 'amount-off':
      return classes.filter((c) => matches(offer, c)).map((c) => [c]);
  }
}

/** What one application saves on units at these full prices, in minor units. */
function savingOf(offer: JsonItemOffer, prices: readonly number[]): number {
  switch (offer.kind) {
    case 'multi-buy':
    case 'bundle':
      return sum(prices) - offer.price;
    case 'cheapest-free':
      return sum([...prices].sort((a, b) => a - b).slice(0, Math.min(offer.free, offer.buy)));
    case 'percent-off':
      // Rounded half up once per unit or weighed line.
      return roundHalfUp((prices[0] ?? 0) * offer.percent, 100);
    case 'amount-off':
      return Math.min(offer.amount, prices[0] ?? 0);
  }
}

/**
 * Shares `saving` across units in proportion to their full prices: floors first, then one
 * minor unit each to the largest remainders, ties to the unit scanned first. Units come in
 * first-scan order of their classes, so a tie between two classes goes to the class whose first
 * unit was scanned first. That is exact within a class (its units are interchangeable) and
 * between a reduced and a full-price class of one SKU (same price, same eligibility). Between
 * different SKUs a tie needs `saving × (p1 − p2)` to be a multiple of the pattern's price sum and
 * then matters only if a threshold sees one SKU and not the other: such ties occur in 15 of the
 * first 20,000 tiny seeds, never with that split, and the unit-level brute force (which uses
 * real scan positions and any choice of units) agrees on every small basket.
 */
function splitSaving(saving: number, units: readonly UnitClass[]): number[] {
  const whole = sum(units.map((u) => u.full));
  const parts = units.map((u) => Math.floor((saving * u.full) / whole));
  let left = saving - sum(parts);
  const order = units
    .map((u, i) => ({ i, remainder: (saving * u.full) % whole }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

function patternsOf(offers: readonly JsonItemOffer[], classes: readonly UnitClass[]): Pattern[] {
  const patterns: Pattern[] = [];
  offers.forEach((offer, o) => {
    for (const filling of fillings(offer, classes)) {
      const units = [...filling].sort((a, b) => a.firstScan - b.firstScan);
      const saving = savingOf(offer, units.map((u) => u.full));
      // An application is made only where it saves money.
      if (saving <= 0) continue;
      patterns.push({ offer: o, units, saving, shares: splitSaving(saving, units) });
    }
  });
  return patterns;
}

// ---------------------------------------------------------------------------------------------
// The model

export interface Threshold {
  readonly offer: JsonSpendThresholdOffer;
  readonly eligible: ReadonlySet<number>;
  /** Full price of the eligible units, minor units. */
  readonly eligibleFull: number;
}

export interface Model {
  readonly classes: readonly UnitClass[];
  readonly itemOffers: readonly JsonItemOffer[];
  readonly patterns: readonly Pattern[];
  readonly thresholds: readonly Threshold[];
  readonly exclusive: readonly Threshold[];
  /** Full price of the whole basket, minor units. */
  readonly fullSum: number;
}

export function buildModel(book: JsonPriceBook, basket: readonly BasketLine[], date: string): Model {
  const classes = classify(book, basket);
  const valid = book.offers.filter((o) => isValidOn(o, date));
  const itemOffers = valid.filter((o): o is JsonItemOffer => o.kind !== 'spend-threshold');
  const thresholds = valid
    .filter((o): o is JsonSpendThresholdOffer => o.kind === 'spend-threshold')
    .map((offer): Threshold => {
      if ((offer.amount === undefined) === (offer.percent === undefined)) {
        throw new Error(`threshold "${offer.id}" needs exactly one of amount and percent`);
      }
      const eligible = classes.filter((c) => thresholdMatches(offer, c));
      return { offer, eligible: new Set(eligible.map((c) => c.id)), eligibleFull: sum(eligible.map((c) => c.full * c.count)) };
    });
  return {
    classes,
    itemOffers,
    patterns: patternsOf(itemOffers, classes),
    // Measured spend never exceeds the eligible full price, so a threshold above it never binds.
    thresholds: thresholds.filter((t) => !t.offer.exclusive && t.eligibleFull >= t.offer.threshold && t.eligibleFull > 0),
    exclusive: thresholds.filter((t) => t.offer.exclusive === true),
    fullSum: sum(classes.map((c) => c.full * c.count)),
  };
}
