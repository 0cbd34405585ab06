import type { ItemOffer } from '../schema';
import type { OfferRule } from './rule';

type AmountOff = Extract<ItemOffer, { kind: 'amount-off' }>;

/** One eligible unit (or weighed line) reduced by `amount`, never below zero. */
export const amountOff: OfferRule<AmountOff> = {
  countBased: false,
  slotSizes: () => [1],
  saving: (offer, [[price = 0] = []]) => Math.min(offer.amount, price),
  unitGain: (offer, price) => Math.min(offer.amount, price),
  slotTargets: (offer) => [offer],
  slotted: false,
  freeFrom: () => 0,
  positional: false,
  fixedPrice: () => undefined,
  alwaysSaves: () => true,
  savingRate: () => 1,
  completionGain: () => 0,
  defaultLabel: (offer, format) => `${format(offer.amount)} off`,
};
