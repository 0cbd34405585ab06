import type { PricingModel } from '../model';
import { rankedPart, uniformPart } from './class-count-parts';
import { completedPart } from './completed-part';
import { isStated, sharedPart, type OfferPart } from './offer-part';
import { patternPart } from './pattern-part';
import { classesBySlot, MOST_PATTERNS, offerPatterns, type MilpPattern } from './patterns';

/**
 * Past this many patterns an offer is stated by class counts where its strategy allows it: few
 * patterns give the tighter, smaller programme, and the offer families' baskets (every one
 * proven at the oracle's optimum as patterns) keep theirs.
 */
export const COMPACT_PAST = 200;

/**
 * Each item offer's part of the exact programme, in offer order: its patterns where it has at
 * most `compactPast` of them; otherwise, where its strategy allows, by class counts
 * ({@link compactForm}), interchangeable offers (the same classes per slot, each gaining the
 * same: a store's several "3 for 2 on dairy") as one part, which keeps the programme free of
 * their symmetry; otherwise its patterns again. Undefined (the fallback declines) when the
 * patterns and partial fillings written would number more than {@link MOST_PATTERNS}.
 */
export function offerParts(model: PricingModel, compactPast = COMPACT_PAST): OfferPart[] | undefined {
  const plan: Array<{ readonly offer: number; readonly patterns: MilpPattern[] } | { readonly form: CompactForm; readonly offers: number[] }> = [];
  const shared = new Map<string, number[]>();
  let written = 0;
  for (let offer = 0; offer < model.offers.length; offer++) {
    let patterns = offerPatterns(model, offer, compactPast);
    const form = patterns === undefined ? compactForm(model, offer) : undefined;
    if (form !== undefined) {
      const key = gainsKey(model, offer, form);
      const same = shared.get(key);
      if (same !== undefined) same.push(offer);
      else {
        shared.set(key, [offer]);
        plan.push({ form, offers: shared.get(key)! });
      }
      continue;
    }
    patterns ??= offerPatterns(model, offer, MOST_PATTERNS - written);
    if (patterns === undefined) return undefined;
    plan.push({ offer, patterns });
    written += patterns.length;
  }
  const parts: OfferPart[] = [];
  let numbered = 0;
  for (const step of plan) {
    if ('patterns' in step) {
      parts.push(patternPart(model, step.offer, step.patterns, numbered));
      numbered += step.patterns.length;
      continue;
    }
    const limit = step.offers.reduce((sum, offer) => sum + model.offers[offer]!.limit, 0);
    const built = compactPart(model, step.offers[0]!, step.form, limit, MOST_PATTERNS - written);
    if (built === undefined) return undefined;
    parts.push(step.offers.length === 1 ? built.part : sharedPart(model, built.part, step.offers));
    written += built.partials;
  }
  return written > MOST_PATTERNS ? undefined : parts;
}

/** How an offer is stated by class counts (see {@link compactForm}). */
type CompactForm =
  | { readonly shape: 'uniform' }
  | { readonly shape: 'ranked'; readonly head: number }
  | { readonly shape: 'completed'; readonly slot: number };

/**
 * How the offer can be stated by class counts, from what its strategy says of its kind, where
 * that is exact:
 * - every application gains its units' gains and its `completionGain`, each unit gaining
 *   `unitGain(price, position)` in descending price order (the rule's contract; checked here on
 *   each eligible class filling a whole application);
 * - it is wholly inside or wholly outside the eligible units of every threshold the programme
 *   states (a straddling offer's share of its saving on them depends on which units it takes);
 * then, where every filling saves money (its cheapest filling does: a unit's gain never falls as
 * its price rises), `uniform` when units gain the same at any position, `ranked` when one slot's
 * units gain by rank in two tiers; where some filling does not save, `completed` over a one-unit
 * slot (the one with the most classes). Undefined otherwise.
 */
export function compactForm(model: PricingModel, offer: number): CompactForm | undefined {
  const { strategy, slotSizes } = model.offers[offer]!;
  const bySlot = classesBySlot(model, offer);
  const classes = [...new Set(bySlot.flat())];
  if (classes.length === 0 || !linear(model, offer, classes) || straddles(model, classes)) return undefined;
  const cheapest = bySlot.map((s, i) => Array.from({ length: slotSizes[i]! }, () => Math.min(...s.map((c) => model.classes[c]!.price))));
  const everySaves = bySlot.every((s) => s.length > 0) && strategy.saving(cheapest) > 0;
  if (strategy.positional) {
    const head = strategy.freeFrom;
    if (!everySaves || slotSizes.length !== 1 || head <= 0 || head >= slotSizes[0]! || !tiered(model, offer, classes, head)) return undefined;
    return { shape: 'ranked', head };
  }
  if (everySaves) return { shape: 'uniform' };
  let slot = -1;
  slotSizes.forEach((size, s) => {
    if (size === 1 && (slot < 0 || bySlot[s]!.length > bySlot[slot]!.length)) slot = s;
  });
  return slot < 0 ? undefined : { shape: 'completed', slot };
}

/** The part for `offer` in its compact form, its applications within `limit`; undefined past `most` partial fillings. */
function compactPart(model: PricingModel, offer: number, form: CompactForm, limit: number, most: number): { part: OfferPart; partials: number } | undefined {
  const bySlot = classesBySlot(model, offer);
  if (form.shape === 'uniform') return { part: uniformPart(model, offer, bySlot, limit), partials: 0 };
  if (form.shape === 'ranked') return { part: rankedPart(model, offer, bySlot[0]!, form.head, limit), partials: 0 };
  return completedPart(model, offer, bySlot, form.slot, limit, most);
}

/**
 * What the programme reads of an offer in its compact form: the form, and per slot its size and
 * each class with what it gains at each position, and the completion. Offers with the same key
 * are interchangeable.
 */
function gainsKey(model: PricingModel, offer: number, form: CompactForm): string {
  const { strategy, slotSizes } = model.offers[offer]!;
  const slots = classesBySlot(model, offer).map((classes, s) => {
    const gains = classes.map((c) => `${c}:${Array.from({ length: slotSizes[s]! }, (_, position) => strategy.unitGain(model.classes[c]!.price, position)).join('/')}`);
    return `${slotSizes[s]!}[${gains.join(',')}]`;
  });
  return `${JSON.stringify(form)}|${strategy.completionGain}|${slots.join('|')}`;
}

/** Whether a whole application of each class alone saves its units' gains plus the completion, as the programme counts it. */
function linear(model: PricingModel, offer: number, classes: readonly number[]): boolean {
  const { strategy, slotSizes } = model.offers[offer]!;
  return classes.every((c) => {
    const price = model.classes[c]!.price;
    let gained = strategy.completionGain;
    let position = 0;
    for (const size of slotSizes) for (let k = 0; k < size; k++) gained += strategy.unitGain(price, strategy.positional ? position++ : 0);
    return strategy.saving(slotSizes.map((size) => Array.from({ length: size }, () => price))) === gained;
  });
}

/** Whether each class gains the same at every position of the head (before `head`) and of the foot. */
function tiered(model: PricingModel, offer: number, classes: readonly number[], head: number): boolean {
  const { strategy, slotSizes } = model.offers[offer]!;
  return classes.every((c) => {
    const price = model.classes[c]!.price;
    for (let position = 1; position < slotSizes[0]!; position++) {
      if (strategy.unitGain(price, position) !== strategy.unitGain(price, position < head ? 0 : head)) return false;
    }
    return true;
  });
}

/**
 * Whether some threshold the programme states has some of these classes among its eligible ones
 * and not all (every stated threshold reads what its eligible units pay after item offers).
 */
function straddles(model: PricingModel, classes: readonly number[]): boolean {
  return model.thresholds.some((t) => {
    if (!isStated(t)) return false;
    const inside = classes.filter((c) => t.eligible.has(c)).length;
    return inside > 0 && inside < classes.length;
  });
}
