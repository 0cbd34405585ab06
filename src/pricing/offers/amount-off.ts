import type { ItemOffer } from '../schema';
import type { OfferRule } from './rule';

type AmountOff = Extract<ItemOffer, { kind: 'amount-off' }>;

/** One eligible unit (or weighed line) reduced by `amount`, never below zero. */
export const amountOff: OfferRule<AmountOff> = {
  countBased: false,
  slotSizes: () => [1],
  saving: (offer, [[price = 0] = []]) => Math.min(offer.amount, price),
  unitGain: (offer, price) => Math.min(offer.amount, price),
  completionGain: () => 0,
  defaultLabel: (offer, format) => `${format(offer.amount)} off`,
};
