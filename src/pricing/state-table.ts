/**
 * The table of distinct states both layered searches keep per layer (the item search's
 * `Frontier`, the joint threshold search's `States`): each state a vector of the fields live at
 * that layer, found by an open-addressing hash of the vector. States are numbered in the order
 * they are first met, so a search that visits the same states in the same order gets the same
 * numbers whatever the table's size: the searches stay deterministic. Subclasses keep their
 * per-state data in arrays of their own, grown with {@link StateTable.grow}.
 */
export class StateTable {
  count = 0;
  stride: number;
  /** The states' vectors, `stride` fields each, one after another. */
  vec: Int32Array;
  /** States the arrays have room for. */
  protected capacity: number;
  private hashes: Int32Array;
  /** The table slot each state sits in (to empty the table in time proportional to the states). */
  private slots: Int32Array;
  private table: Int32Array;
  private mask: number;

  constructor(stride = 0, capacity = 64) {
    this.stride = stride;
    this.capacity = capacity;
    this.vec = new Int32Array(capacity * Math.max(1, stride));
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
  }

  /** Empties the table for states of `stride` fields. */
  reset(stride: number): void {
    for (let e = 0; e < this.count; e++) this.table[this.slots[e]!] = 0;
    this.count = 0;
    this.stride = stride;
    if (this.vec.length < this.capacity * Math.max(1, stride)) this.vec = new Int32Array(this.capacity * Math.max(1, stride));
  }

  /**
   * The number of the state read from `state` at `fields` (`hash` its hash, see
   * {@link fieldMultiplier}) when it is there; else adds it and returns −1 − its number.
   */
  find(state: Int32Array, fields: Int32Array, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const at = this.table[slot]!;
      if (at === 0) break;
      const e = at - 1;
      if (this.hashes[e] === hash && this.same(e, state, fields)) return e;
      slot = (slot + 1) & this.mask;
    }
    if (this.count === this.capacity) {
      this.grow();
      return this.find(state, fields, hash);
    }
    const e = this.count++;
    const base = e * this.stride;
    for (let t = 0; t < this.stride; t++) this.vec[base + t] = state[fields[t]!]!;
    this.hashes[e] = hash;
    this.slots[e] = slot;
    this.table[slot] = e + 1;
    return -1 - e;
  }

  /** Keeps only the given states (ascending numbers), renumbered in place; `move` moves a subclass's data. */
  protected compactStates(kept: readonly number[], move: (from: number, to: number) => void): void {
    const stride = this.stride;
    for (let e = 0; e < this.count; e++) this.table[this.slots[e]!] = 0;
    for (let j = 0; j < kept.length; j++) {
      const e = kept[j]!;
      if (e !== j) {
        this.vec.copyWithin(j * stride, e * stride, (e + 1) * stride);
        this.hashes[j] = this.hashes[e]!;
        move(e, j);
      }
    }
    this.count = kept.length;
    this.rehash();
  }

  /** Doubles the room; a subclass grows its own arrays to {@link capacity} after calling this. */
  protected grow(): void {
    const capacity = this.capacity * 2;
    // Copies only what is in use: `vec` may be longer than needed, from a layer with more fields.
    this.vec = grown(this.vec, capacity * Math.max(1, this.stride), this.count * this.stride);
    this.hashes = grown(this.hashes, capacity, this.count);
    this.slots = grown(this.slots, capacity, this.count);
    this.capacity = capacity;
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.rehash();
  }

  private same(e: number, state: Int32Array, fields: Int32Array): boolean {
    const base = e * this.stride;
    for (let t = 0; t < this.stride; t++) if (this.vec[base + t] !== state[fields[t]!]) return false;
    return true;
  }

  /** Puts every state back in the (empty) table. */
  private rehash(): void {
    for (let e = 0; e < this.count; e++) {
      let slot = this.hashes[e]! & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = e + 1;
      this.slots[e] = slot;
    }
  }
}

/** A copy of the first `used` values of `a` in an array of `size`. */
export function grown<A extends Int32Array | Float64Array>(a: A, size: number, used: number): A {
  const b = (a instanceof Int32Array ? new Int32Array(size) : new Float64Array(size)) as A;
  b.set(a.subarray(0, used));
  return b;
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

/** Hash multiplier of a state field: a state's hash is the sum of its fields times their multipliers. */
export function fieldMultiplier(field: number): number {
  return MULTIPLIERS[field & 4095]! ^ Math.imul(field >>> 12, 0x27d4eb2d);
}
