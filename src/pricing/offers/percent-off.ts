import { percentOf } from '../money';
import type { ItemOffer } from '../schema';
import type { OfferRule } from './rule';

type PercentOff = Extract<ItemOffer, { kind: 'percent-off' }>;

/** One eligible unit (or weighed line) reduced by `percent`, rounded half up once per unit. */
export const percentOff: OfferRule<PercentOff> = {
  countBased: false,
  slotSizes: () => [1],
  saving: (offer, [[price = 0] = []]) => percentOf(price, offer.percent),
  unitGain: (offer, price) => percentOf(price, offer.percent),
  slotTargets: (offer) => [offer],
  slotted: false,
  freeFrom: () => 0,
  positional: false,
  fixedPrice: () => undefined,
  alwaysSaves: () => true,
  savingRate: () => 1,
  completionGain: () => 0,
  defaultLabel: (offer) => `${offer.percent}% off`,
};
