import { percentOf } from '../money';
import type { ActiveThreshold, PricingModel } from '../model';
import type { ThresholdOffer } from '../schema';
import { shareSaving } from '../shares';
import type { ItemSolution } from '../solution';
import { joined } from '../arrays';

/** The spends of a threshold's eligible units that its basis and cap read. */
export interface EligibleSpend {
  /** Full prices of eligible units. */
  readonly full: number;
  /** What eligible units pay after item offers (and reduced prices). */
  readonly paid: number;
  /** Full prices of eligible units in no application and not sold reduced. */
  readonly fullPriceOnly: number;
}

/**
 * Measures a threshold's eligible spend under an item solution. What eligible units pay is their
 * full price less the savings that land on them: an application wholly on eligible units counts
 * its whole saving, one wholly off them nothing, and only one that straddles them is shared unit
 * by unit (as {@link shareSaving} shares it on the receipt). No per-unit arrays: this runs for
 * every candidate solution.
 */
export function eligibleSpend(model: PricingModel, threshold: ActiveThreshold, solution: ItemSolution): EligibleSpend {
  const { eligible } = threshold;
  let saved = 0;
  let used = 0;
  for (const app of solution.applications) {
    let inside = 0;
    let outside = 0;
    for (const slot of app.units) {
      for (const id of slot) {
        const u = model.units[id]!;
        if (eligible.has(u.classId)) {
          inside++;
          used += u.price;
        } else {
          outside++;
        }
      }
    }
    if (inside === 0) continue;
    if (outside === 0) {
      saved += app.saving;
      continue;
    }
    const { ids, shares } = shareSaving(model, joined(app.units), app.saving);
    for (let u = 0; u < ids.length; u++) if (eligible.has(model.units[ids[u]!]!.classId)) saved += shares[u]!;
  }
  for (const id of solution.reduced) {
    const u = model.units[id]!;
    if (!eligible.has(u.classId)) continue;
    saved += u.price - u.reducedPrice!;
    used += u.price;
  }
  return { full: threshold.full, paid: threshold.full - saved, fullPriceOnly: threshold.full - used };
}

/** The spend a threshold measures, by its `basis`. */
export function measuredSpend(offer: ThresholdOffer, spend: EligibleSpend): number {
  switch (offer.basis) {
    case 'before-offers':
      return spend.full;
    case 'after-offers':
      return spend.paid;
    case 'full-price-only':
      return spend.fullPriceOnly;
  }
}

/**
 * The reduction a threshold gives once reached: its amount, or its percent of the measured spend
 * rounded half up once; never more than its eligible units still pay, nor than the basket has left.
 * Zero when the threshold is not reached.
 */
export function thresholdSaving(offer: ThresholdOffer, measured: number, eligiblePaid: number, basketLeft: number): number {
  if (measured < offer.threshold) return 0;
  const reward = offer.amount ?? percentOf(measured, offer.percent ?? 0);
  return Math.max(0, Math.min(reward, eligiblePaid, basketLeft));
}

/** The most a threshold could ever give on this basket (its reward at the largest possible measure). */
export function maxThresholdSaving(offer: ThresholdOffer, spendCeiling: number): number {
  return offer.amount ?? percentOf(spendCeiling, offer.percent ?? 0);
}

/** The receipt text when the threshold has no label. */
export function defaultThresholdLabel(offer: ThresholdOffer, format: (amount: number) => string): string {
  const reward = offer.amount !== undefined ? format(offer.amount) : `${offer.percent}%`;
  return `${reward} off when you spend ${format(offer.threshold)}`;
}
