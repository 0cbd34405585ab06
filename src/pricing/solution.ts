import type { PricingModel } from './model';

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
  return active.rule.saving(active.offer as never, prices);
}

/**
 * Turns per-unit choices (offer and slot, in solver order: each component's sequence) into
 * applications: each offer's units are grouped consecutively in solver order, the k-th
 * application taking the k-th run of each slot, exactly as the solvers accrued them. A
 * cheapest-free offer's units come in descending price order (so each application's last units
 * are its cheapest, and this grouping is optimal for the chosen units); a fixed-price offer saves
 * the same in total however its units are grouped. Applications that would not save money are
 * dropped, as the format requires; their reduced units go back to their reduced price.
 *
 * `queues[offer][slot]` holds the units assigned to that offer and slot, in solver order.
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
    for (let k = 0; k < count; k++) {
      const units = slots.map((s, i) => s.slice(k * sizes[i]!, (k + 1) * sizes[i]!));
      const saving = applicationSaving(model, offer, units);
      if (saving <= 0) continue;
      applications.push({ offer, units, saving });
      for (const slot of units) for (const id of slot) used[id] = 1;
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
  const open: number[][][] = Array.from({ length: size }, () => []);
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
