import type { ItemOffer } from '../schema';
import { fixedPriceRate, type OfferRule } from './rule';

type MultiBuy = Extract<ItemOffer, { kind: 'multi-buy' }>;

/** `quantity` eligible units (mixed SKUs allowed) for `price`: saves their full prices less the price. */
export const multiBuy: OfferRule<MultiBuy> = {
  countBased: true,
  slotSizes: (offer) => [offer.quantity],
  saving: (offer, [prices = []]) => prices.reduce((a, b) => a + b, 0) - offer.price,
  unitGain: (_offer, price) => price,
  slotTargets: (offer) => [offer],
  slotted: false,
  freeFrom: () => 0,
  positional: false,
  fixedPrice: (offer) => offer.price,
  alwaysSaves: () => true,
  savingRate: (offer, dearestFilling) => fixedPriceRate(offer.price, dearestFilling()),
  completionGain: (offer) => -offer.price,
  defaultLabel: (offer, format) => `${offer.quantity} for ${format(offer.price)}`,
};
