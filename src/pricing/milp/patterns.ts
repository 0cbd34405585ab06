import type { PricingModel } from '../model';

/**
 * One way to fill an application of an item offer, by class: the exact programme's integer
 * variables count how many times each pattern is applied. Units of a class are interchangeable,
 * so a pattern names classes, never units.
 */
export interface MilpPattern {
  /** Index into {@link PricingModel.offers}. */
  readonly offer: number;
  /** Per slot, a class id for each unit it takes. */
  readonly slots: readonly (readonly number[])[];
  /** (class id, units) for each class the pattern takes, ascending by class. */
  readonly uses: ReadonlyArray<readonly [classId: number, units: number]>;
  /** What one application saves, in minor units (always above zero). */
  readonly saving: number;
}

/** The most patterns the exact programme is written with: past it, the fallback declines (the engine's answer stands). */
export const MOST_PATTERNS = 20_000;

/** The most slot fillings visited while enumerating one offer's patterns (several fillings can give one pattern). */
export const MOST_FILLINGS = 200_000;

/** Per slot, the basket's classes that can fill it, ascending. */
export function classesBySlot(model: PricingModel, offer: number): number[][] {
  const active = model.offers[offer]!;
  return active.slotSizes.map((_, s) =>
    [...active.slotsByClass]
      .filter(([, slots]) => slots.includes(s))
      .map(([c]) => c)
      .sort((a, b) => a - b),
  );
}

/**
 * Visits every filling of an offer's slots by the basket's classes (each slot a multiset, never
 * more units of a class than the basket has), leaving slot `skip` empty when given. False, having
 * stopped, once more than `most` fillings were visited.
 */
export function forEachFilling(
  model: PricingModel,
  offer: number,
  most: number,
  visit: (slots: readonly (readonly number[])[], used: ReadonlyMap<number, number>) => void,
  skip = -1,
): boolean {
  const sizes = model.offers[offer]!.slotSizes.map((size, s) => (s === skip ? 0 : size));
  const bySlot = classesBySlot(model, offer);
  const used = new Map<number, number>();
  const slots: number[][] = sizes.map(() => []);
  let visited = 0;
  const fill = (slot: number, from: number): boolean => {
    if (slot === sizes.length) {
      if (++visited > most) return false;
      visit(slots, used);
      return true;
    }
    if (slots[slot]!.length === sizes[slot]) return fill(slot + 1, 0);
    const eligible = bySlot[slot]!;
    for (let i = from; i < eligible.length; i++) {
      const c = eligible[i]!;
      const taken = used.get(c) ?? 0;
      if (taken >= model.classes[c]!.units.length) continue;
      used.set(c, taken + 1);
      slots[slot]!.push(c);
      // Within a slot a multiset: the next unit's class is this one or a later one.
      const going = fill(slot, i);
      slots[slot]!.pop();
      used.set(c, taken);
      if (!going) return false;
    }
    return true;
  };
  return fill(0, 0);
}

/**
 * Every application pattern of one offer that saves money, from its eligible classes per slot
 * (`slotsByClass`), priced by the offer's own strategy (`strategy.saving`): no offer kind is known
 * here. Fillings that take the same units of each class and save the same are one pattern (bundle
 * slots that share classes). Undefined when there would be more than `most` patterns or
 * {@link MOST_FILLINGS} fillings (a slot over dozens of classes).
 */
export function offerPatterns(model: PricingModel, offer: number, most: number): MilpPattern[] | undefined {
  const kept = new Map<string, MilpPattern>();
  let over = false;
  const complete = forEachFilling(model, offer, MOST_FILLINGS, (slots, used) => {
    if (!over) keep(model, offer, slots, used, kept);
    over = kept.size > most;
  });
  return complete && !over ? [...kept.values()] : undefined;
}

/**
 * Keeps the filling as a pattern when it saves money, unless another filling of the same units
 * saves the same: those are one pattern (what a solution's total and every threshold's measure
 * read of it is the same). Fillings of the same units that save different amounts stay apart, as
 * under a threshold less saving can be worth more (no kind today: a bundle's fixed price saves the
 * same whichever slot a unit fills).
 */
function keep(model: PricingModel, offer: number, slots: readonly (readonly number[])[], used: ReadonlyMap<number, number>, kept: Map<string, MilpPattern>): void {
  const prices = slots.map((slot) => slot.map((c) => model.classes[c]!.price).sort((a, b) => b - a));
  const saving = model.offers[offer]!.strategy.saving(prices);
  // An application is made only where it saves money (the format's rule).
  if (saving <= 0) return;
  const uses = [...used].filter(([, units]) => units > 0).sort((a, b) => a[0] - b[0]);
  const key = `${uses.map(([c, units]) => `${c}x${units}`).join(',')}=${saving}`;
  if (!kept.has(key)) kept.set(key, { offer, slots: slots.map((slot) => slot.slice()), uses, saving });
}

/**
 * The least share of a pattern's saving that can land on a threshold's eligible classes. Shares
 * are in proportion to full prices, largest remainder (`allocate`), ties to the unit scanned
 * first: which of two tied units is scanned first depends on the units chosen, so a tie between
 * an eligible and an ineligible unit is counted here as going to the ineligible one. The
 * programme then never measures less spend than any choice of units gives (it stays a
 * relaxation); the receipt's own shares are checked against its total afterwards.
 */
export function leastEligibleShare(model: PricingModel, pattern: MilpPattern, eligible: ReadonlySet<number>): number {
  const classes = pattern.slots.flat();
  let inside = 0;
  for (const c of classes) if (eligible.has(c)) inside++;
  if (inside === 0) return 0;
  if (inside === classes.length) return pattern.saving;
  const prices = classes.map((c) => model.classes[c]!.price);
  const even = prices.every((p) => p === 0);
  const weights = even ? prices.map(() => 1) : prices;
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = pattern.saving;
  let share = 0;
  const remainders = new Map<number, { inside: number; outside: number }>();
  classes.forEach((c, i) => {
    const part = Math.floor((pattern.saving * weights[i]!) / sum);
    left -= part;
    const isInside = eligible.has(c);
    if (isInside) share += part;
    const rem = (pattern.saving * weights[i]!) % sum;
    const group = remainders.get(rem) ?? { inside: 0, outside: 0 };
    if (isInside) group.inside++;
    else group.outside++;
    remainders.set(rem, group);
  });
  // The minor units left over go to the largest remainders; within a tie, ineligible units first.
  for (const rem of [...remainders.keys()].sort((a, b) => b - a)) {
    if (left <= 0) break;
    const group = remainders.get(rem)!;
    const size = group.inside + group.outside;
    share += Math.max(0, Math.min(left, size) - group.outside);
    left -= Math.min(left, size);
  }
  return share;
}
