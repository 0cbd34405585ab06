import { percentOf } from '../money';
import type { ActiveThreshold, PricingModel } from '../model';
import type { ThresholdOffer } from '../schema';

/** The spends of a threshold's eligible units that its basis and cap read. */
export interface EligibleSpend {
  /** Full prices of eligible units. */
  readonly full: number;
  /** What eligible units pay after item offers (and reduced prices). */
  readonly paid: number;
  /** Full prices of eligible units in no application and not sold reduced. */
  readonly fullPriceOnly: number;
}

/** Measures a threshold's eligible spend given what each unit pays. */
export function eligibleSpend(model: PricingModel, threshold: ActiveThreshold, paid: Int32Array, inApplication: Uint8Array): EligibleSpend {
  let full = 0;
  let after = 0;
  let fullPriceOnly = 0;
  for (const unit of model.units) {
    if (!threshold.eligible.has(unit.classId)) continue;
    full += unit.price;
    after += paid[unit.id]!;
    if (!inApplication[unit.id]) fullPriceOnly += unit.price;
  }
  return { full, paid: after, fullPriceOnly };
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
