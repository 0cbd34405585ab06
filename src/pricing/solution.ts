import type { Choice } from './items/search';
import type { Component, PricingModel } from './model';
import { times } from './arrays';

/** One use of an item offer on specific units: unit ids per slot, each slot in solver order. */
export interface Application {
  /** Index into {@link PricingModel.offers}. */
  readonly offer: number;
  readonly units: readonly (readonly number[])[];
  /** Saving in minor units. */
  readonly saving: number;
}

/** Which item offers apply to which units, and which units sell at their reduced price. */
export interface ItemSolution {
  readonly applications: readonly Application[];
  /** Unit ids sold at their reduced-to-clear price. */
  readonly reduced: readonly number[];
}

/** No offer at all: reduced units still sell at their reduced price. */
export function bareSolution(model: PricingModel): ItemSolution {
  return { applications: [], reduced: model.units.filter((u) => u.reducedPrice !== undefined).map((u) => u.id) };
}

/** Item savings of a solution. */
export function itemSavings(model: PricingModel, solution: ItemSolution): number {
  let total = 0;
  for (const a of solution.applications) total += a.saving;
  for (const id of solution.reduced) {
    const u = model.units[id]!;
    total += u.price - (u.reducedPrice ?? u.price);
  }
  return total;
}

/** Saving of one application from the offer's rule, prices per slot in descending order. */
export function applicationSaving(model: PricingModel, offer: number, units: readonly (readonly number[])[]): number {
  const active = model.offers[offer]!;
  const prices = units.map((slot) => slot.map((id) => model.units[id]!.price).sort((a, b) => b - a));
  return active.strategy.saving(prices);
}

/**
 * Turns per-unit choices (offer and slot, in solver order: each component's sequence) into
 * applications: each offer's units are grouped consecutively in solver order, the k-th
 * application taking the k-th run of each slot, exactly as the solvers accrued them. A
 * cheapest-free offer's units come in descending price order (so each application's last units
 * are its cheapest, and this grouping is optimal for the chosen units); a fixed-price offer saves
 * the same in total however its units are grouped, so where one of its consecutive applications
 * would lose money its units are grouped evenly instead when that lets every application save.
 * Applications that would not save money are dropped, as the format requires; their reduced
 * units go back to their reduced price.
 *
 * `queues[offer][slot]` holds the units assigned to that offer and slot, in solver order;
 * `interleaved[offer]`, for a one-slot offer whose applications the threshold search interleaved,
 * its units and the fill each joins at.
 */
export function groupChoices(
  model: PricingModel,
  queues: ReadonlyArray<ReadonlyArray<readonly number[]> | undefined>,
  interleaved?: ReadonlyArray<Interleaved | undefined>,
): ItemSolution {
  const applications: Application[] = [];
  const used = new Uint8Array(model.units.length);
  // Every offer in order (the arrays may have holes, which forEach would skip).
  for (let offer = 0; offer < model.offers.length; offer++) {
    const joined = interleaved?.[offer];
    if (joined !== undefined) {
      groupInterleaved(model, offer, joined, applications, used);
      continue;
    }
    const slots = queues[offer];
    if (slots === undefined) continue;
    const sizes = model.offers[offer]!.slotSizes;
    let count = Number.POSITIVE_INFINITY;
    for (let i = 0; i < slots.length; i++) count = Math.min(count, Math.floor(slots[i]!.length / sizes[i]!));
    let grouped: Application[] = [];
    let losing = false;
    for (let k = 0; k < count; k++) {
      const units = slots.map((s, i) => s.slice(k * sizes[i]!, (k + 1) * sizes[i]!));
      const saving = applicationSaving(model, offer, units);
      if (saving < 0) losing = true;
      grouped.push({ offer, units, saving });
    }
    // A fixed price saves the same in total however the units are grouped: where the consecutive
    // grouping has an application that loses money (the threshold search's relaxed pass can choose
    // such units), a balanced grouping may let every application save.
    if (losing && !model.offers[offer]!.strategy.positional) grouped = balanced(model, offer, slots, count) ?? grouped;
    for (const app of grouped) {
      if (app.saving <= 0) continue;
      applications.push(app);
      for (const slot of app.units) for (const id of slot) used[id] = 1;
    }
  }
  const reduced: number[] = [];
  for (const u of model.units) if (u.reducedPrice !== undefined && !used[u.id]) reduced.push(u.id);
  return { applications, reduced };
}

/** A one-slot offer's units in solver order, each with the fill of the open application it joins (0 opens one). */
export interface Interleaved {
  readonly units: readonly number[];
  readonly joins: readonly number[];
}

/**
 * Groups a one-slot offer's units as the threshold search chose them, applications interleaved:
 * a unit joining at fill 0 opens an application, one joining at fill f takes the earliest open
 * application with f units. Applications that would not save money are dropped, as in
 * {@link groupChoices}.
 */
function groupInterleaved(model: PricingModel, offer: number, joined: Interleaved, applications: Application[], used: Uint8Array): void {
  const size = model.offers[offer]!.slotSizes[0]!;
  // Per fill, the open applications with that many units, earliest first.
  const open = times<number[][]>(size, () => []);
  for (let k = 0; k < joined.units.length; k++) {
    const fill = joined.joins[k]!;
    const app = fill === 0 ? [] : open[fill]!.shift();
    if (app === undefined) throw new Error(`offer ${offer}: no open application with ${fill} units to join`);
    app.push(joined.units[k]!);
    if (app.length < size) {
      open[app.length]!.push(app);
      continue;
    }
    const units = [app];
    const saving = applicationSaving(model, offer, units);
    if (saving <= 0) continue;
    applications.push({ offer, units, saving });
    for (const id of app) used[id] = 1;
  }
}

/**
 * The first `count` applications' worth of units of each slot of a fixed-price offer, grouped so
 * that sums are even: slot by slot, each unit (dearest first) goes to the application with the
 * least so far that still has room in that slot. Undefined unless every application then saves
 * money.
 */
function balanced(model: PricingModel, offer: number, slots: ReadonlyArray<readonly number[]>, count: number): Application[] | undefined {
  const sizes = model.offers[offer]!.slotSizes;
  const units = times(count, () => sizes.map(() => [] as number[]));
  const sums = new Array<number>(count).fill(0);
  for (let s = 0; s < sizes.length; s++) {
    const taken = slots[s]!.slice(0, count * sizes[s]!).sort((a, b) => model.units[b]!.price - model.units[a]!.price || a - b);
    for (const id of taken) {
      let to = -1;
      for (let k = 0; k < count; k++) if (units[k]![s]!.length < sizes[s]! && (to < 0 || sums[k]! < sums[to]!)) to = k;
      units[to]![s]!.push(id);
      sums[to] = sums[to]! + model.units[id]!.price;
    }
  }
  const out: Application[] = [];
  for (const u of units) {
    // Each slot in scan order.
    const app = u.map((slot) => slot.sort((a, b) => a - b));
    const saving = applicationSaving(model, offer, app);
    if (saving <= 0) return undefined;
    out.push({ offer, units: app, saving });
  }
  return out;
}

/** Builds an item solution from per-component choices. */
export function solutionOf(model: PricingModel, components: readonly Component[], choices: ReadonlyArray<readonly Choice[]>): ItemSolution {
  // Per offer, per slot, the units that chose it in solver order (no object per unit: this runs
  // for every candidate solution of every scan).
  const queues: Array<number[][] | undefined> = new Array(model.offers.length);
  let interleaved: Array<{ units: number[]; joins: number[] } | undefined> | undefined;
  for (let c = 0; c < components.length; c++) {
    const { sequence } = components[c]!;
    const list = choices[c]!;
    for (let i = 0; i < sequence.length; i++) {
      const choice = list[i]!;
      if (choice.kind !== 'offer') continue;
      if (choice.join !== undefined) {
        interleaved ??= new Array(model.offers.length);
        const joined = (interleaved[choice.offer] ??= { units: [], joins: [] });
        joined.units.push(sequence[i]!);
        joined.joins.push(choice.join);
        continue;
      }
      const queue = (queues[choice.offer] ??= model.offers[choice.offer]!.slotSizes.map(() => []));
      queue[choice.slot]!.push(sequence[i]!);
    }
  }
  return groupChoices(model, queues, interleaved);
}
