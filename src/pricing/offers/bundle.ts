import type { ItemOffer } from '../schema';
import { fixedPriceRate, type OfferRule } from './rule';

type Bundle = Extract<ItemOffer, { kind: 'bundle' }>;

/** One filling of every slot, with distinct units, for `price` (mix & match, meal deal). */
export const bundle: OfferRule<Bundle> = {
  countBased: true,
  slotSizes: (offer) => offer.slots.map((s) => s.quantity),
  saving: (offer, pricesBySlot) => {
    let sum = -offer.price;
    for (const slot of pricesBySlot) for (const price of slot) sum += price;
    return sum;
  },
  unitGain: (_offer, price) => price,
  slotTargets: (offer) => offer.slots,
  slotted: true,
  freeFrom: () => 0,
  positional: false,
  fixedPrice: (offer) => offer.price,
  alwaysSaves: (offer, cheapestFilling) => cheapestFilling > offer.price,
  savingRate: (offer, dearestFilling) => fixedPriceRate(offer.price, dearestFilling()),
  completionGain: (offer) => -offer.price,
  defaultLabel: (offer, format) => `Meal deal for ${format(offer.price)}`,
};
