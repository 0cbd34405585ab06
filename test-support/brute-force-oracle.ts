/**
 * A second, slower oracle: exhaustive search over which real units form which applications,
 * unit by unit in scan order. It checks the MILP oracle, not the engine: it shares no code with
 * `ilp-oracle.ts` (no classes, no patterns, no LP), and it breaks share ties by the actual scan
 * position of each unit. Only for baskets of a few units; it throws above {@link MAX_UNITS}.
 */
import type { OracleResult } from './ilp-oracle';
import type {
  BasketLine,
  JsonBundleSlot,
  JsonItemOffer,
  JsonPriceBook,
  JsonSpendThresholdOffer,
  JsonTargets,
} from './price-book-json';

/** The most units the search accepts: the number of ways to group units grows like a factorial. */
export const MAX_UNITS = 8;

interface Unit {
  readonly scan: number;
  readonly sku: string;
  readonly category: string | undefined;
  readonly weighed: boolean;
  readonly full: number;
  /** Only when below `full`. */
  readonly reduced: number | undefined;
}

interface Application {
  readonly offer: JsonItemOffer;
  /** Unit indices in scan order. */
  readonly units: readonly number[];
  readonly saving: number;
}

/**
 * The customer's lowest total for `basket` priced against `book` on `date`, by trying every way
 * to group its units into applications. Among equal totals, the largest item saving.
 */
export function solveByBruteForce(book: JsonPriceBook, basket: readonly BasketLine[], date: string): OracleResult {
  const units = unitsOf(book, basket);
  if (units.length > MAX_UNITS) throw new RangeError(`brute force takes at most ${MAX_UNITS} units, got ${units.length}`);
  const valid = book.offers.filter(
    (o) => (o.validFrom === undefined || o.validFrom <= date) && (o.validUntil === undefined || date <= o.validUntil),
  );
  const itemOffers = valid.filter((o): o is JsonItemOffer => o.kind !== 'spend-threshold');
  const thresholds = valid.filter((o): o is JsonSpendThresholdOffer => o.kind === 'spend-threshold');
  const full = units.reduce((s, u) => s + u.full, 0);

  let best: OracleResult | undefined;
  const consider = (candidate: OracleResult) => {
    if (best === undefined || candidate.total < best.total || (candidate.total === best.total && candidate.itemSaving > best.itemSaving)) {
      best = candidate;
    }
  };

  const taken: boolean[] = units.map(() => false);
  const applications: Application[] = [];
  const search = (i: number): void => {
    if (i === units.length) {
      consider(price(units, applications, thresholds.filter((t) => t.exclusive !== true), full));
      return;
    }
    if (taken[i]) {
      search(i + 1);
      return;
    }
    search(i + 1);
    // Unit i opens a new application: it is the earliest unit of it still free.
    for (const offer of itemOffers) {
      if (offer.limit !== undefined && applications.filter((a) => a.offer === offer).length >= offer.limit) continue;
      const free = units.map((_, j) => j).filter((j) => j > i && !taken[j]);
      for (const others of combinations(free, sizeOf(offer) - 1)) {
        const members = [i, ...others];
        if (!fits(offer, members.map((j) => units[j] as Unit))) continue;
        const saving = savingOf(offer, members.map((j) => (units[j] as Unit).full));
        if (saving <= 0) continue;
        for (const j of members) taken[j] = true;
        applications.push({ offer, units: members, saving });
        search(i + 1);
        applications.pop();
        for (const j of members) taken[j] = false;
      }
    }
  };
  search(0);

  for (const t of thresholds.filter((o) => o.exclusive === true)) {
    const alone = priceExclusive(units, t, full);
    if (alone !== undefined) consider(alone);
  }
  if (best === undefined) throw new Error('the search found no way to price the basket');
  return best;
}

function unitsOf(book: JsonPriceBook, basket: readonly BasketLine[]): Unit[] {
  const units: Unit[] = [];
  for (const line of basket) {
    const product = book.products.find((p) => p.sku === line.sku);
    if (product === undefined) throw new Error(`no product has SKU "${line.sku}"`);
    const weighed = product.unit === 'kg';
    const full = line.price ?? (weighed ? Math.floor((2 * product.price * (line.grams ?? 0) + 1000) / 2000) : product.price);
    const reduced = line.reducedPrice !== undefined && line.reducedPrice < full ? line.reducedPrice : undefined;
    const copies = weighed ? 1 : (line.quantity ?? 1);
    for (let k = 0; k < copies; k++) {
      units.push({ scan: units.length, sku: product.sku, category: product.category, weighed, full, reduced });
    }
  }
  return units;
}

const hits = (t: JsonTargets, u: Unit): boolean =>
  (t.products?.includes(u.sku) ?? false) || (u.category !== undefined && (t.categories?.includes(u.category) ?? false));

function sizeOf(offer: JsonItemOffer): number {
  switch (offer.kind) {
    case 'multi-buy':
      return offer.quantity;
    case 'cheapest-free':
      return offer.buy;
    case 'bundle':
      return offer.slots.reduce((s, slot) => s + (slot.quantity ?? 1), 0);
    case 'percent-off':
    case 'amount-off':
      return 1;
  }
}

function fits(offer: JsonItemOffer, members: readonly Unit[]): boolean {
  switch (offer.kind) {
    case 'multi-buy':
    case 'cheapest-free':
      return members.every((u) => !u.weighed && hits(offer, u));
    case 'bundle':
      return members.every((u) => !u.weighed) && fillsSlots(offer.slots, members);
    case 'percent-off':
    case 'amount-off':
      return members.every((u) => hits(offer, u));
  }
}

/** Whether the units can be placed one per slot place, each in a slot it matches. */
function fillsSlots(slots: readonly JsonBundleSlot[], members: readonly Unit[]): boolean {
  const places = slots.flatMap((slot) => Array.from({ length: slot.quantity ?? 1 }, () => slot));
  const used = members.map(() => false);
  const place = (p: number): boolean => {
    const slot = places[p];
    if (slot === undefined) return true;
    return members.some((u, k) => {
      if (used[k] || !hits(slot, u)) return false;
      used[k] = true;
      const ok = place(p + 1);
      used[k] = false;
      return ok;
    });
  };
  return place(0);
}

function savingOf(offer: JsonItemOffer, prices: readonly number[]): number {
  const total = prices.reduce((a, b) => a + b, 0);
  switch (offer.kind) {
    case 'multi-buy':
    case 'bundle':
      return total - offer.price;
    case 'cheapest-free':
      return [...prices].sort((a, b) => a - b).slice(0, offer.free).reduce((a, b) => a + b, 0);
    case 'percent-off':
      return Math.floor((2 * total * offer.percent + 100) / 200);
    case 'amount-off':
      return Math.min(offer.amount, total);
  }
}

function* combinations<T>(items: readonly T[], k: number, from = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++) {
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i] as T, ...rest];
  }
}

/** What each unit pays: its application's saving shared by full price, largest remainder, ties to the earliest scan. */
function paidByUnit(units: readonly Unit[], applications: readonly Application[]): { paid: number[]; inApplication: boolean[] } {
  const paid = units.map((u) => u.reduced ?? u.full);
  const inApplication = units.map(() => false);
  for (const app of applications) {
    const weight = app.units.reduce((s, j) => s + (units[j] as Unit).full, 0);
    const exact = app.units.map((j) => app.saving * (units[j] as Unit).full);
    const share = exact.map((e) => Math.floor(e / weight));
    let left = app.saving - share.reduce((a, b) => a + b, 0);
    const order = exact.map((e, k) => ({ k, rest: e % weight })).sort((a, b) => b.rest - a.rest || a.k - b.k);
    for (const { k } of order) {
      if (left === 0) break;
      share[k] = (share[k] ?? 0) + 1;
      left -= 1;
    }
    app.units.forEach((j, k) => {
      paid[j] = (units[j] as Unit).full - (share[k] ?? 0);
      inApplication[j] = true;
    });
  }
  return { paid, inApplication };
}

const eligibleFor = (t: JsonSpendThresholdOffer, u: Unit): boolean =>
  (t.products === undefined && t.categories === undefined) || hits(t, u);

const rewardOf = (t: JsonSpendThresholdOffer, measured: number): number =>
  t.amount ?? Math.floor((2 * measured * (t.percent ?? 0) + 100) / 200);

function price(
  units: readonly Unit[],
  applications: readonly Application[],
  thresholds: readonly JsonSpendThresholdOffer[],
  full: number,
): OracleResult {
  const { paid, inApplication } = paidByUnit(units, applications);
  const afterItems = paid.reduce((a, b) => a + b, 0);
  let off = 0;
  for (const t of thresholds) {
    let before = 0;
    let after = 0;
    let fullPriceOnly = 0;
    units.forEach((u, j) => {
      if (!eligibleFor(t, u)) return;
      before += u.full;
      after += paid[j] ?? 0;
      if (!inApplication[j] && u.reduced === undefined) fullPriceOnly += u.full;
    });
    const measured = t.basis === 'before-offers' ? before : t.basis === 'after-offers' ? after : fullPriceOnly;
    if (measured >= t.threshold) off += Math.min(rewardOf(t, measured), after);
  }
  return { total: Math.max(0, afterItems - off), itemSaving: full - afterItems };
}

function priceExclusive(units: readonly Unit[], t: JsonSpendThresholdOffer, full: number): OracleResult | undefined {
  return reaches(units, t) ? price(units, [], [t], full) : undefined;
}

function reaches(units: readonly Unit[], t: JsonSpendThresholdOffer): boolean {
  const eligible = units.filter((u) => eligibleFor(t, u));
  const measured =
    t.basis === 'before-offers'
      ? eligible.reduce((s, u) => s + u.full, 0)
      : t.basis === 'after-offers'
        ? eligible.reduce((s, u) => s + (u.reduced ?? u.full), 0)
        : eligible.reduce((s, u) => s + (u.reduced === undefined ? u.full : 0), 0);
  return measured >= t.threshold;
}
