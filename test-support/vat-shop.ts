/**
 * The UK-style corner shop the VAT tests share (prices include VAT): wine, crisps and cola at the
 * standard rate S (20%), bread and sandwiches zero rated (Z), child car seats at the reduced rate R
 * (5%); a meal deal (sandwich + crisps + cola for 3.50) and 1.00 off a spend of 13.00 after offers.
 * Raw JSON, as a book file holds it: each test validates it the way its own layer does.
 */
export const vatShopRates = [{ code: 'S', percent: 20, label: 'VAT 20%' }, { code: 'R', percent: 5 }, { code: 'Z', percent: 0 }] as const;

/** The five products every VAT test sells, without the reduced-rate one (each test adds its own). */
export const vatShopGroceries = [
  { sku: 'WINE', name: 'Wine', price: 900, tax: 'S' },
  { sku: 'BREAD', name: 'Bread', price: 120, tax: 'Z' },
  { sku: 'SAND', name: 'Sandwich', price: 250, tax: 'Z' },
  { sku: 'CRISPS', name: 'Crisps', price: 80, tax: 'S' },
  { sku: 'COKE', name: 'Cola', price: 120, tax: 'S' },
] as const;

/** Sandwich + crisps + cola for 3.50: zero-rated and standard-rated units in one application. */
export const vatShopMealDeal = {
  id: 'MEAL',
  kind: 'bundle',
  label: 'Meal deal 3.50',
  slots: [{ products: ['SAND'] }, { products: ['CRISPS'] }, { products: ['COKE'] }],
  price: 350,
} as const;

export const vatShop = {
  currency: 'GBP',
  taxRates: vatShopRates,
  products: [...vatShopGroceries, { sku: 'SEAT', name: 'Child car seat', price: 800, tax: 'R' }],
  offers: [vatShopMealDeal, { id: 'SPEND13', kind: 'spend-threshold', label: '1.00 off 13.00', threshold: 1300, amount: 100, basis: 'after-offers' }],
} as const;
