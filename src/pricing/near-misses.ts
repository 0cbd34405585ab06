import type { PricedLine } from './basket';
import type { Evaluation } from './evaluate';
import { money } from './money';
import { isValidOn, type PricingModel } from './model';
import { defaultThresholdLabel } from './offers/spend-threshold';
import { strategyFor } from './offers/rules';
import type { Targeting } from './offers/rule';
import type { NearMiss } from './receipt';
import type { Offer, PriceBook, Product } from './schema';

/**
 * Re-prices a basket of lines; supplied by the caller so near misses use the same strategy and cache.
 * Undefined when the trial could not be priced with certainty (its budget ran out): no hint then.
 */
export type Reprice = (lines: PricedLine[]) => { evaluation: Evaluation; model: PricingModel } | undefined;

/** At most this many trial re-pricings per basket: hints must stay cheap. */
const MAX_TRIALS = 12;

const isTarget = (t: Targeting, p: Product) =>
  (t.products?.includes(p.sku) ?? false) || (p.category !== undefined && (t.categories?.includes(p.category) ?? false));

/**
 * Offers that one more unit would bring into play, with what the customer would save by adding
 * it: its full price less what the total would rise by. The unit is of a product already in the
 * basket, or, for a bundle with a slot still empty, the cheapest product that fills that slot
 * ("D + E for 0.20": with a D scanned, suggest an E).
 *
 * Candidates are found by counting (a count-based offer one unit short of another application, a
 * threshold one unit short of its spend), then each is priced for real, so a hint never promises a
 * saving the till would not give.
 */
export function findNearMisses(
  book: PriceBook,
  lines: readonly PricedLine[],
  current: { readonly total: number; readonly date: string | undefined },
  format: (amount: number) => string,
  reprice: Reprice,
): NearMiss[] {
  const products = [...new Map(lines.filter((l) => l.product.unit === 'each').map((l) => [l.product.sku, l.product])).values()];
  const units = (t: Targeting) => lines.reduce((a, l) => a + (l.product.unit === 'each' && isTarget(t, l.product) ? l.quantity : 0), 0);
  const candidates: Array<{ offer: Offer; product: Product }> = [];

  for (const offer of book.offers) {
    if (!isValidOn(offer, current.date)) continue;
    if (offer.kind === 'spend-threshold') {
      const whole = offer.products === undefined && offer.categories === undefined;
      const spend = lines.reduce((a, l) => a + (whole || isTarget(offer, l.product) ? l.price : 0), 0);
      if (spend >= offer.threshold) continue;
      const reaching = products
        .filter((p) => (whole || isTarget(offer, p)) && spend + p.price >= offer.threshold)
        .sort((a, b) => a.price - b.price)[0];
      if (reaching) candidates.push({ offer, product: reaching });
      continue;
    }
    const strategy = strategyFor(offer);
    const sizes = strategy.slotSizes;
    const slots = strategy.slotTargets;
    if (sizes.length === 1 && sizes[0] === 1) continue; // a single-unit offer already applies to every eligible unit
    const counts = slots.map(units);
    const applications = (c: readonly number[]) => Math.min(...c.map((n, i) => Math.floor(n / sizes[i]!)));
    const fillers = strategy.slotted && counts.some((n) => n > 0) ? slotFillers(book, slots, counts, products) : [];
    for (const product of [...products, ...fillers]) {
      const after = counts.map((n, i) => n + (isTarget(slots[i]!, product) ? 1 : 0));
      if (applications(after) > applications(counts)) candidates.push({ offer, product });
    }
  }

  const best = new Map<string, NearMiss>();
  for (const { offer, product } of candidates.slice(0, MAX_TRIALS)) {
    const extra: PricedLine = { index: lines.length, product, quantity: 1, unitPrice: money(product.price), price: money(product.price) };
    const trial = reprice([...lines, extra]);
    if (trial === undefined) continue;
    const { evaluation, model } = trial;
    const saving = product.price - (evaluation.total - current.total);
    if (saving <= 0 || !usesOffer(model, evaluation, offer.id)) continue;
    const label = offer.label ?? (offer.kind === 'spend-threshold' ? defaultThresholdLabel(offer, format) : strategyFor(offer).defaultLabel(format));
    const inBasket = products.includes(product);
    const hint: NearMiss = {
      offerId: offer.id,
      label,
      sku: product.sku,
      name: product.name,
      saving: money(saving),
      inBasket,
      message: `Add ${inBasket ? 'one more' : 'one'} ${product.name}: ${label} saves ${format(saving)}`,
    };
    const seen = best.get(offer.id);
    if (seen === undefined || seen.saving < hint.saving) best.set(offer.id, hint);
  }
  return [...best.values()].sort((a, b) => b.saving - a.saving || a.offerId.localeCompare(b.offerId));
}

function usesOffer(model: PricingModel, evaluation: Evaluation, offerId: string): boolean {
  return (
    evaluation.solution.applications.some((a) => model.offers[a.offer]!.offer.id === offerId) ||
    evaluation.thresholds.some((t) => model.thresholds[t.threshold]!.offer.id === offerId)
  );
}

/** For each empty slot of a started bundle, the cheapest product that would fill it (not already in the basket). */
function slotFillers(book: PriceBook, slots: readonly Targeting[], counts: readonly number[], inBasket: readonly Product[]): Product[] {
  const out: Product[] = [];
  slots.forEach((slot, i) => {
    if (counts[i]! > 0) return;
    const cheapest = book.products
      .filter((p) => p.unit === 'each' && isTarget(slot, p) && !inBasket.includes(p) && !out.includes(p))
      .sort((a, b) => a.price - b.price || (a.sku < b.sku ? -1 : 1))[0];
    if (cheapest) out.push(cheapest);
  });
  return out;
}
