import type { ComponentPlan, StatefulOffer, UnitOption } from './plan';
import { StateTable, grown } from '../state-table';

// Local copies of the offer shapes: these are compared in the innermost loops.
const LIMITED_SINGLE = 0;
const BUNDLE = 2;

/**
 * The working layer of a layered search: the distinct states after the first i units (a
 * {@link StateTable}), each with the best value reaching it, an upper bound on the value it can end
 * with, and how it was reached (parent state in the previous layer, option taken). Two of these
 * alternate as the current and next layer; their buffers are reused from layer to layer.
 */
export class Frontier extends StateTable {
  value = new Float64Array(64);
  ub = new Float64Array(64);
  parent = new Int32Array(64);
  choice = new Int32Array(64);

  /**
   * Adds a state (its vector read from `state` at `fields`) or improves the one already there;
   * returns false when an equal state was already at least as good.
   */
  offer(state: Int32Array, fields: Int32Array, hash: number, value: number, ub: number, parent: number, choice: number): boolean {
    const found = this.find(state, fields, hash);
    const e = found >= 0 ? found : -1 - found;
    if (found >= 0 && value <= this.value[e]!) return false;
    this.value[e] = value;
    this.ub[e] = ub;
    this.parent[e] = parent;
    this.choice[e] = choice;
    return true;
  }

  /** Keeps only the given entries (ascending indices), in place. */
  compact(kept: readonly number[]): void {
    this.compactStates(kept, (e, j) => {
      this.value[j] = this.value[e]!;
      this.ub[j] = this.ub[e]!;
      this.parent[j] = this.parent[e]!;
      this.choice[j] = this.choice[e]!;
    });
  }

  protected override grow(): void {
    super.grow();
    this.value = grown(this.value, this.capacity, this.count);
    this.ub = grown(this.ub, this.capacity, this.count);
    this.parent = grown(this.parent, this.capacity, this.count);
    this.choice = grown(this.choice, this.capacity, this.count);
  }
}

/** How every layer's states were reached (parent index in the previous layer, option taken), for reading back the best path. */
export class History {
  private parents = new Int32Array(256);
  private choices = new Int32Array(256);
  private starts: number[] = [];
  private size = 0;

  /** Records a finished layer. */
  push(layer: Frontier): void {
    this.starts.push(this.size);
    const need = this.size + layer.count;
    if (need > this.parents.length) {
      let capacity = this.parents.length * 2;
      while (capacity < need) capacity *= 2;
      const p = new Int32Array(capacity);
      p.set(this.parents.subarray(0, this.size));
      const c = new Int32Array(capacity);
      c.set(this.choices.subarray(0, this.size));
      this.parents = p;
      this.choices = c;
    }
    this.parents.set(layer.parent.subarray(0, layer.count), this.size);
    this.choices.set(layer.choice.subarray(0, layer.count), this.size);
    this.size = need;
  }

  /** Options taken on the path to entry `e` of the last layer, one per layer after the first. */
  path(e: number): Int32Array {
    const layers = this.starts.length;
    const out = new Int32Array(layers - 1);
    for (let l = layers - 1; l >= 1; l--) {
      const at = this.starts[l]! + e;
      out[l - 1] = this.choices[at]!;
      e = this.parents[at]!;
    }
    return out;
  }
}

/**
 * Applies a stateful option to the offer's fields in `state` (in place) and returns what it adds
 * to the saving (a fixed price is subtracted when an application completes), or NaN when the
 * option is not allowed (the offer's limit is reached, or a bundle slot would run further ahead
 * than the applications still allowed).
 */
export function applyOption(sf: StatefulOffer, state: Int32Array, option: UnitOption, price: number): number {
  const f = sf.field;
  if (sf.shape === LIMITED_SINGLE) {
    if (state[f]! >= sf.limit) return Number.NaN;
    state[f] = state[f]! + 1;
    return option.gain;
  }
  if (sf.shape !== BUNDLE) {
    const fill = state[f]!;
    const done = sf.limited ? state[f + 1]! : 0;
    if (fill === 0 && done >= sf.limit) return Number.NaN;
    let gain = sf.positional ? (fill >= sf.freeFrom ? price : 0) : price;
    if (fill + 1 === sf.sizes[0]) {
      state[f] = 0;
      if (sf.limited) state[f + 1] = done + 1;
      gain += sf.completion;
    } else {
      state[f] = fill + 1;
    }
    return gain;
  }
  const sizes = sf.sizes;
  const slots = sizes.length;
  const done = sf.limited ? state[f + slots]! : 0;
  const slot = option.slot;
  if (sf.limited) {
    let open = false;
    for (let s = 0; s < slots; s++) if (state[f + s]! > 0) open = true;
    if (!open && done >= sf.limit) return Number.NaN;
    if (state[f + slot]! + 1 > sizes[slot]! * (sf.limit - done)) return Number.NaN;
  }
  state[f + slot] = state[f + slot]! + 1;
  for (let s = 0; s < slots; s++) if (state[f + s]! < sizes[s]!) return price;
  for (let s = 0; s < slots; s++) state[f + s] = state[f + s]! - sizes[s]!;
  if (sf.limited) state[f + slots] = done + 1;
  return price + sf.completion;
}

/** Whether the offer's fill fields (not its applications-made counter) are all zero. */
export function isClosed(sf: StatefulOffer, state: Int32Array): boolean {
  const fills = sf.shape === LIMITED_SINGLE ? 0 : sf.sizes.length;
  for (let s = 0; s < fills; s++) if (state[sf.field + s] !== 0) return false;
  return true;
}

/** Per position: the stateful offers whose last eligible unit is there (they must be closed after it), laid out once by the plan. */
export function endingAt(plan: ComponentPlan): readonly Int32Array[] {
  return plan.endings;
}
