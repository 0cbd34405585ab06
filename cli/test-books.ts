/**
 * Price books for the CLI's tests, as plain JSON values (the e2e tests write them to temp files).
 * Every barcode's check digit is worked by hand below, by the GS1 rule in `src/barcodes/README.md`:
 * over the 12-digit body, weight 1 on odd positions and 3 on even positions from the left; the check
 * digit brings the sum up to the next multiple of 10.
 */

import { vatShopGroceries, vatShopMealDeal, vatShopRates } from '../test-support/vat-shop';

/**
 * A shop whose products are found by barcode.
 *
 * - MILK, EAN-13 `5012345678917`: body 5 0 1 2 3 4 5 6 7 8 9 1 →
 *   5·1 + 0·3 + 1·1 + 2·3 + 3·1 + 4·3 + 5·1 + 6·3 + 7·1 + 8·3 + 9·1 + 1·3
 *   = 5+0+1+6+3+12+5+18+7+24+9+3 = 93 → check 7.
 *   (`5012345678900`, the same with 0 as the last body digit, sums to 90 → check 0: a valid code
 *   that no product lists.)
 * - APPLES, weighed at £1.99/kg, base code `21 00077 00000 7`: 2·1 + 1·3 + 7·3 + 7·1 = 33 → 7.
 *   Its weight label for 412 g is `21 00077 00412 8`: 33 + 4·3 + 1·1 + 2·3 = 52 → 8, so
 *   `2100077004128`; 412 g × 199p/kg = 81.988p, rounded half up to 82p.
 * - CAKE, £3.00, base code `20 00123 00000 8`: 2·1 + 1·1 + 2·3 + 3·1 = 12 → 8.
 *   Price label at £2.50 `20 00123 00250 7`: 12 + 2·3 + 5·1 = 23 → 7, so `2000123002507`.
 *   Reduced-to-clear at 99p `29 00123 00099 5`: 2·1 + 9·3 + 1·1 + 2·3 + 3·1 + 9·1 + 9·3 = 75 → 5,
 *   so `2900123000995`.
 * - PEN lists EAN-8 `96385074` (body 9 6 3 8 5 0 7, weights 3 1 3 … from the left for 7 digits:
 *   27+6+9+8+15+0+21 = 86 → 4); the product whose SKU is `96385074` wins when that is typed,
 *   because SKUs are checked first.
 */
export const barcodeBook = {
  name: 'Barcode test shop',
  currency: 'GBP',
  products: [
    { sku: 'MILK', name: 'Milk', price: 125, barcodes: ['5012345678917'] },
    { sku: 'APPLES', name: 'Loose apples', price: 199, unit: 'kg', barcodes: ['2100077000007'] },
    { sku: 'CAKE', name: 'Cake', price: 300, barcodes: ['2000123000008'] },
    { sku: 'PEN', name: 'Pen', price: 99, barcodes: ['96385074'] },
    { sku: '96385074', name: 'Numbered SKU', price: 10 },
  ],
  offers: [],
} as const;

/** The barcodes of {@link barcodeBook}, named. */
export const codes = {
  milk: '5012345678917',
  unlisted: '5012345678900',
  milkBadCheck: '5012345678910',
  apples412g: '2100077004128',
  cakeAt250: '2000123002507',
  cakeReducedTo99: '2900123000995',
  pen: '96385074',
} as const;

/** A book with a dated offer: 10% off MILK in January 2024 only. */
export const datedOfferBook = {
  currency: 'GBP',
  products: [{ sku: 'MILK', name: 'Milk', price: 120 }],
  offers: [{ id: 'jan', kind: 'percent-off', products: ['MILK'], percent: 10, validFrom: '2024-01-01', validUntil: '2024-01-31' }],
} as const;

/**
 * A UK-style shop with VAT (prices include it): standard rate S 20%, reduced R 5%, zero Z.
 * A meal deal (sandwich + crisps + cola for 3.50) and 2.00 off a spend of 20.00 after offers.
 */
export const vatBook = {
  name: 'VAT test shop',
  currency: 'GBP',
  taxRates: vatShopRates,
  products: [...vatShopGroceries, { sku: 'COAL', name: 'Smokeless coal 10 kg', price: 1000, tax: 'R' }],
  offers: [vatShopMealDeal, { id: 'SPEND20', kind: 'spend-threshold', label: '2.00 off 20.00', threshold: 2000, amount: 200, basis: 'after-offers' }],
} as const;
