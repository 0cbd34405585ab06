import type { PricedLine } from './basket';
import { ruleFor } from './offers/rules';
import type { OfferRule } from './offers/rule';
import type { ItemOffer, Offer, PriceBook, ThresholdOffer } from './schema';

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
  readonly rule: OfferRule;
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
}

/**
 * Classes linked by offers: offers that share no eligible classes are independent problems.
 * `sequence` lists the component's units in the order the solvers process them: descending
 * full price, ties by first scan, units of a class together.
 */
export interface Component {
  readonly classes: readonly number[];
  /** Indices into {@link PricingModel.offers}, in first-come order. */
  readonly offers: readonly number[];
  readonly sequence: readonly number[];
  /** A key that identifies the component's problem, for reusing a solution from the previous scan. */
  readonly signature: string;
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

const targets = (t: { products?: readonly string[] | undefined; categories?: readonly string[] | undefined }, c: UnitClass) =>
  (t.products?.includes(c.sku) ?? false) || (c.category !== undefined && (t.categories?.includes(c.category) ?? false));

/** Builds the solver's model: units, classes, the offers that can apply, and independent components. */
export function buildModel(book: PriceBook, lines: readonly PricedLine[], date: string | undefined): PricingModel {
  const units: Unit[] = [];
  const classes: UnitClass[] = [];
  const classByKey = new Map<string, { cls: UnitClass; units: number[] }>();
  for (const line of lines) {
    const weighed = line.product.unit === 'kg';
    const key = weighed ? `w${line.index}` : `${line.product.sku}\u0000${line.unitPrice}\u0000${line.reducedPrice ?? ''}`;
    let entry = classByKey.get(key);
    if (entry === undefined) {
      const ids: number[] = [];
      const cls: UnitClass = {
        id: classes.length,
        sku: line.product.sku,
        category: line.product.category,
        weighed,
        price: line.unitPrice,
        reducedPrice: line.reducedPrice,
        units: ids,
      };
      classes.push(cls);
      entry = { cls, units: ids };
      classByKey.set(key, entry);
    }
    for (let q = 0; q < line.quantity; q++) {
      entry.units.push(units.length);
      units.push({ id: units.length, line: line.index, classId: entry.cls.id, price: line.unitPrice, reducedPrice: line.reducedPrice });
    }
  }

  const offers: ActiveOffer[] = [];
  const thresholds: ActiveThreshold[] = [];
  const valid = book.offers
    .map((offer, bookIndex) => ({ offer, bookIndex }))
    .filter(({ offer }) => isValidOn(offer, date))
    .sort((a, b) => compareOffers(a.offer, b.offer));
  for (const { offer, bookIndex } of valid) {
    if (offer.kind === 'spend-threshold') {
      const wholeBasket = offer.products === undefined && offer.categories === undefined;
      const eligible = new Set(classes.filter((c) => wholeBasket || targets(offer, c)).map((c) => c.id));
      thresholds.push({ bookIndex, offer, eligible, wholeBasket });
      continue;
    }
    const rule = ruleFor(offer);
    const slotSizes = rule.slotSizes(offer);
    const slotsByClass = new Map<number, number[]>();
    for (const c of classes) {
      if (rule.countBased && c.weighed) continue;
      const slots = offer.kind === 'bundle' ? offer.slots.flatMap((slot, s) => (targets(slot, c) ? [s] : [])) : targets(offer, c) ? [0] : [];
      if (slots.length > 0) slotsByClass.set(c.id, slots);
    }
    if (!canApply(slotSizes, slotsByClass, classes)) continue;
    offers.push({
      bookIndex,
      offer,
      rule,
      slotSizes,
      groupSize: slotSizes.reduce((a, b) => a + b, 0),
      limit: offer.limit ?? Number.POSITIVE_INFINITY,
      slotsByClass,
    });
  }

  const subtotal = lines.reduce((a, l) => a + l.price, 0);
  return { lines, units, classes, offers, thresholds, components: findComponents(classes, offers), subtotal };
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

function findComponents(classes: readonly UnitClass[], offers: readonly ActiveOffer[]): Component[] {
  const parent = classes.map((c) => c.id);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const o of offers) {
    const ids = [...o.slotsByClass.keys()];
    for (const id of ids.slice(1)) parent[find(id)] = find(ids[0]!);
  }
  const members = new Map<number, number[]>();
  const involved = new Set<number>(offers.flatMap((o) => [...o.slotsByClass.keys()]));
  for (const c of classes) {
    if (!involved.has(c.id) && c.reducedPrice === undefined) continue;
    const root = find(c.id);
    members.set(root, [...(members.get(root) ?? []), c.id]);
  }
  const components: Component[] = [];
  for (const classIds of members.values()) {
    const set = new Set(classIds);
    const ordered = [...classIds].sort(
      (a, b) => classes[b]!.price - classes[a]!.price || classes[a]!.units[0]! - classes[b]!.units[0]!,
    );
    const offerIdx = offers.flatMap((o, i) => ([...o.slotsByClass.keys()].some((c) => set.has(c)) ? [i] : []));
    const signature = [
      ordered.map((c) => `${classes[c]!.sku}:${classes[c]!.price}:${classes[c]!.reducedPrice ?? ''}:${classes[c]!.weighed ? 'w' : ''}${classes[c]!.units.length}`).join(','),
      offerIdx.map((i) => offers[i]!.bookIndex).join(','),
    ].join('|');
    components.push({ classes: ordered, offers: offerIdx, sequence: ordered.flatMap((c) => classes[c]!.units), signature });
  }
  // Deterministic order: by the first unit scanned.
  return components.sort((a, b) => Math.min(...a.sequence) - Math.min(...b.sequence));
}
