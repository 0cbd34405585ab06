import type { ItemOffer } from '../schema';
import { amountOff } from './amount-off';
import { bundle } from './bundle';
import { cheapestFree } from './cheapest-free';
import { multiBuy } from './multi-buy';
import { percentOff } from './percent-off';
import { bind, type OfferRule, type OfferStrategy } from './rule';

const rules: { [K in ItemOffer['kind']]: OfferRule<Extract<ItemOffer, { kind: K }>> } = {
  'multi-buy': multiBuy,
  bundle,
  'cheapest-free': cheapestFree,
  'percent-off': percentOff,
  'amount-off': amountOff,
};

/** The rule for an item offer's kind. */
export function ruleFor<O extends ItemOffer>(offer: O): OfferRule<O> {
  return rules[offer.kind] as unknown as OfferRule<O>;
}

/** An item offer with its kind's rule bound to it: what a solver asks of it. */
export function strategyFor(offer: ItemOffer): OfferStrategy {
  return bind(ruleFor(offer), offer);
}
