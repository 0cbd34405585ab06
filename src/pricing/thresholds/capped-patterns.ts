import { planComponent } from '../items/plan';
import { solveByPatterns, type BranchingTry, type PatternCap } from '../items/pattern-search';
import type { Component, PricingModel } from '../model';
import type { SearchBudget } from '../search-budget';
import type { Choice } from '../items/search';

/**
 * Branch and bound under a cap: first the pattern of most value, then offers' counts of
 * applications, then the most fractional pattern.
 * Where the cap weighs each pattern by its saving (after offers), every LP corner meets the cap and
 * the bound prunes nothing until a whole solution does too; which rule finds one sooner depends on
 * the basket (on the bench's meal deals, seed 6's 19th scan took 1,600 steps by value and over
 * 390,000 by fraction; its 18th, 5,600 by fraction and more than 40,000 by value), so each gets a
 * share. Around the first, a hunt for whole counts that meet the cap (`items/cap-hunt.ts`, briefly
 * before it and in full after it) often settles the set; the pattern of most value gets only a
 * few hundred steps between the two, enough for the incumbent the full hunt needs (seed 6's 18th
 * scan: the brief hunt settles it, 5,828 steps to 964). Offers' counts settle a cap on full-price spend, where the LP's bound is a few
 * percent over the optimum, far sooner than single patterns (seed 32's 38th scan). Past them all,
 * the joint search settles the set.
 */
const CAPPED_TRIES: readonly BranchingTry[] = [
  { branching: 'most-valuable', steps: 500 },
  { branching: 'offer-sums', steps: 15_000 },
  { branching: 'most-fractional', steps: 20_000 },
];

/**
 * Under a cap on full-price spend the LP's corner is not on the cap by value, and offers' counts
 * settle it sooner than the pattern of most value: they go first, and again after the hunt with
 * its incumbent (the bench's seed 5, a threshold on full-price spend over two components: its
 * 27th to 29th scans 14,863-19,812 steps → 2,182-5,999).
 */
const FULL_PRICE_TRIES: readonly BranchingTry[] = [
  { branching: 'offer-sums', steps: 10_000 },
  { branching: 'offer-sums', steps: 10_000 },
  { branching: 'most-fractional', steps: 20_000 },
];

/**
 * Settles a set of thresholds assumed reached by the pattern search, where that is exact: no
 * reduced unit, and every threshold of the set measuring the whole basket, either before offers (reached
 * whatever the items do) or after offers or at full price only with a fixed amount off. Then the
 * set's total falls as item saving grows, and "reached" caps item saving (after offers: at the
 * subtotal less the threshold) or the full price of the units in applications (full price only:
 * at the same): the best solution reaching the set is the pattern search's optimum under those
 * caps. Under a cap more saving is not always better, so a unit may decline its stateless option
 * (an unlimited percent-off): that option is a one-unit pattern there. (A reduced unit must sell
 * reduced or join an offer, and joining one could save less than its label: a pattern of negative
 * value and weight, which the search's bounds do not allow for; such baskets are left to the
 * joint search.) The cap weighs the whole basket's saving, so the basket's components are
 * searched as one ({@link wholeBasket}): their patterns share no class, only the cap's row.
 *
 * Only a solution saving at least `least` can matter (the caller's incumbent is as good as any
 * other): the search prunes below it from the start.
 *
 * Returns each unit's choice (in {@link wholeBasket}'s sequence), `'unreachable'` when no solution
 * reaches the set, `'below'` when none that does saves `least`, or undefined when the set is not
 * of this shape or the search was cut short. Cut short, it hands `onCut` the best solution it found
 * that reaches the set and saves `least`, if any: a better incumbent for the joint search after it.
 */
export function settleByPatterns(model: PricingModel, set: readonly number[], budget: SearchBudget, least = 0, onCut?: (choices: Choice[]) => void): Choice[] | 'unreachable' | 'below' | undefined {
  const caps: PatternCap[] = [];
  for (const t of set) {
    const { offer, wholeBasket } = model.thresholds[t]!;
    if (!wholeBasket || offer.exclusive === true) return undefined;
    if (offer.basis === 'before-offers') continue;
    if (offer.amount === undefined) return undefined;
    const most = model.subtotal - offer.threshold;
    if (most < 0) return 'unreachable';
    caps.push(offer.basis === 'after-offers' ? { weight: (p) => p.saving, most, optional: true } : { weight: (p) => p.full, most, optional: true });
  }
  const component = wholeBasket(model);
  for (const c of component.classes) if (model.classes[c]!.reducedPrice !== undefined) return undefined;
  const fullPrice = set.some((t) => model.thresholds[t]!.offer.basis === 'full-price-only');
  const tries = fullPrice ? FULL_PRICE_TRIES : CAPPED_TRIES;
  const found = solveByPatterns(model, planComponent(model, component), budget, caps, tries, least, onCut && ((best) => onCut(best.choices)));
  return found === 'below' ? found : found?.choices;
}

/**
 * The model's components as one component (their classes, offers and sequences one after
 * another), for the capped pattern search; the component itself when there is one.
 */
export function wholeBasket(model: PricingModel): Component {
  if (model.components.length === 1) return model.components[0]!;
  const all = model.components;
  return {
    classes: all.flatMap((c) => c.classes),
    offers: all.flatMap((c) => c.offers),
    sequence: all.flatMap((c) => c.sequence),
    signature: '',
    content: [],
    offerKey: '',
  };
}
