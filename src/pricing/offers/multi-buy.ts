import type { ItemOffer } from '../schema';
import type { OfferRule } from './rule';

type MultiBuy = Extract<ItemOffer, { kind: 'multi-buy' }>;

/** `quantity` eligible units (mixed SKUs allowed) for `price`: saves their full prices less the price. */
export const multiBuy: OfferRule<MultiBuy> = {
  countBased: true,
  slotSizes: (offer) => [offer.quantity],
  saving: (offer, [prices = []]) => prices.reduce((a, b) => a + b, 0) - offer.price,
  unitGain: (_offer, price) => price,
  completionGain: (offer) => -offer.price,
  defaultLabel: (offer, format) => `${offer.quantity} for ${format(offer.price)}`,
};
