import type { PricingModel } from './model';
import { eligibleSpend, measuredSpend, thresholdSaving } from './offers/spend-threshold';
import { bareSolution, itemSavings, type ItemSolution } from './solution';

/** A threshold that applied: index into {@link PricingModel.thresholds}, what it measured, what it saved. */
export interface AppliedThreshold {
  readonly threshold: number;
  readonly measured: number;
  readonly saving: number;
}

/** A complete pricing: item applications, reduced units, thresholds, and the total they give. */
export interface Evaluation {
  readonly solution: ItemSolution;
  readonly thresholds: readonly AppliedThreshold[];
  readonly itemSaving: number;
  readonly total: number;
}

/**
 * Prices a chosen item solution exactly: thresholds come after item offers, in first-come order,
 * each reached one taking what it gives, capped so no basket goes below zero. Exclusive
 * thresholds are left to {@link evaluateExclusive}.
 */
export function evaluate(model: PricingModel, solution: ItemSolution): Evaluation {
  const itemSaving = itemSavings(model, solution);
  let left = model.subtotal - itemSaving;
  const thresholds: AppliedThreshold[] = [];
  model.thresholds.forEach((t, i) => {
    if (t.offer.exclusive) return;
    const spend = eligibleSpend(model, t, solution);
    const measured = measuredSpend(t.offer, spend);
    const saving = thresholdSaving(t.offer, measured, spend.paid, left);
    if (saving <= 0) return;
    left -= saving;
    thresholds.push({ threshold: i, measured, saving });
  });
  return { solution, thresholds, itemSaving, total: left };
}

/**
 * An exclusive threshold is the only offer on the basket when it applies: no item offers (reduced
 * labels still stand: they are the unit's price, not an offer), no other threshold. Undefined when
 * it is not reached.
 */
export function evaluateExclusive(model: PricingModel, threshold: number): Evaluation | undefined {
  const t = model.thresholds[threshold]!;
  const solution = bareSolution(model);
  const itemSaving = itemSavings(model, solution);
  const spend = eligibleSpend(model, t, solution);
  const measured = measuredSpend(t.offer, spend);
  const saving = thresholdSaving(t.offer, measured, spend.paid, model.subtotal - itemSaving);
  if (saving <= 0) return undefined;
  return { solution, thresholds: [{ threshold, measured, saving }], itemSaving, total: model.subtotal - itemSaving - saving };
}
