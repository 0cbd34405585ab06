import type { Component, PricingModel } from './model';
import { maxThresholdSaving } from './offers/spend-threshold';
import type { SearchBudget } from './search-budget';
import { shareSaving } from './shares';
import { applicationSaving } from './solution';
import type { Choice } from './solve-component';

/**
 * Optimises item offers *together with* a set of thresholds assumed reached, when item savings and
 * threshold rewards pull against each other (a 3-for-2 that drops the basket under "5 off 20").
 *
 * A forward dynamic programme over the units of the components that touch those thresholds. The
 * state is each offer's open application (its actual units, so an application's saving and how it
 * is shared across eligible and other units are exact); for each state it keeps the Pareto set of
 * (item saving, each threshold's eligible saving, each full-price-only threshold's used spend):
 * more saving is better, less eligible saving is better, and nothing else matters, so the set holds
 * every partial solution that could still win. Spends that fall under a threshold are cut at once.
 */
export interface TrackedProblem {
  /** Indices into model.thresholds assumed reached. */
  readonly thresholds: readonly number[];
  /** Components whose choices are searched; the others keep `fixed`. */
  readonly components: readonly Component[];
  /** Item saving of the other components, and their contribution to each tracked measure. */
  readonly fixedSaving: number;
  readonly fixedMeasures: readonly number[];
}

/** Best choices per searched component, the S-objective total, and whether the search finished. */
export interface TrackedResult {
  readonly choices: ReadonlyArray<readonly Choice[]>;
  readonly total: number;
}

interface Measure {
  readonly threshold: number;
  /** 'eligible-saving': item saving shared onto eligible units; 'used': full price of eligible units in applications. */
  readonly kind: 'eligible-saving' | 'used';
}

interface Entry {
  readonly saving: number;
  readonly measures: Int32Array;
  readonly prev: Entry | undefined;
  readonly choice: number;
}

interface State {
  /** Per offer of the current component: open application units per slot, then completed count. */
  readonly open: ReadonlyArray<ReadonlyArray<readonly number[]>>;
  readonly done: readonly number[];
}

const NONE = -1;
const REDUCED = -2;
const SLOT_BITS = 64;

/**
 * The measures a set of thresholds needs tracked. Every threshold tracks its eligible saving, even
 * a whole-basket one where that equals the item saving: the item saving is better high, the
 * measure better low, and only a separate measure keeps the two apart in the Pareto comparison.
 */
export function trackedMeasures(model: PricingModel, thresholds: readonly number[]): Measure[] {
  const out: Measure[] = [];
  for (const t of thresholds) {
    out.push({ threshold: t, kind: 'eligible-saving' });
    if (model.thresholds[t]!.offer.basis === 'full-price-only') out.push({ threshold: t, kind: 'used' });
  }
  return out;
}

/** Eligible full spend of a threshold. */
function eligibleFull(model: PricingModel, t: number): number {
  const th = model.thresholds[t]!;
  let full = 0;
  for (const u of model.units) if (th.eligible.has(u.classId)) full += u.price;
  return full;
}

/** Solves a tracked problem; undefined when no solution reaches every assumed threshold, or the budget ran out (see `budget.exhausted`). */
export function solveTracked(model: PricingModel, problem: TrackedProblem, budget: SearchBudget): TrackedResult | undefined {
  const measures = trackedMeasures(model, problem.thresholds);
  const full = new Map(problem.thresholds.map((t) => [t, eligibleFull(model, t)]));
  const measureIndex = (t: number, kind: Measure['kind']) => measures.findIndex((m) => m.threshold === t && m.kind === kind);

  /** The S-objective: basket total with the assumed thresholds, or undefined when one is not reached. */
  const objective = (saving: number, m: Int32Array): number | undefined => {
    let give = 0;
    for (const t of problem.thresholds) {
      const offer = model.thresholds[t]!.offer;
      const a = m[measureIndex(t, 'eligible-saving')]!;
      const eligiblePaid = full.get(t)! - a;
      const measured = offer.basis === 'before-offers' ? full.get(t)! : offer.basis === 'after-offers' ? eligiblePaid : full.get(t)! - m[measureIndex(t, 'used')]!;
      if (measured < offer.threshold) return undefined;
      give += Math.min(maxThresholdSaving(offer, measured), eligiblePaid);
    }
    return Math.max(0, model.subtotal - saving - give);
  };
  /** A partial solution whose measured spend is already under an assumed threshold can never recover. */
  const alive = (m: Int32Array): boolean => {
    for (const t of problem.thresholds) {
      const offer = model.thresholds[t]!.offer;
      if (offer.basis === 'after-offers') {
        const a = m[measureIndex(t, 'eligible-saving')]!;
        if (full.get(t)! - a < offer.threshold) return false;
      } else if (offer.basis === 'full-price-only' && full.get(t)! - m[measureIndex(t, 'used')]! < offer.threshold) {
        return false;
      }
    }
    return true;
  };

  const start: Entry = { saving: problem.fixedSaving, measures: Int32Array.from(problem.fixedMeasures), prev: undefined, choice: NONE };
  if (!alive(start.measures)) return undefined;
  let frontier: Entry[] = [start];
  const flatSeq: Array<{ component: number; unit: number }> = [];

  for (let ci = 0; ci < problem.components.length; ci++) {
    const component = problem.components[ci]!;
    const offers = component.offers;
    const emptyState: State = { open: offers.map((o) => model.offers[o]!.slotSizes.map(() => [])), done: offers.map(() => 0) };
    let layer = new Map<string, { state: State; entries: Entry[] }>([[stateKey(emptyState), { state: emptyState, entries: frontier }]]);
    for (const unitId of component.sequence) {
      flatSeq.push({ component: ci, unit: unitId });
      const unit = model.units[unitId]!;
      const next = new Map<string, { state: State; entries: Entry[] }>();
      const add = (state: State, entry: Entry) => {
        if (!alive(entry.measures)) return;
        const k = stateKey(state);
        let bucket = next.get(k);
        if (bucket === undefined) {
          bucket = { state, entries: [] };
          next.set(k, bucket);
        }
        budget.spend(bucket.entries.length + 1);
        insertPareto(bucket.entries, entry);
      };
      const eligibleFor = measures.map((m) => model.thresholds[m.threshold]!.eligible.has(unit.classId));
      for (const { state, entries } of layer.values()) {
        if (budget.exhausted) return undefined;
        for (const entry of entries) {
          if (unit.reducedPrice !== undefined) {
            const gain = unit.price - unit.reducedPrice;
            const m = entry.measures.slice();
            measures.forEach((ms, i) => {
              if (eligibleFor[i]) m[i] = m[i]! + (ms.kind === 'eligible-saving' ? gain : unit.price);
            });
            add(state, { saving: entry.saving + gain, measures: m, prev: entry, choice: REDUCED });
          } else {
            add(state, { ...entry, prev: entry, choice: NONE });
          }
        }
        offers.forEach((offerIndex, j) => {
          const active = model.offers[offerIndex]!;
          const slots = active.slotsByClass.get(unit.classId);
          if (slots === undefined) return;
          for (const slot of slots) {
            const open = state.open[j]!;
            const isOpen = open.some((s) => s.length > 0);
            if (!isOpen && state.done[j]! >= active.limit) continue;
            if (open[slot]!.length + 1 > active.slotSizes[slot]! * Math.min(active.limit - state.done[j]!, component.sequence.length)) continue;
            const filled = open.map((s, i) => (i === slot ? [...s, unitId] : s));
            const complete = filled.every((s, i) => s.length >= active.slotSizes[i]!);
            let gain = 0;
            let shares: Array<[number, number]> = [];
            let appUnits: number[] = [];
            let nextOpen = filled;
            if (complete) {
              const units = filled.map((s, i) => s.slice(0, active.slotSizes[i]!));
              gain = applicationSaving(model, offerIndex, units);
              if (gain <= 0) continue; // an application is made only where it saves money
              appUnits = units.flat();
              shares = shareSaving(model, appUnits, gain);
              nextOpen = filled.map((s, i) => s.slice(active.slotSizes[i]!));
            }
            const nextState: State = {
              open: state.open.map((o, i) => (i === j ? nextOpen : o)),
              done: state.done.map((d, i) => (i === j && complete ? d + 1 : d)),
            };
            for (const entry of entries) {
              const m = entry.measures.slice();
              if (complete) {
                measures.forEach((ms, i) => {
                  const eligible = model.thresholds[ms.threshold]!.eligible;
                  if (ms.kind === 'eligible-saving') {
                    for (const [id, share] of shares) if (eligible.has(model.units[id]!.classId)) m[i] = m[i]! + share;
                  } else {
                    for (const id of appUnits) if (eligible.has(model.units[id]!.classId)) m[i] = m[i]! + model.units[id]!.price;
                  }
                });
              }
              add(nextState, { saving: entry.saving + gain, measures: m, prev: entry, choice: offerIndex * SLOT_BITS + slot });
            }
          }
        });
      }
      layer = next;
    }
    frontier = [];
    for (const { state, entries } of layer.values()) {
      if (state.open.every((o) => o.every((s) => s.length === 0))) for (const e of entries) insertPareto(frontier, e);
    }
    if (frontier.length === 0) return undefined;
  }

  let best: Entry | undefined;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (const e of frontier) {
    const total = objective(e.saving, e.measures);
    if (total !== undefined && total < bestTotal) {
      best = e;
      bestTotal = total;
    }
  }
  if (best === undefined) return undefined;
  const choices = problem.components.map((c) => new Array<Choice>(c.sequence.length));
  const position = problem.components.map(() => 0);
  const flat: Choice[] = [];
  for (let e: Entry | undefined = best; e?.prev !== undefined; e = e.prev) {
    const c = e.choice;
    flat.push(c === NONE ? { kind: 'none' } : c === REDUCED ? { kind: 'reduced' } : { kind: 'offer', offer: Math.floor(c / SLOT_BITS), slot: c % SLOT_BITS });
  }
  flat.reverse();
  flat.forEach((choice, i) => {
    const { component } = flatSeq[i]!;
    choices[component]![position[component]!++] = choice;
  });
  return { choices, total: bestTotal };
}

function stateKey(state: State): string {
  return state.open.map((o, j) => `${o.map((s) => s.join('.')).join('/')}#${state.done[j]}`).join('|');
}

/** Adds an entry unless one at least as good in every respect is there; drops those it beats. */
function insertPareto(entries: Entry[], entry: Entry): void {
  for (const e of entries) if (dominates(e, entry)) return;
  for (let i = entries.length - 1; i >= 0; i--) if (dominates(entry, entries[i]!)) entries.splice(i, 1);
  entries.push(entry);
}

function dominates(a: Entry, b: Entry): boolean {
  if (a.saving < b.saving) return false;
  for (let i = 0; i < a.measures.length; i++) if (a.measures[i]! > b.measures[i]!) return false;
  return true;
}
