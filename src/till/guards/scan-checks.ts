import type { Product } from '../../pricing';
import type { ScannedItem } from '../basket/basket-rules';
import { decideAge, type AgeCheck } from './age-rules';
import { quantityNeedsConfirming } from './quantity-rules';
import { checkWeighedPrice } from './weight-rules';

/** Something the cashier confirms before a scan goes into the basket. */
export type ScanConfirmation =
  /** The first age-restricted item of the sale (or one restricted to a higher age than any confirmed). */
  | { readonly kind: 'age'; readonly minimumAge: number }
  /** A price-embedded label below a tenth of the shelf price: a misprint, or a label moved from a cheaper item. */
  | { readonly kind: 'low-price-label'; readonly price: number; readonly shelfPrice: number }
  /** More units than `CONFIRM_QUANTITY_ABOVE` (50) in one scan. */
  | { readonly kind: 'quantity'; readonly quantity: number };

/** What a scan needs before it goes in: a refusal, or the confirmations to ask for (none: add it). */
export type ScanVerdict = { readonly ok: false; readonly message: string } | { readonly ok: true; readonly confirmations: readonly ScanConfirmation[] };

/**
 * The till's guards on an item about to go into the basket. Refused: a weighed line that prices to
 * nothing, and an age-restricted item after the customer was found under that age. Confirmed, in
 * this order (the age first: a "no" makes the others moot): the customer's age, a price label
 * below a tenth of the shelf price, more than fifty units.
 *
 * @param ageChecks - The sale's age checks so far.
 * @param format - Formats minor units for the messages.
 */
export function checkScan(item: ScannedItem, product: Product, ageChecks: readonly AgeCheck[], format: (amount: number) => string): ScanVerdict {
  if (item.grams !== undefined) {
    const priced = checkWeighedPrice(product, item.grams, format);
    if (!priced.ok) return priced;
  }
  const confirmations: ScanConfirmation[] = [];
  if (product.ageRestricted !== undefined) {
    const age = decideAge(ageChecks, product.ageRestricted);
    if (age.kind === 'refused') {
      return {
        ok: false,
        message: `Not added: ${product.name} is for customers ${product.ageRestricted} or over, and this customer was not confirmed ${age.check.minimumAge} or over earlier in this sale`,
      };
    }
    if (age.kind === 'ask') confirmations.push({ kind: 'age', minimumAge: product.ageRestricted });
  }
  // Only a product sold by the unit has a shelf price to compare a label with: a weighed one's is per kilogram.
  if (item.price !== undefined && product.unit !== 'kg' && item.price * 10 < product.price) {
    confirmations.push({ kind: 'low-price-label', price: item.price, shelfPrice: product.price });
  }
  if (quantityNeedsConfirming(item.quantity)) confirmations.push({ kind: 'quantity', quantity: item.quantity });
  return { ok: true, confirmations };
}
