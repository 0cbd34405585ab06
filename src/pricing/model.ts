import type { PricedLine } from './basket';
import { strategyFor } from './offers/rules';
import type { OfferStrategy } from './offers/rule';
import type { ItemOffer, Offer, PriceBook, ThresholdOffer } from './schema';
import { orderClasses } from './items/order';

/** One unit in the basket: one item of an `each` line, or a whole weighed line. Ids follow scan order. */
export interface Unit {
  readonly id: number;
  /** Index of the line (basket item) it comes from. */
  readonly line: number;
  readonly classId: number;
  /** Full price in minor units. */
  readonly price: number;
  /** Reduced-to-clear price, when lower than the full price. */
  readonly reducedPrice: number | undefined;
}

/**
 * Interchangeable units: same SKU, same full price, same reduced price. A weighed line is a class
 * of its own. The solvers reason about classes and counts, never about unit identities.
 */
export interface UnitClass {
  readonly id: number;
  readonly sku: string;
  readonly category: string | undefined;
  readonly weighed: boolean;
  readonly price: number;
  readonly reducedPrice: number | undefined;
  /** Unit ids in scan order. */
  readonly units: readonly number[];
}

/** An item offer valid on the pricing date, with the classes it can use. */
export interface ActiveOffer {
  /** Position of the offer in the book (for stable references). */
  readonly bookIndex: number;
  readonly offer: ItemOffer;
  /** Everything a solver asks of the offer, its kind's rule bound to it. */
  readonly strategy: OfferStrategy;
  readonly slotSizes: readonly number[];
  /** Units per application. */
  readonly groupSize: number;
  /** Most applications per basket (Infinity when unlimited). */
  readonly limit: number;
  /** For each eligible class, the slots it can fill. */
  readonly slotsByClass: ReadonlyMap<number, readonly number[]>;
}

/** A spend-threshold valid on the pricing date. */
export interface ActiveThreshold {
  readonly bookIndex: number;
  readonly offer: ThresholdOffer;
  /** Classes whose spend is measured (every class when the offer targets nothing). */
  readonly eligible: ReadonlySet<number>;
  readonly wholeBasket: boolean;
  /** Full prices of the eligible units. */
  readonly full: number;
}

/**
 * Classes linked by offers: offers that share no eligible classes are independent problems.
 * `sequence` lists the component's units in the order the solvers process them (see
 * {@link orderClasses}): units of a class together, each cheapest-free offer's units in descending
 * price order, each offer's units as close together as that allows.
 */
export interface Component {
  readonly classes: readonly number[];
  /** Indices into {@link PricingModel.offers}, in first-come order. */
  readonly offers: readonly number[];
  readonly sequence: readonly number[];
  /** A key that identifies the component's problem, for reusing a solution from the previous scan. */
  readonly signature: string;
  /**
   * The signature's parts: each class described as `sku:price:reduced:[w]count`, sorted, and the
   * offers' book positions. A solver can look up the same problem with one unit fewer.
   */
  readonly content: readonly string[];
  readonly offerKey: string;
}

/** A class's description in a component signature without its count (its units are interchangeable). */
export function classKey(c: UnitClass): string {
  return `${c.sku}:${c.price}:${c.reducedPrice ?? ''}:${c.weighed ? 'w' : ''}`;
}

/** The signature of a component's content (sorted class descriptions) and offers. */
export function signatureOf(content: readonly string[], offerKey: string): string {
  return `${content.join(',')}|${offerKey}`;
}

/** Everything the solvers need, derived from a book, priced lines and a date. */
export interface PricingModel {
  readonly lines: readonly PricedLine[];
  readonly units: readonly Unit[];
  readonly classes: readonly UnitClass[];
  /** Item offers valid on the date, sorted by priority then id (first-come order). */
  readonly offers: readonly ActiveOffer[];
  readonly thresholds: readonly ActiveThreshold[];
  readonly components: readonly Component[];
  /** Sum of full prices. */
  readonly subtotal: number;
}

/** Whether an offer is valid on `date` (YYYY-MM-DD; `validFrom`/`validUntil` are inclusive). */
export function isValidOn(offer: Offer, date: string | undefined): boolean {
  if (date === undefined) return true;
  return (offer.validFrom === undefined || offer.validFrom <= date) && (offer.validUntil === undefined || date <= offer.validUntil);
}

/** First-come order: priority ascending (no priority last), ties by id. */
export function compareOffers(a: Offer, b: Offer): number {
  const pa = a.priority ?? Number.POSITIVE_INFINITY;
  const pb = b.priority ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const targets = (t: { products?: readonly string[] | undefined; categories?: readonly string[] | undefined }, sku: string, category: string | undefined) =>
  (t.products?.includes(sku) ?? false) || (category !== undefined && (t.categories?.includes(category) ?? false));

/** An item offer valid on a date, with what does not depend on the basket. */
interface BookOffer extends Omit<ActiveOffer, 'slotsByClass'> {
  /** Slots each SKU can fill (empty when none), filled in as SKUs are met. */
  readonly slotsBySku: Map<string, readonly number[]>;
}

/** What a book gives every pricing on one date: its valid offers in first-come order. */
interface BookDay {
  readonly items: readonly BookOffer[];
  /** Per SKU (filled in as SKUs are met): the item offers it is eligible for, by index into `items`, with its slots. */
  readonly bySku: Map<string, ReadonlyArray<{ readonly item: number; readonly slots: readonly number[] }>>;
  readonly thresholds: ReadonlyArray<{ readonly bookIndex: number; readonly offer: ThresholdOffer; readonly wholeBasket: boolean; readonly eligibleSku: Map<string, boolean> }>;
}

/**
 * What depends only on the (immutable) book and the date, kept per book by its pricing
 * context (`pricing-context.ts`), so that pricing the same book again (every scan, every near-miss
 * trial) does not redo it: per date, its valid offers; per component signature, the class order.
 */
export interface BookMemo {
  readonly days: Map<string, BookDay>;
  readonly orders: Map<string, readonly number[]>;
}

/** An empty memo, for a book's context (or one pricing that was given none). */
export function newBookMemo(): BookMemo {
  return { days: new Map(), orders: new Map() };
}

/** Component orders remembered per book (a till meets a few hundred distinct components). */
const ORDER_MEMO_LIMIT = 4096;

function dayOf(book: PriceBook, memo: BookMemo, date: string | undefined): BookDay {
  const key = date ?? '';
  let day = memo.days.get(key);
  if (day !== undefined) return day;
  const valid = book.offers
    .map((offer, bookIndex) => ({ offer, bookIndex }))
    .filter(({ offer }) => isValidOn(offer, date))
    .sort((a, b) => compareOffers(a.offer, b.offer));
  const items: BookOffer[] = [];
  const thresholds: Array<BookDay['thresholds'][number]> = [];
  for (const { offer, bookIndex } of valid) {
    if (offer.kind === 'spend-threshold') {
      thresholds.push({ bookIndex, offer, wholeBasket: offer.products === undefined && offer.categories === undefined, eligibleSku: new Map() });
      continue;
    }
    const strategy = strategyFor(offer);
    const { slotSizes } = strategy;
    items.push({
      bookIndex,
      offer,
      strategy,
      slotSizes,
      groupSize: slotSizes.reduce((a, b) => a + b, 0),
      limit: offer.limit ?? Number.POSITIVE_INFINITY,
      slotsBySku: new Map(),
    });
  }
  day = { items, thresholds, bySku: new Map() };
  memo.days.set(key, day);
  return day;
}

function slotsOf(o: BookOffer, c: UnitClass): readonly number[] {
  let slots = o.slotsBySku.get(c.sku);
  if (slots === undefined) {
    // A loop, not `flatMap`: V8 runs that one through its generic path, and a fresh context meets
    // every (offer, SKU) pair of the basket once (Kata Potter: 26 offers by 5 titles).
    const found: number[] = [];
    const slotTargets = o.strategy.slotTargets;
    for (let s = 0; s < slotTargets.length; s++) if (targets(slotTargets[s]!, c.sku, c.category)) found.push(s);
    slots = found;
    o.slotsBySku.set(c.sku, slots);
  }
  return slots;
}

/** The item offers a class's SKU is eligible for (each with its slots), in first-come order. */
function offersFor(day: BookDay, c: UnitClass): ReadonlyArray<{ readonly item: number; readonly slots: readonly number[] }> {
  let list = day.bySku.get(c.sku);
  if (list === undefined) {
    const found: Array<{ item: number; slots: readonly number[] }> = [];
    day.items.forEach((o, item) => {
      const slots = slotsOf(o, c);
      if (slots.length > 0) found.push({ item, slots });
    });
    list = found;
    day.bySku.set(c.sku, list);
  }
  return list;
}

/**
 * Builds the solver's model: units, classes, the offers that can apply, and independent
 * components. What depends only on the book and the date (valid offers in first-come order, which
 * offers and slots each SKU is eligible for, each component's processing order) is kept in
 * `memo`, the book's pricing context's, so re-pricing on every scan and every near-miss
 * trial does not redo it; without one, a fresh memo serves this model alone.
 */
export function buildModel(book: PriceBook, lines: readonly PricedLine[], date: string | undefined, memo: BookMemo = newBookMemo()): PricingModel {
  const units: Unit[] = [];
  const classes: UnitClass[] = [];
  const classByKey = new Map<string, number[]>();
  for (const line of lines) {
    const weighed = line.product.unit === 'kg';
    const key = weighed ? `w${line.index}` : `${line.product.sku}\u0000${line.unitPrice}\u0000${line.reducedPrice ?? ''}`;
    let ids = classByKey.get(key);
    let classId: number;
    if (ids === undefined) {
      ids = [];
      classId = classes.length;
      classes.push({
        id: classId,
        sku: line.product.sku,
        category: line.product.category,
        weighed,
        price: line.unitPrice,
        reducedPrice: line.reducedPrice,
        units: ids,
      });
      classByKey.set(key, ids);
    } else {
      classId = units[ids[0]!]!.classId;
    }
    for (let q = 0; q < line.quantity; q++) {
      ids.push(units.length);
      units.push({ id: units.length, line: line.index, classId, price: line.unitPrice, reducedPrice: line.reducedPrice });
    }
  }

  const day = dayOf(book, memo, date);
  const offers: ActiveOffer[] = [];
  const thresholds: ActiveThreshold[] = [];
  for (const t of day.thresholds) {
    const eligible = new Set<number>();
    let full = 0;
    for (const c of classes) {
      let hit = t.eligibleSku.get(c.sku);
      if (hit === undefined) {
        hit = t.wholeBasket || targets(t.offer, c.sku, c.category);
        t.eligibleSku.set(c.sku, hit);
      }
      if (!hit) continue;
      eligible.add(c.id);
      full += c.price * c.units.length;
    }
    thresholds.push({ bookIndex: t.bookIndex, offer: t.offer, eligible, wholeBasket: t.wholeBasket, full });
  }
  const byItem: Array<Map<number, readonly number[]> | undefined> = new Array(day.items.length);
  for (const c of classes) {
    for (const { item, slots } of offersFor(day, c)) {
      if (day.items[item]!.strategy.countBased && c.weighed) continue;
      let map = byItem[item];
      if (map === undefined) {
        map = new Map();
        byItem[item] = map;
      }
      map.set(c.id, slots);
    }
  }
  day.items.forEach((o, item) => {
    const slotsByClass = byItem[item];
    if (slotsByClass === undefined || !canApply(o.slotSizes, slotsByClass, classes)) return;
    offers.push({ bookIndex: o.bookIndex, offer: o.offer, strategy: o.strategy, slotSizes: o.slotSizes, groupSize: o.groupSize, limit: o.limit, slotsByClass });
  });

  let subtotal = 0;
  for (const l of lines) subtotal += l.price;
  return { lines, units, classes, offers, thresholds, components: findComponents(classes, offers, memo), subtotal };
}

/** Whether the basket holds enough eligible units for at least one application. */
function canApply(slotSizes: readonly number[], slotsByClass: ReadonlyMap<number, readonly number[]>, classes: readonly UnitClass[]): boolean {
  let eligibleUnits = 0;
  const perSlot = slotSizes.map(() => 0);
  for (const [classId, slots] of slotsByClass) {
    const n = classes[classId]!.units.length;
    eligibleUnits += n;
    for (const s of slots) perSlot[s]! += n;
  }
  return eligibleUnits >= slotSizes.reduce((a, b) => a + b, 0) && perSlot.every((n, s) => n >= slotSizes[s]!);
}

function findComponents(classes: readonly UnitClass[], offers: readonly ActiveOffer[], memo: BookMemo): Component[] {
  const parent = classes.map((c) => c.id);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const offersOf: number[][] = classes.map(() => []);
  offers.forEach((o, i) => {
    let first = -1;
    for (const c of o.slotsByClass.keys()) {
      offersOf[c]!.push(i);
      if (first < 0) first = c;
      else parent[find(c)] = find(first);
    }
  });
  const members = new Map<number, number[]>();
  for (const c of classes) {
    if (offersOf[c.id]!.length === 0 && c.reducedPrice === undefined) continue;
    const root = find(c.id);
    let list = members.get(root);
    if (list === undefined) {
      list = [];
      members.set(root, list);
    }
    list.push(c.id);
  }
  const describe = (c: UnitClass) => `${classKey(c)}${c.units.length}`;
  const components: Array<Component & { first: number }> = [];
  for (const classIds of members.values()) {
    const offerSet = new Set<number>();
    for (const c of classIds) for (const o of offersOf[c]!) offerSet.add(o);
    const offerIdx = [...offerSet].sort((a, b) => a - b);
    // The problem's content, whatever the scan order: its classes (sorted) and its offers.
    const described = classIds.map((c) => ({ c, key: describe(classes[c]!) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.c - b.c));
    const content = described.map((d) => d.key);
    const offerKey = offerIdx.map((i) => offers[i]!.bookIndex).join(',');
    const signature = signatureOf(content, offerKey);
    let order = memo.orders.get(signature);
    if (order === undefined) {
      const sorted = described.map((d) => d.c);
      const at = new Map(sorted.map((c, k) => [c, k]));
      order = orderClasses(classes, offers, sorted, offerIdx).map((c) => at.get(c)!);
      if (memo.orders.size >= ORDER_MEMO_LIMIT) memo.orders.delete(memo.orders.keys().next().value!);
      memo.orders.set(signature, order);
    }
    const ordered = order.map((k) => described[k]!.c);
    let first = Number.POSITIVE_INFINITY;
    for (const c of classIds) first = Math.min(first, classes[c]!.units[0]!);
    const sequence: number[] = [];
    for (const c of ordered) for (const id of classes[c]!.units) sequence.push(id);
    components.push({ classes: ordered, offers: offerIdx, sequence, signature, content, offerKey, first });
  }
  // Deterministic order: by the first unit scanned.
  return components.sort((a, b) => a.first - b.first).map(({ first: _first, ...component }) => component);
}
