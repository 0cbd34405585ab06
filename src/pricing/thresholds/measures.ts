import type { ActiveThreshold, PricingModel } from '../model';
import { maxThresholdSaving } from '../offers/spend-threshold';

/** A quantity a threshold set needs tracked through the search. */
export interface Measure {
  readonly threshold: number;
  /** 'eligible-saving': item saving shared onto eligible units; 'used': full price of eligible units in applications or sold reduced. */
  readonly kind: 'eligible-saving' | 'used';
}

/**
 * The measures a set of thresholds needs tracked. A whole-basket threshold's eligible saving is
 * the saving itself; a targeted threshold's eligible saving is tracked when it is measured after
 * offers or when its cap (what eligible units still pay) could bind.
 */
export function trackedMeasures(model: PricingModel, thresholds: readonly number[], floors: PaidFloors): Measure[] {
  const out: Measure[] = [];
  for (const t of thresholds) {
    const th = model.thresholds[t]!;
    if (!th.wholeBasket && (th.offer.basis === 'after-offers' || floors.capMayBind(th))) out.push({ threshold: t, kind: 'eligible-saving' });
    if (th.offer.basis === 'full-price-only') out.push({ threshold: t, kind: 'used' });
  }
  return out;
}

/**
 * Floors on what each threshold's eligible units pay after item offers, for one pricing's model:
 * every threshold set of the pricing asks again, so each is worked out once, when first asked.
 * Made by the pricing and handed to what asks (never kept between pricings).
 */
export class PaidFloors {
  private readonly known = new Map<ActiveThreshold, number>();

  constructor(private readonly model: PricingModel) {}

  /**
   * A floor on what a threshold's eligible units pay after item offers. A unit's share of an
   * application's saving is in proportion to its price, so it is at most its price times the
   * application's saving rate (free/buy for a cheapest-free, 1 − price/dearest filling for a fixed
   * price), plus one minor unit of rounding.
   */
  minimumEligiblePaid(th: ActiveThreshold): number {
    let paid = this.known.get(th);
    if (paid === undefined) {
      paid = eligiblePaidFloor(this.model, th);
      this.known.set(th, paid);
    }
    return paid;
  }

  /** Whether a threshold's reward could exceed what its eligible units pay after the deepest item offers. */
  capMayBind(th: ActiveThreshold): boolean {
    return maxThresholdSaving(th.offer, th.full) > this.minimumEligiblePaid(th);
  }
}

function eligiblePaidFloor(model: PricingModel, th: ActiveThreshold): number {
  const rate = model.offers.map((o) => {
    if (o.groupSize === 1) return 1;
    return o.strategy.savingRate(() => {
      let dearest = 0;
      o.slotSizes.forEach((size, slot) => {
        let max = 0;
        for (const [c, slots] of o.slotsByClass) if (slots.includes(slot)) max = Math.max(max, model.classes[c]!.price);
        dearest += max * size;
      });
      return dearest;
    });
  });
  let paid = 0;
  for (const u of model.units) {
    if (!th.eligible.has(u.classId)) continue;
    let save = u.reducedPrice !== undefined ? u.price - u.reducedPrice : 0;
    model.offers.forEach((o, k) => {
      if (!o.slotsByClass.has(u.classId)) return;
      save = Math.max(save, o.groupSize === 1 ? o.strategy.saving([[u.price]]) : Math.min(u.price, Math.floor(u.price * rate[k]!) + 1));
    });
    paid += u.price - save;
  }
  return paid;
}
