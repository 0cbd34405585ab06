import type { ItemOffer } from '../schema';
import type { OfferRule } from './rule';

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
  completionGain: (offer) => -offer.price,
  defaultLabel: (offer, format) => `Meal deal for ${format(offer.price)}`,
};
