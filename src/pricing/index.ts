/**
 * The pricing engine: pure TypeScript, no React, no DOM, no clock. This is its only public entry.
 * Read README.md beside this file for the model, the invariants and the algorithm.
 */
export { validatePriceBook, priceBookSchema, formatPath } from './schema';
export type { PriceBook, Product, Offer, ItemOffer, ThresholdOffer, BundleSlot, BookIssue, BookValidation, TaxRate, LegalDetails } from './schema';
export { priceBasket } from './price-basket';
export { minorUnitDigits, moneyFormatter } from './money-format';
export { pricingContext } from './pricing-context';
export type { PricingContext } from './pricing-context';
export type { PriceOptions, PricingResult } from './price-basket';
export type { BasketItem, BasketProblem } from './basket';
export type { Receipt, ReceiptLine, DiscountLine, DiscountUnit, NearMiss, TaxLine } from './receipt';
export { paidAmounts } from './paid-amounts';
export { vatOf, taxLine, taxesByCode, withTaxes, percentHundredths } from './taxes';
export { DEFAULT_LIMITS } from './search-budget';
export type { SearchLimits } from './search-budget';
export { money, roundHalfUp, percentOf, priceByWeight, allocate } from './money';
export type { Money } from './money';
export { priceExactly } from './milp/price-exactly';
export type { MilpAnswer, MilpSolver, ExactOptions } from './milp/price-exactly';
