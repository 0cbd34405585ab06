import { priceByWeight, type Product } from '../../pricing';

/** Heaviest weighed line, in grams: 99.999 kg, the most a five-digit weight label can say. */
export const MAX_GRAMS = 99_999;

export type WeightCheck = { readonly ok: true; readonly grams: number; readonly price: number } | { readonly ok: false; readonly message: string };

const grams = (n: number) => n.toLocaleString('en-GB');

/**
 * Checks a weight typed for a weighed product, as the digits typed: a whole number of grams from 1
 * to {@link MAX_GRAMS} (never cut to fit), and a price of at least one minor unit (a line at
 * £0.00 is a mis-weigh, or a product the till cannot sell by weight).
 */
export function checkWeight(product: Product, typed: string, format: (amount: number) => string): WeightCheck {
  if (!/^\d+$/.test(typed)) return { ok: false, message: `Type the weight in whole grams, from 1 to ${grams(MAX_GRAMS)}` };
  const weight = Number(typed);
  if (weight < 1 || weight > MAX_GRAMS) {
    return { ok: false, message: `${grams(weight)} g is out of range: type the weight in whole grams, from 1 to ${grams(MAX_GRAMS)}` };
  }
  return checkWeighedPrice(product, weight, format);
}

/** Refuses a weighed line that prices to nothing, whether its weight was typed or read from a label. */
export function checkWeighedPrice(product: Product, weight: number, format: (amount: number) => string): WeightCheck {
  const price = priceByWeight(product.price, weight);
  if (price <= 0) {
    return { ok: false, message: `${grams(weight)} g of ${product.name} comes to ${format(0)}: weigh it again, or sell more than ${grams(weight)} g` };
  }
  return { ok: true, grams: weight, price };
}
