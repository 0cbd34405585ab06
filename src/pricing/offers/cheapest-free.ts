import type { ItemOffer } from '../schema';
import type { OfferRule } from './rule';

type CheapestFree = Extract<ItemOffer, { kind: 'cheapest-free' }>;

/**
 * Among `buy` eligible units, the `free` cheapest cost nothing. Units join in descending price
 * order, so the last `free` positions of each application are its cheapest: this consecutive
 * grouping is optimal for any chosen set of units (see the pricing README).
 */
export const cheapestFree: OfferRule<CheapestFree> = {
  countBased: true,
  slotSizes: (offer) => [offer.buy],
  saving: (offer, [prices = []]) => prices.slice(prices.length - offer.free).reduce((a, b) => a + b, 0),
  unitGain: (offer, price, position) => (position >= offer.buy - offer.free ? price : 0),
  slotTargets: (offer) => [offer],
  slotted: false,
  freeFrom: (offer) => offer.buy - offer.free,
  positional: true,
  fixedPrice: () => undefined,
  alwaysSaves: () => true,
  savingRate: (offer) => offer.free / offer.buy,
  completionGain: () => 0,
  defaultLabel: (offer) => `${offer.buy} for ${offer.buy - offer.free}, cheapest free`,
};
