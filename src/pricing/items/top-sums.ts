import type { StatefulOffer } from './plan';
import type { SearchBudget } from '../search-budget';

/**
 * A bundle slot's best-units sums per suffix, for the Lagrangian bound (`bound.ts`): `at(j)` gives
 * the sorted (descending) prefix sums of the slot's unit values from local index j on. Where each
 * suffix's sums sit depends only on which units the slot takes, so a bound lays them out once and
 * refills the sums in place for each λ ({@link fillTopSums}).
 */
export class TopSums {
  private j = -1;
  private base = 0;
  count = 0;

  constructor(
    /** Per suffix, from its offset: 0, then the prefix sums. */
    readonly flat: Float64Array,
    /** Per local index j (and m, the empty suffix): where its sums start in {@link flat}. */
    readonly offset: Int32Array,
    /** Per local index j: how many of the slot's units are at j or after. */
    readonly counts: Int32Array,
  ) {}

  at(j: number): this {
    if (j !== this.j) {
      this.j = j;
      this.base = this.offset[j]!;
      this.count = this.counts[j]!;
    }
    return this;
  }

  /** Sum of the r best values (r ≤ count). */
  sum(r: number): number {
    return this.flat[this.base + r]!;
  }
}

/**
 * Per slot of a bundle, its {@link TopSums} laid out (sums not yet filled), every array a view of
 * one buffer per kind: V8 allocates a typed array of more than 64 bytes outside its heap, at ten
 * times the cost of a view, and a bound needs three per slot.
 */
export function layOutTopSums(sf: StatefulOffer): TopSums[] {
  const m = sf.positions.length;
  const slots = sf.sizes.length;
  let floats = 0;
  for (let s = 0; s < slots; s++) {
    floats += 1;
    for (let j = 0; j < m; j++) if ((sf.slotMask[j]! >> s) & 1) floats += m - j + 1;
  }
  const flatAll = new Float64Array(floats);
  const intsAll = new Int32Array(2 * slots * (m + 1));
  const out: TopSums[] = [];
  let usedFloats = 0;
  for (let s = 0; s < slots; s++) {
    let size = 1;
    for (let j = 0; j < m; j++) if ((sf.slotMask[j]! >> s) & 1) size += m - j + 1;
    const flat = flatAll.subarray(usedFloats, usedFloats + size);
    usedFloats += size;
    const offset = intsAll.subarray(2 * s * (m + 1), (2 * s + 1) * (m + 1));
    const count = intsAll.subarray((2 * s + 1) * (m + 1), (2 * s + 2) * (m + 1));
    let used = 1;
    let eligible = 0;
    for (let j = m - 1; j >= 0; j--) {
      if ((sf.slotMask[j]! >> s) & 1) {
        eligible++;
        offset[j] = used;
        count[j] = eligible;
        used += eligible + 1;
      } else {
        offset[j] = offset[j + 1]!;
        count[j] = count[j + 1]!;
      }
    }
    out.push(new TopSums(flat, offset, count));
  }
  return out;
}

/**
 * Fills each slot's sums for the units' current values (`value(j)`: what the unit at local index j
 * adds, less its cost and λ), each suffix's values sorted descending by insertion into `scratch`
 * (at least the offer's eligible units long). Spends a budget step per value placed.
 */
export function fillTopSums(sf: StatefulOffer, sums: readonly TopSums[], value: (j: number) => number, scratch: Float64Array, budget: SearchBudget | undefined): void {
  const m = sf.positions.length;
  for (let s = 0; s < sums.length; s++) {
    const { flat, offset } = sums[s]!;
    let length = 0;
    for (let j = m - 1; j >= 0; j--) {
      if (!((sf.slotMask[j]! >> s) & 1)) continue;
      const v = value(j);
      let at = length;
      while (at > 0 && scratch[at - 1]! < v) {
        scratch[at] = scratch[at - 1]!;
        at--;
      }
      scratch[at] = v;
      length++;
      const used = offset[j]!;
      for (let r = 0; r < length; r++) flat[used + r + 1] = flat[used + r]! + scratch[r]!;
      budget?.spend(length);
    }
  }
}
