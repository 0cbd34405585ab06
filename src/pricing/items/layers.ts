import type { ComponentPlan, StatefulOffer, UnitOption } from './plan';
import { times } from '../arrays';

// Local copies of the offer shapes: these are compared in the innermost loops.
const LIMITED_SINGLE = 0;
const BUNDLE = 2;

/**
 * The working layer of a layered search: the distinct states after the first i units, each a
 * vector of the fields live at that layer, with the best value reaching it, an upper bound on the
 * value it can end with, and how it was reached (parent state in the previous layer, option
 * taken). States are found by an open-addressing hash of their vector. Two of these alternate as
 * the current and next layer; their buffers are reused from layer to layer.
 */
export class Frontier {
  count = 0;
  stride = 0;
  vec = new Int32Array(64);
  value = new Float64Array(64);
  ub = new Float64Array(64);
  parent = new Int32Array(64);
  choice = new Int32Array(64);
  private hashes = new Int32Array(64);
  /** The table slot each entry sits in (to empty the table in time proportional to the entries). */
  private slots = new Int32Array(64);
  private table = new Int32Array(128);
  private mask = 127;

  /** Empties the layer for states of `stride` fields. */
  reset(stride: number): void {
    for (let e = 0; e < this.count; e++) this.table[this.slots[e]!] = 0;
    this.count = 0;
    this.stride = stride;
    if (this.vec.length < this.value.length * Math.max(1, stride)) this.vec = new Int32Array(this.value.length * Math.max(1, stride));
  }

  /**
   * Adds a state (its vector read from `state` at `fields`) or improves the one already there;
   * returns false when an equal state was already at least as good.
   */
  offer(state: Int32Array, fields: Int32Array, hash: number, value: number, ub: number, parent: number, choice: number): boolean {
    const stride = this.stride;
    let slot = hash & this.mask;
    for (;;) {
      const at = this.table[slot]!;
      if (at === 0) break;
      const e = at - 1;
      if (this.hashes[e] === hash && this.same(e, state, fields)) {
        if (value <= this.value[e]!) return false;
        this.value[e] = value;
        this.ub[e] = ub;
        this.parent[e] = parent;
        this.choice[e] = choice;
        return true;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.count === this.value.length) {
      this.grow();
      return this.offer(state, fields, hash, value, ub, parent, choice);
    }
    const e = this.count++;
    const base = e * stride;
    for (let t = 0; t < stride; t++) this.vec[base + t] = state[fields[t]!]!;
    this.value[e] = value;
    this.ub[e] = ub;
    this.parent[e] = parent;
    this.choice[e] = choice;
    this.hashes[e] = hash;
    this.slots[e] = slot;
    this.table[slot] = e + 1;
    return true;
  }

  /** Keeps only the given entries (ascending indices), in place. */
  compact(kept: readonly number[]): void {
    const stride = this.stride;
    for (let e = 0; e < this.count; e++) this.table[this.slots[e]!] = 0;
    for (let j = 0; j < kept.length; j++) {
      const e = kept[j]!;
      if (e !== j) {
        this.vec.copyWithin(j * stride, e * stride, (e + 1) * stride);
        this.value[j] = this.value[e]!;
        this.ub[j] = this.ub[e]!;
        this.parent[j] = this.parent[e]!;
        this.choice[j] = this.choice[e]!;
        this.hashes[j] = this.hashes[e]!;
      }
    }
    this.count = kept.length;
    this.rehash();
  }

  private same(e: number, state: Int32Array, fields: Int32Array): boolean {
    const base = e * this.stride;
    for (let t = 0; t < this.stride; t++) if (this.vec[base + t] !== state[fields[t]!]) return false;
    return true;
  }

  private grow(): void {
    const capacity = this.value.length * 2;
    // Copies only what is in use: `vec` may be longer than needed, from a layer with more fields.
    const int = (a: Int32Array, size: number, used: number) => {
      const b = new Int32Array(size);
      b.set(a.subarray(0, used));
      return b;
    };
    const float = (a: Float64Array) => {
      const b = new Float64Array(capacity);
      b.set(a);
      return b;
    };
    this.vec = int(this.vec, capacity * Math.max(1, this.stride), this.count * this.stride);
    this.value = float(this.value);
    this.ub = float(this.ub);
    this.parent = int(this.parent, capacity, this.count);
    this.choice = int(this.choice, capacity, this.count);
    this.hashes = int(this.hashes, capacity, this.count);
    this.slots = int(this.slots, capacity, this.count);
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.rehash();
  }

  /** Puts every entry back in the (empty) table. */
  private rehash(): void {
    for (let e = 0; e < this.count; e++) {
      let slot = this.hashes[e]! & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = e + 1;
      this.slots[e] = slot;
    }
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

/** Random odd multipliers for hashing state fields (fixed: the search is deterministic). */
const MULTIPLIERS = (() => {
  const out = new Int32Array(4096);
  let x = 0x9e3779b9 | 0;
  for (let k = 0; k < out.length; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[k] = x | 1;
  }
  return out;
})();

/** Hash multiplier of a state field. */
export function fieldMultiplier(field: number): number {
  return MULTIPLIERS[field & 4095]! ^ Math.imul(field >>> 12, 0x27d4eb2d);
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

/** Per position: the stateful offers whose last eligible unit is there (they must be closed after it). */
export function endingAt(plan: ComponentPlan): Int32Array[] {
  const out = times<number[]>(plan.n, () => []);
  plan.stateful.forEach((sf, k) => out[sf.last]!.push(k));
  return out.map((a) => new Int32Array(a));
}
