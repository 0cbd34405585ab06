import type { ActiveOffer, UnitClass } from '../model';

/**
 * The order in which the solvers process a component's classes (its units follow class by class,
 * each class's units in scan order).
 *
 * The solvers' state holds, per offer, only what its open application needs, and only while the
 * offer is *live*: after its first eligible unit and up to its last. The fewer offers live at once,
 * the smaller the state, so the order tries to keep each offer's units together: a bundle's slots
 * one after another (a meal deal's mains, then its snacks, then its drinks), a multi-buy's classes
 * side by side.
 *
 * One constraint makes the answer exact: a cheapest-free offer's eligible units must come in
 * descending price order among themselves, because the solvers group its units consecutively and
 * the consecutive grouping of a descending run is the best grouping of any chosen set. Units of
 * fixed-price offers (multi-buy, bundle) and single-unit offers may come in any order: what an
 * application of those saves does not depend on which application a unit joins.
 *
 * A bundle whose cheapest filling would not save money also has each slot's units in descending
 * price order: its k-th application then takes the k-th dearest units of each slot, so its
 * applications' price sums fall with k and the threshold search need only check the last one
 * (see `solveTracked`).
 *
 * Greedy: among the classes whose dearer partners (above) are placed, take the one that opens the
 * least new state (an offer part it starts costs log2 of the values its counter can take, more
 * when the part's other classes must still wait for dearer ones; a part it finishes gives that
 * back), then the one that continues the most open parts, then the dearest, then by SKU. Parts are
 * each slot of an offer that keeps state, a bundle as a whole, and a binding limit's counter. The
 * order depends only on the classes' content, not on scan order, so the same problem always gets
 * the same order (and a cached answer lines up).
 */
export function orderClasses(classes: readonly UnitClass[], offers: readonly ActiveOffer[], classIds: readonly number[], offerIds: readonly number[]): number[] {
  const { parts, partsOf, precede } = orderParts(classes, offers, classIds, offerIds);
  return greedyOrder(classes, classIds, parts, partsOf, precede);
}

/** A part of the state a class order opens and closes (see {@link orderParts}), over local class indices. */
interface OrderPart {
  readonly members: number[];
  readonly weight: number;
  remaining: number;
}

/**
 * Parts: one per slot of every offer that keeps state (a single-unit offer without a limit keeps
 * none), and one for the applications-made counter of an offer whose limit can bind; which parts
 * each class (by local index) is in; and per class, the classes that must precede it.
 */
function orderParts(
  classes: readonly UnitClass[],
  offers: readonly ActiveOffer[],
  classIds: readonly number[],
  offerIds: readonly number[],
): { parts: OrderPart[]; partsOf: number[][]; precede: Array<Set<number>> } {
  const inComponent = new Set(classIds);
  const local = new Map<number, number>();
  classIds.forEach((c, i) => local.set(c, i));
  const parts: OrderPart[] = [];
  const partsOf: number[][] = classIds.map(() => []);
  const precede: Array<Set<number>> = classIds.map(() => new Set<number>());
  const descending = (members: readonly number[]) => {
    for (const a of members) for (const b of members) if (classes[a]!.price > classes[b]!.price) precede[local.get(b)!]!.add(local.get(a)!);
  };
  const addPart = (members: readonly number[], values: number) => {
    if (members.length === 0 || values <= 1) return;
    const index = parts.length;
    const locals = members.map((c) => local.get(c)!);
    parts.push({ members: locals, weight: Math.log2(values), remaining: locals.length });
    for (const m of locals) partsOf[m]!.push(index);
  };
  for (const o of offerIds) {
    const active = offers[o]!;
    const { slotSizes } = active;
    // The offer's classes in this component, and per slot those that can fill it and their units.
    const eligible: number[] = [];
    const bySlot: number[][] = slotSizes.map(() => []);
    const slotUnits: number[] = slotSizes.map(() => 0);
    let units = 0;
    for (const [c, slots] of active.slotsByClass) {
      if (!inComponent.has(c)) continue;
      eligible.push(c);
      const count = classes[c]!.units.length;
      units += count;
      for (const slot of slots) {
        bySlot[slot]!.push(c);
        slotUnits[slot]! += count;
      }
    }
    const maxApps = Math.floor(units / active.groupSize);
    const limited = active.limit < maxApps;
    const apps = Math.min(active.limit, maxApps);
    if (active.strategy.positional) descending(eligible);
    if (slotSizes.length > 1 && !active.strategy.alwaysSaves(cheapestFilling(classes, slotSizes, bySlot))) bySlot.forEach(descending);
    if (active.groupSize === 1 && !limited) continue;
    slotSizes.forEach((size, slot) => addPart(bySlot[slot]!, slotSizes.length === 1 ? size : Math.min(slotUnits[slot]!, size * apps) + 1));
    if (limited) addPart(eligible, apps + 1);
    // A bundle's state lives from its first unit to its last, whichever slots they fill: one more
    // part over all its classes, so a slot on its own (a pair's single class) is not free to open.
    if (slotSizes.length > 1) {
      let most = Number.NEGATIVE_INFINITY;
      slotSizes.forEach((size, slot) => (most = Math.max(most, slotUnits[slot]! / size)));
      addPart(eligible, Math.min(most, apps) + 1);
    }
  }
  return { parts, partsOf, precede };
}

/**
 * The greedy order of the class-order comment above ({@link orderClasses}): among the classes whose
 * dearer partners are placed, the one that opens the least new state, then the one that continues
 * the most open parts, then the dearest, then by SKU.
 */
function greedyOrder(classes: readonly UnitClass[], classIds: readonly number[], parts: readonly OrderPart[], partsOf: readonly number[][], precede: ReadonlyArray<Set<number>>): number[] {
  const n = classIds.length;
  const blockers = precede.map((s) => s.size);
  const followers: number[][] = classIds.map(() => []);
  precede.forEach((before, b) => before.forEach((a) => followers[a]!.push(b)));
  const started = new Uint8Array(parts.length);
  const placed = new Uint8Array(n);
  const order: number[] = [];
  const key = (i: number) => {
    const c = classes[classIds[i]!]!;
    return `${c.sku}\u0000${c.price}\u0000${c.reducedPrice ?? ''}\u0000${c.weighed ? c.units.length : ''}`;
  };
  const keys = classIds.map((_, i) => key(i));
  for (let step = 0; step < n; step++) {
    let best = -1;
    let bestCost = 0;
    let bestAffinity = 0;
    for (let i = 0; i < n; i++) {
      if (placed[i] || blockers[i]! > 0) continue;
      let cost = 0;
      let affinity = 0;
      for (const p of partsOf[i]!) {
        const part = parts[p]!;
        if (started[p]) affinity++;
        // Opening a part whose other classes must wait for others costs more: it stays open longer.
        if (!started[p] && part.remaining > 1) cost += part.weight * (1 + waiting(part, i));
        else if (started[p] && part.remaining === 1) cost -= part.weight;
      }
      if (best < 0 || cost < bestCost - 1e-9 || (Math.abs(cost - bestCost) <= 1e-9 && better(i, affinity, best, bestAffinity))) {
        best = i;
        bestCost = cost;
        bestAffinity = affinity;
      }
    }
    placed[best] = 1;
    order.push(classIds[best]!);
    for (const p of partsOf[best]!) {
      started[p] = 1;
      parts[p]!.remaining--;
    }
    for (const f of followers[best]!) blockers[f]!--;
  }
  return order;

  /** How many of a part's unplaced classes other than i still wait for dearer classes. */
  function waiting(part: OrderPart, i: number): number {
    let n = 0;
    for (const m of part.members) if (m !== i && !placed[m] && blockers[m]! > 0) n++;
    return n;
  }

  function better(i: number, affinity: number, j: number, affinityJ: number): boolean {
    if (affinity !== affinityJ) return affinity > affinityJ;
    const pi = classes[classIds[i]!]!.price;
    const pj = classes[classIds[j]!]!.price;
    if (pi !== pj) return pi > pj;
    return keys[i]! < keys[j]!;
  }
}

/** Whether every filling of a bundle (from the given classes) costs more than its price: each application saves money. */
export function alwaysSaves(classes: readonly UnitClass[], active: ActiveOffer, eligible: readonly number[]): boolean {
  const bySlot = active.slotSizes.map((_, slot) => eligible.filter((c) => active.slotsByClass.get(c)!.includes(slot)));
  return active.strategy.alwaysSaves(cheapestFilling(classes, active.slotSizes, bySlot));
}

/** The price of a bundle's cheapest filling from each slot's classes (`bySlot`). */
function cheapestFilling(classes: readonly UnitClass[], slotSizes: readonly number[], bySlot: ReadonlyArray<readonly number[]>): number {
  let cheapest = 0;
  for (let slot = 0; slot < slotSizes.length; slot++) {
    let min = Number.POSITIVE_INFINITY;
    for (const c of bySlot[slot]!) min = Math.min(min, classes[c]!.price);
    cheapest += min * slotSizes[slot]!;
  }
  return cheapest;
}
