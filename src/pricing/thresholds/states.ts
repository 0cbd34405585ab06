import { StateTable } from '../state-table';
import type { Entry } from './pareto';

/** A layer of the joint search: its distinct states (a {@link StateTable}), each with its Pareto set of entries. */
export class States extends StateTable {
  entries: Entry[][] = [];

  constructor(stride: number) {
    super(stride, 16);
  }

  /** The number of the state read from `state` at `fields`, added (with no entries) when new. */
  at(state: Int32Array, fields: Int32Array, hash: number): number {
    const found = this.find(state, fields, hash);
    if (found >= 0) return found;
    this.entries.push([]);
    return -1 - found;
  }
}
