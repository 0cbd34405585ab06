import type { PricingModel } from '../model';
import { applicationSaving, type Application } from '../solution';
import { classCountLoss } from './class-count-parts';
import type { LpColumn, LpRow, Term } from './lp-text';
import { addUse, takeUnits, wholeValue, type OfferPart } from './offer-part';
import { forEachFilling, MOST_FILLINGS } from './patterns';

/** A filling of every slot but the completing one, with what its units gain. */
interface Partial {
  readonly slots: readonly (readonly number[])[];
  readonly uses: ReadonlyArray<readonly [classId: number, units: number]>;
  /** What the completing unit must gain, more than, for the application to save money. */
  readonly need: number;
  /** What the application saves less its completing unit's gain: its units' gains and the completion. */
  readonly saving: number;
}

/**
 * An offer whose units each gain the same wherever they sit (`strategy.positional` false), not
 * every filling of which saves money (a meal deal whose cheapest filling costs less than its
 * price), with a one-unit slot: that slot is its *completing* slot. The programme counts the
 * applications of each *partial* filling of the other slots (`q`, enumerated as patterns are) and
 * the completing slot's units of each class (`e`), one per application. A partial that needs its
 * completing unit to gain more than `need` can take exactly the units gaining more, so the sets
 * are nested and a matching in which every application saves exists exactly when, for each gain
 * `v` of a completing class, the partials needing `v` or more number no more than the completing
 * units gaining more than `v` (Hall's condition); the i-th neediest partial then takes the i-th
 * most gaining unit. Undefined when there would be more than `most` partials.
 */
export function completedPart(model: PricingModel, offer: number, bySlot: readonly (readonly number[])[], slot: number, limit: number, most: number): { part: OfferPart; partials: number } | undefined {
  const ends = [...bySlot[slot]!].sort((x, y) => gain(model, offer, y) - gain(model, offer, x) || x - y);
  const mostGained = ends.length === 0 ? Number.NEGATIVE_INFINITY : gain(model, offer, ends[0]!);
  const partials = partialsOf(model, offer, slot, most, mostGained);
  if (partials === undefined) return undefined;
  const [q, e] = [(i: number) => `q${offer}_${i}`, (c: number) => `e${offer}_${c}`];
  const columns: LpColumn[] = [];
  const saving: Term[] = [];
  const uses = new Map<number, Term[]>();
  partials.forEach((p, i) => {
    let fits = limit;
    for (const [c, units] of p.uses) fits = Math.min(fits, Math.floor(model.classes[c]!.units.length / units));
    columns.push({ name: q(i), lower: 0, upper: fits, kind: 'integer' });
    saving.push([p.saving, q(i)]);
    for (const [c, units] of p.uses) addUse(uses, c, [units, q(i)]);
  });
  for (const c of ends) {
    columns.push({ name: e(c), lower: 0, upper: model.classes[c]!.units.length, kind: 'integer' });
    saving.push([gain(model, offer, c), e(c)]);
    addUse(uses, c, [1, e(c)]);
  }
  const applications = partials.map((_, i): Term => [1, q(i)]);
  const rows: LpRow[] = [{ name: `ends${offer}`, terms: [...applications, ...ends.map((c): Term => [-1, e(c)])], sense: '=', rhs: 0 }];
  ends.forEach((c, j) => {
    const v = gain(model, offer, c);
    const next = ends[j + 1];
    // One row per gain level, written at its last class: the partials needing v or more, the units gaining more.
    if (next !== undefined && gain(model, offer, next) === v) return;
    const needy = partials.flatMap((p, i): Term[] => (p.need >= v ? [[1, q(i)]] : []));
    if (needy.length === 0) return;
    const more = ends.filter((d) => gain(model, offer, d) > v).map((d): Term => [-1, e(d)]);
    rows.push({ name: `end${offer}_${j}`, terms: [...needy, ...more], sense: '<=', rhs: 0 });
  });
  const part: OfferPart = {
    offers: [offer],
    columns,
    rows,
    saving,
    applications,
    uses,
    loss: (t, basis) => classCountLoss(model, part, t, basis),
    read: (value, left) => readCompleted(model, offer, slot, partials, ends, value, left, q, e),
  };
  return { part, partials: partials.length };
}

/** What a unit of class `c` gains in the offer (the same at any position). */
const gain = (model: PricingModel, offer: number, c: number) => model.offers[offer]!.strategy.unitGain(model.classes[c]!.price, 0);

/**
 * The distinct partial fillings (by the units of each class they take) that some completing unit
 * could make save money, neediest first; undefined past `most`.
 */
function partialsOf(model: PricingModel, offer: number, slot: number, most: number, mostGained: number): Partial[] | undefined {
  const { strategy } = model.offers[offer]!;
  const kept = new Map<string, Partial>();
  let over = false;
  const complete = forEachFilling(
    model,
    offer,
    MOST_FILLINGS,
    (slots, used) => {
      if (over) return;
      let gained = strategy.completionGain;
      for (const s of slots) for (const c of s) gained += gain(model, offer, c);
      // The completing unit must gain more than the rest loses: -gained.
      if (-gained >= mostGained) return;
      const uses = [...used].filter(([, units]) => units > 0).sort((x, y) => x[0] - y[0]);
      const key = uses.map(([c, units]) => `${c}x${units}`).join(',');
      if (!kept.has(key)) kept.set(key, { slots: slots.map((s) => s.slice()), uses, need: -gained, saving: gained });
      over = kept.size > most;
    },
    slot,
  );
  if (!complete || over) return undefined;
  return [...kept.values()].sort((x, y) => y.need - x.need);
}

/** The completed part's applications in the solver's solution: the i-th neediest partial with the i-th most gaining unit. */
function readCompleted(
  model: PricingModel,
  offer: number,
  slot: number,
  partials: readonly Partial[],
  ends: readonly number[],
  value: (column: string) => number | undefined,
  left: number[][],
  q: (i: number) => string,
  e: (c: number) => string,
): Application[] | undefined {
  const tails: Array<{ id: number; gain: number }> = [];
  for (const c of ends) {
    const n = wholeValue(value, e(c));
    const taken = n === undefined ? undefined : takeUnits(left, c, n);
    if (taken === undefined) return undefined;
    for (const id of taken) tails.push({ id, gain: gain(model, offer, c) });
  }
  const read: Application[] = [];
  for (let i = 0; i < partials.length; i++) {
    const n = wholeValue(value, q(i));
    if (n === undefined) return undefined;
    const p = partials[i]!;
    for (let k = 0; k < n; k++) {
      const tail = tails[read.length];
      if (tail === undefined || tail.gain <= p.need) return undefined;
      const units: number[][] = [];
      for (let s = 0; s < p.slots.length; s++) {
        const ids: number[] = [];
        for (const c of p.slots[s]!) {
          const taken = takeUnits(left, c, 1);
          if (taken === undefined) return undefined;
          ids.push(...taken);
        }
        if (s === slot) ids.push(tail.id);
        units.push(ids.sort((x, y) => x - y));
      }
      read.push({ offer, units, saving: applicationSaving(model, offer, units) });
    }
  }
  return read.length === tails.length ? read : undefined;
}
