import type { ActiveThreshold, PricingModel } from '../model';
import { applicationSaving, type Application } from '../solution';
import type { LpColumn, LpRow, Term } from './lp-text';
import { addUse, mostApplications, takeUnits, wholeValue, type ColumnValue, type LossBasis, type OfferPart } from './offer-part';

/** The column counting an offer's applications, where it is stated by class counts. */
export const applicationsColumn = (offer: number): string => `a${offer}`;

/**
 * What an offer stated by class counts takes off threshold `t`'s measured spend. Such an offer is
 * wholly inside or wholly outside the eligible units of every threshold the programme states (the
 * forms are chosen so, `offer-forms.ts`), so after offers it takes its whole saving or nothing; at
 * full price only, the full price of the eligible units it takes.
 */
export function classCountLoss(model: PricingModel, part: Pick<OfferPart, 'saving' | 'uses'>, t: ActiveThreshold, basis: LossBasis): Term[] {
  if (basis === 'after-offers') {
    const [first] = part.uses.keys();
    return first !== undefined && t.eligible.has(first) ? [...part.saving] : [];
  }
  const terms: Term[] = [];
  for (const [c, uses] of part.uses) if (t.eligible.has(c)) for (const [units, column] of uses) terms.push([units * model.classes[c]!.price, column]);
  return terms;
}

/**
 * An offer whose every filling saves money and whose units each gain the same wherever they sit
 * (`strategy.positional` false): the programme counts the units of each class in each slot
 * (`w`) and the applications (`a`), each slot's units a whole number of applications' worth.
 * Any grouping of those units saves what the counts say (the units' gains plus each
 * application's `completionGain`), and every application saves, so the counts are exact.
 */
export function uniformPart(model: PricingModel, offer: number, bySlot: readonly (readonly number[])[], limit: number): OfferPart {
  const { strategy, slotSizes } = model.offers[offer]!;
  const a = applicationsColumn(offer);
  const count = (s: number, c: number) => `w${offer}_${s}_${c}`;
  const columns: LpColumn[] = [{ name: a, lower: 0, upper: mostApplications(model, offer, bySlot, limit), kind: 'integer' }];
  const rows: LpRow[] = [];
  const saving: Term[] = [[strategy.completionGain, a]];
  const uses = new Map<number, Term[]>();
  bySlot.forEach((classes, s) => {
    const terms: Term[] = [[-slotSizes[s]!, a]];
    for (const c of classes) {
      const { price, units } = model.classes[c]!;
      columns.push({ name: count(s, c), lower: 0, upper: units.length, kind: 'integer' });
      saving.push([strategy.unitGain(price, 0), count(s, c)]);
      addUse(uses, c, [1, count(s, c)]);
      terms.push([1, count(s, c)]);
    }
    rows.push({ name: `slot${offer}_${s}`, terms, sense: '=', rhs: 0 });
  });
  return countedPart(model, offer, columns, rows, saving, uses, (value, left, k) => {
    const slots: number[][] = [];
    for (let s = 0; s < bySlot.length; s++) {
      const ids: number[] = [];
      for (const c of bySlot[s]!) {
        const n = wholeValue(value, count(s, c));
        const taken = n === undefined ? undefined : takeUnits(left, c, n);
        if (taken === undefined) return undefined;
        ids.push(...taken);
      }
      if (ids.length !== k * slotSizes[s]!) return undefined;
      slots.push(ids);
    }
    return groups(model, offer, k, (i) => slots.map((ids, s) => ids.slice(i * slotSizes[s]!, (i + 1) * slotSizes[s]!)));
  });
}

/**
 * An offer stated by class counts: its columns, rows and terms, its applications counted by its
 * `a` column, and `read` turning that count `k` (a whole number in the solution) into applications.
 */
function countedPart(
  model: PricingModel,
  offer: number,
  columns: readonly LpColumn[],
  rows: readonly LpRow[],
  saving: readonly Term[],
  uses: ReadonlyMap<number, readonly Term[]>,
  read: (value: ColumnValue, left: number[][], k: number) => Application[] | undefined,
): OfferPart {
  const a = applicationsColumn(offer);
  const part = { saving, uses };
  return {
    offers: [offer],
    columns,
    rows,
    saving,
    applications: [[1, a]],
    uses,
    loss: (t, basis) => classCountLoss(model, part, t, basis),
    read: (value, left) => {
      const k = wholeValue(value, a);
      return k === undefined ? undefined : read(value, left, k);
    },
  };
}

/** `k` applications of `offer`, application i's units per slot from `unitsOf(i)`, each priced by the offer's strategy. */
function groups(model: PricingModel, offer: number, k: number, unitsOf: (i: number) => number[][]): Application[] {
  const read: Application[] = [];
  for (let i = 0; i < k; i++) {
    const units = unitsOf(i).map((ids) => ids.sort((x, y) => x - y));
    read.push({ offer, units, saving: applicationSaving(model, offer, units) });
  }
  return read;
}

/**
 * A one-slot offer whose every filling saves money and whose units gain by rank (`positional`):
 * joining in descending price order, the first `head` of an application gain
 * `unitGain(price, 0)` each and the rest (the foot: a cheapest-free offer's free units)
 * `unitGain(price, head)`. The programme counts each class's units in the heads (`h`) and in the
 * feet (`f`) and the applications (`a`); a grouping exists in which every foot unit is no dearer
 * than its application's head units exactly when, for every price level, the heads priced at it
 * or above number at least `head` per application whose foot has begun there
 * (`head · ⌈feet at or above / foot⌉`, through a whole `g` per level when the foot is more than
 * one unit): the i-th application then takes the i-th `head` heads and the i-th `foot` feet,
 * dearest first (Hall's condition on nested neighbourhoods).
 */
export function rankedPart(model: PricingModel, offer: number, classes: readonly number[], head: number, limit: number): OfferPart {
  const { strategy, slotSizes } = model.offers[offer]!;
  const foot = slotSizes[0]! - head;
  const a = applicationsColumn(offer);
  const [h, f] = [(c: number) => `h${offer}_${c}`, (c: number) => `f${offer}_${c}`];
  // Dearest first; ties by class id, so that the reading below is deterministic.
  const ranked = [...classes].sort((x, y) => model.classes[y]!.price - model.classes[x]!.price || x - y);
  const columns: LpColumn[] = [{ name: a, lower: 0, upper: mostApplications(model, offer, [classes], limit), kind: 'integer' }];
  const saving: Term[] = [[strategy.completionGain, a]];
  const uses = new Map<number, Term[]>();
  for (const c of ranked) {
    const { price, units } = model.classes[c]!;
    columns.push({ name: h(c), lower: 0, upper: units.length, kind: 'integer' }, { name: f(c), lower: 0, upper: units.length, kind: 'integer' });
    saving.push([strategy.unitGain(price, 0), h(c)], [strategy.unitGain(price, head), f(c)]);
    addUse(uses, c, [1, h(c)]);
    addUse(uses, c, [1, f(c)]);
  }
  const rows: LpRow[] = [
    { name: `heads${offer}`, terms: [[-head, a], ...ranked.map((c): Term => [1, h(c)])], sense: '=', rhs: 0 },
    { name: `feet${offer}`, terms: [[-foot, a], ...ranked.map((c): Term => [1, f(c)])], sense: '=', rhs: 0 },
  ];
  rankRows(model, offer, ranked, head, foot, h, f, columns, rows);
  return countedPart(model, offer, columns, rows, saving, uses, (value, left, k) => {
    const heads: number[] = [];
    const feet: number[] = [];
    for (const c of ranked) {
      const [nh, nf] = [wholeValue(value, h(c)), wholeValue(value, f(c))];
      const taken = nh === undefined || nf === undefined ? undefined : takeUnits(left, c, nh + nf);
      if (taken === undefined) return undefined;
      heads.push(...taken.slice(0, nh));
      feet.push(...taken.slice(nh));
    }
    if (heads.length !== k * head || feet.length !== k * foot) return undefined;
    return groups(model, offer, k, (i) => [[...heads.slice(i * head, (i + 1) * head), ...feet.slice(i * foot, (i + 1) * foot)]]);
  });
}

/** The ranked part's rows per price level (all but the cheapest, which the totals settle). */
function rankRows(
  model: PricingModel,
  offer: number,
  ranked: readonly number[],
  head: number,
  foot: number,
  h: (c: number) => string,
  f: (c: number) => string,
  columns: LpColumn[],
  rows: LpRow[],
): void {
  // The heads (negated) and the feet priced at the current level or above.
  const heads: Term[] = [];
  const feet: Term[] = [];
  ranked.forEach((c, i) => {
    heads.push([-1, h(c)]);
    feet.push([1, f(c)]);
    const next = ranked[i + 1];
    // A level ends where the price changes; the last level is the totals' rows.
    if (next === undefined || model.classes[next]!.price === model.classes[c]!.price) return;
    if (foot === 1) {
      // head · (feet at or above) ≤ heads at or above.
      rows.push({ name: `rank${offer}_${i}`, terms: [...heads, ...feet.map(([, v]): Term => [head, v])], sense: '<=', rhs: 0 });
      return;
    }
    // g: the applications whose foot has begun at or above this level, ⌈feet / foot⌉ at least.
    const g = `g${offer}_${i}`;
    columns.push({ name: g, lower: 0, upper: Number.POSITIVE_INFINITY, kind: 'integer' });
    rows.push({ name: `begun${offer}_${i}`, terms: [...feet, [-foot, g]], sense: '<=', rhs: 0 });
    rows.push({ name: `rank${offer}_${i}`, terms: [...heads, [head, g]], sense: '<=', rhs: 0 });
  });
}
