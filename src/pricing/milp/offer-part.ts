import type { ActiveThreshold, PricingModel } from '../model';
import { applicationSaving, type Application } from '../solution';
import type { LpColumn, LpRow, Term } from './lp-text';

/** What item decisions can take off a threshold's measured spend (`before-offers` takes nothing). */
export type LossBasis = 'after-offers' | 'full-price-only';

/** A column's value in the solver's solution; undefined when it has none. */
export type ColumnValue = (column: string) => number | undefined;

/**
 * One item offer's share of the exact programme, however it is stated (as patterns, or by class
 * counts with rows that keep them exact): its own columns and rows, and the linear terms the rest
 * of the programme reads (what it saves, the units it takes, its applications, what it takes off
 * a threshold's spend), and how to read its applications back from the solver's solution.
 */
export interface OfferPart {
  /**
   * The offers it states, indices into {@link PricingModel.offers} in first-come order: one, or
   * several interchangeable ones (the same units, gaining the same) stated as one, their
   * applications counted together within the sum of their limits (`sharedPart`).
   */
  readonly offers: readonly number[];
  readonly columns: readonly LpColumn[];
  readonly rows: readonly LpRow[];
  /** What its applications save, in minor units. */
  readonly saving: readonly Term[];
  /** How many applications it makes (its offer's limit bounds them). */
  readonly applications: readonly Term[];
  /** Per class id, the units of it the applications take. */
  readonly uses: ReadonlyMap<number, readonly Term[]>;
  /**
   * What its applications take off threshold `t`'s measured spend: `after-offers`, their saving's
   * least share on the eligible units; `full-price-only`, the full price of the eligible units
   * they take.
   */
  loss(t: ActiveThreshold, basis: LossBasis): readonly Term[];
  /**
   * Its applications in the solver's solution, each taking its units from `left` (per class, the
   * next unit to take last). Undefined when a count is not whole, the counts take more units than
   * are left, or an application the rows allow cannot be formed (numerical trouble).
   */
  read(value: ColumnValue, left: number[][]): Application[] | undefined;
}

/**
 * Whether the programme states a threshold: not exclusive (priced apart), and reachable (measured
 * spend never exceeds the eligible full price, so a threshold above it is never reached).
 */
export function isStated(t: ActiveThreshold): boolean {
  return t.offer.exclusive !== true && t.full >= t.offer.threshold && t.full > 0;
}

/** How far a whole-number decision may sit from its integer, as HiGHS's MIP feasibility tolerance has it. */
const INTEGRALITY = 1e-6;

/** A whole-number column's value, or undefined when it has none, is not whole, or is negative. */
export function wholeValue(value: ColumnValue, column: string): number | undefined {
  const v = value(column);
  if (v === undefined) return undefined;
  const count = Math.round(v);
  return Math.abs(v - count) > INTEGRALITY || count < 0 ? undefined : count;
}

/** The next `count` units of class `c`, or undefined when fewer are left. */
export function takeUnits(left: number[][], c: number, count: number): number[] | undefined {
  const ids: number[] = [];
  for (let k = 0; k < count; k++) {
    const id = left[c]!.pop();
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}

/** Appends `term` to class `c`'s list in `uses`. */
export function addUse(uses: Map<number, Term[]>, c: number, term: Term): void {
  const list = uses.get(c);
  if (list === undefined) uses.set(c, [term]);
  else list.push(term);
}

/** The most applications an offer can make: `limit`, and its eligible units per slot. */
export function mostApplications(model: PricingModel, offer: number, bySlot: readonly (readonly number[])[], limit: number): number {
  const active = model.offers[offer]!;
  let most = limit;
  bySlot.forEach((classes, s) => {
    let units = 0;
    for (const c of classes) units += model.classes[c]!.units.length;
    most = Math.min(most, Math.floor(units / active.slotSizes[s]!));
  });
  return most;
}

/**
 * One part for interchangeable offers (the same units, gaining the same, as `part` states the
 * first of them): its applications go to the offers in first-come order, each up to its limit.
 */
export function sharedPart(model: PricingModel, part: OfferPart, offers: readonly number[]): OfferPart {
  return {
    ...part,
    offers,
    read: (value, left) => {
      const read = part.read(value, left);
      if (read === undefined) return undefined;
      const shared: Application[] = [];
      let i = 0;
      let made = 0;
      for (const app of read) {
        while (i < offers.length && made >= model.offers[offers[i]!]!.limit) [i, made] = [i + 1, 0];
        const offer = offers[i];
        if (offer === undefined) return undefined;
        shared.push({ offer, units: app.units, saving: applicationSaving(model, offer, app.units) });
        made++;
      }
      return shared;
    },
  };
}

/** The most applications a part's offers can make together: the sum of their limits. */
export function partLimit(model: PricingModel, part: OfferPart): number {
  return part.offers.reduce((sum, offer) => sum + model.offers[offer]!.limit, 0);
}
