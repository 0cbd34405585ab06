import type { Offer, PriceBook, Product } from '../../pricing';

/**
 * Checks the schema cannot make: an offer that is valid but targets nothing it can use, or can
 * never save money, or has run out. They are warnings beside the offer, not refusals: a manager
 * may be preparing a promotion for products not yet in the book.
 */

/** Whether a product is one of an offer's (or slot's) targets: either its SKU or its category matches. */
function targets(target: { readonly products?: readonly string[] | undefined; readonly categories?: readonly string[] | undefined }, product: Product): boolean {
  return (target.products?.includes(product.sku) ?? false) || (product.category !== undefined && (target.categories?.includes(product.category) ?? false));
}

/** The products an offer can use (every product for a spend threshold with no targets). */
export function eligibleProducts(book: PriceBook, offer: Offer): Product[] {
  if (offer.kind === 'bundle') return book.products.filter((p) => offer.slots.some((s) => targets(s, p)));
  if (offer.kind === 'spend-threshold' && offer.products === undefined && offer.categories === undefined) return [...book.products];
  return book.products.filter((p) => targets(offer, p));
}

const COUNTED = new Set<Offer['kind']>(['multi-buy', 'bundle', 'cheapest-free']);
const dearest = (products: readonly Product[]): number => Math.max(0, ...products.map((p) => p.price));

/** Plain-words warnings about an offer that targets nothing or can never apply on `today` (YYYY-MM-DD) or after. */
export function offerWarnings(book: PriceBook, offer: Offer, today: string, format: (minor: number) => string): string[] {
  const warnings: string[] = [];
  if (offer.validUntil !== undefined && offer.validUntil < today) warnings.push(`Expired: it ended on ${offer.validUntil}`);

  if (offer.kind === 'bundle') {
    offer.slots.forEach((slot, i) => {
      const counted = book.products.filter((p) => targets(slot, p) && p.unit === 'each');
      if (counted.length === 0) warnings.push(`Slot ${i + 1} targets no product sold by the unit, so the bundle can never be filled`);
    });
    const most = offer.slots.reduce((sum, slot) => sum + (slot.quantity ?? 1) * dearest(book.products.filter((p) => targets(slot, p) && p.unit === 'each')), 0);
    if (warnings.length === 0 && offer.price >= most) {
      warnings.push(`Never saves: even the dearest filling costs ${format(most)}, not more than the bundle price ${format(offer.price)}`);
    }
    return warnings;
  }

  const eligible = eligibleProducts(book, offer);
  if (eligible.length === 0) return [...warnings, 'Targets no product'];
  if (COUNTED.has(offer.kind)) {
    const counted = eligible.filter((p) => p.unit === 'each');
    if (counted.length === 0) return [...warnings, 'Targets only weighed products, but counts units: it can never apply'];
    if (offer.kind === 'multi-buy') {
      const most = offer.quantity * dearest(counted);
      if (offer.price >= most) warnings.push(`Never saves: ${offer.quantity} of the dearest product cost ${format(most)}, not more than ${format(offer.price)}`);
    }
    if (offer.kind === 'cheapest-free' && dearest(counted) === 0) warnings.push('Never saves: every product it targets is free');
  } else if (offer.kind !== 'spend-threshold' && dearest(eligible) === 0) {
    warnings.push('Never saves: every product it targets is free');
  }
  return warnings;
}

/** Whether an offer's dates include `today` (both ends inclusive). */
export function validOn(offer: Pick<Offer, 'validFrom' | 'validUntil'>, today: string): boolean {
  return (offer.validFrom === undefined || offer.validFrom <= today) && (offer.validUntil === undefined || today <= offer.validUntil);
}

/** "Apples, Pears; category fruit": what an offer targets, by product name where the book has it. */
export function describeTargets(book: PriceBook, offer: Offer): string {
  const names = new Map(book.products.map((p) => [p.sku, p.name]));
  const one = (t: { readonly products?: readonly string[] | undefined; readonly categories?: readonly string[] | undefined }): string =>
    [
      (t.products ?? []).map((sku) => names.get(sku) ?? sku).join(', '),
      t.categories === undefined || t.categories.length === 0 ? '' : `${t.categories.length === 1 ? 'category' : 'categories'} ${t.categories.join(', ')}`,
    ]
      .filter((s) => s !== '')
      .join('; ');
  if (offer.kind === 'bundle') return offer.slots.map((s) => `${(s.quantity ?? 1) > 1 ? `${s.quantity} × ` : ''}${one(s)}`).join(' + ');
  if (offer.kind === 'spend-threshold' && offer.products === undefined && offer.categories === undefined) return 'Whole basket';
  return one(offer);
}

/** "From 2024-06-01 until 2024-06-30", "Until …", "From …", or "Always". */
export function describeValidity(offer: Pick<Offer, 'validFrom' | 'validUntil'>): string {
  if (offer.validFrom !== undefined && offer.validUntil !== undefined) return `${offer.validFrom} to ${offer.validUntil}`;
  if (offer.validFrom !== undefined) return `From ${offer.validFrom}`;
  if (offer.validUntil !== undefined) return `Until ${offer.validUntil}`;
  return 'Always';
}
