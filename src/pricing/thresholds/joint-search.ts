import { FULL_PRICE } from '../items/plan';
import { isClosed } from '../items/layers';
import { fieldMultiplier } from '../state-table';
import type { Component, PricingModel } from '../model';
import type { SearchBudget } from '../search-budget';
import type { Choice, ComponentResult } from '../items/search';
import { int32sOf } from '../arrays';
import { hasBit, highestAtMost, orShifted } from '../bitset';
import { Objective } from './objective';
import { INSIDE, STRADDLE, type Part, buildPart } from './parts';
import { chooseMultiplier } from './multipliers';
import { decodeChoice, openApplications, straddleGain, closeEnding, joinInterleaved, freePlacesOpen, groupLabels, applyTracked } from './transitions';
import { type Entry, firstBelow, MeasureStore } from './pareto';
import { States } from './states';

/** A joint search of item offers with a set of thresholds assumed reached. */
export interface TrackedProblem {
  /** The set of thresholds assumed reached. */
  readonly objective: Objective;
  /** Components whose choices are searched; the others keep their item optimum. */
  readonly components: readonly Component[];
  /** Item saving of the other components, and their contribution to each tracked measure. */
  readonly fixedSaving: number;
  readonly fixedMeasures: readonly number[];
}

/** What a joint search found, and whether finding it (or nothing) proves anything. */
export interface TrackedResult {
  /**
   * The best choices per searched component (each in its sequence order) and the total they give,
   * when some beat the incumbent; undefined when none did.
   */
  readonly best: { readonly choices: ReadonlyArray<readonly Choice[]>; readonly total: number } | undefined;
  /**
   * False when the search approximated how a bundle's saving is shared (see {@link solveTracked}):
   * then what it found is correct for itself, but finding nothing better proves nothing.
   */
  readonly exact: boolean;
  /** Not exact only because a fixed-price offer's one grouping may refuse units: a relaxed search can still prove the set. */
  readonly validityOnly: boolean;
  /**
   * The parts an exact search built (plans, bounds, multipliers): a relaxed search of the same
   * problem is handed them and reuses what does not depend on the relaxation.
   */
  readonly parts?: readonly Part[];
}

/**
 * The largest gain sum the stateless tail's bitsets hold ({@link TrackedSearch.finishStateless}):
 * a bitset row per unit, so about 8 KB per unit at most.
 */
const STATELESS_TAIL_MAX_SUM = 1 << 16;

/**
 * Optimises item offers *together with* a set of thresholds assumed reached, when item savings and
 * threshold rewards pull against each other (a 3-for-2 that drops the basket under "5 off 20").
 *
 * A layered search over the units of the components the thresholds touch, one component after
 * another, in each component's sequence. The state is the item solver's (each live offer's open
 * application fill, per slot for bundles, and applications made under a binding limit) plus what
 * keeps every application saving money (see {@link Extra}: an open application's price sum, or
 * for a bundle that might not save money its slots' last units, its slots being in descending
 * price order so its last application is its cheapest); for each state it keeps the Pareto set of
 * (item saving, each tracked measure): more saving is better, less eligible saving and less used
 * full-price spend are better. Where a whole-basket threshold is measured after offers, more
 * saving is better only for entries that cannot overshoot its cap (saving ≤ subtotal − threshold)
 * whatever comes; other entries are kept by exact saving.
 *
 * Fixed prices are charged when an application starts, so saving and eligible saving never fall
 * below their current value by the end (every application made saves money): an entry over a
 * threshold's cap or limit is dropped at once. An entry is also dropped when a floor on the total
 * it can end with ({@link Objective.optimistic}) cannot beat the incumbent. Two floors: the most
 * saving the rest could add (the item bound) with the rewards at the entry's current measures;
 * and, where rewards are a percent of full-price-only spend or that spend is limited, a coupled
 * bound in which using an eligible unit costs its share of the reward, plus a Lagrange multiplier
 * on the spend limit chosen at the root to make the floor highest.
 *
 * Applications group an offer's units consecutively in the component's sequence, as the item
 * solver's do. That grouping saves the most, but here less saving can be worth more. A
 * cheapest-free offer where that can matter interleaves its applications ({@link interleaves}).
 * A fixed-price offer that might not save money, with room for two applications over units of
 * different prices ({@link regroupingMatters}), can be refused units another grouping would
 * take: the result is then `validityOnly`, and given that search's parts (`exactParts`) the same
 * search runs again with no application bound to save money, a relaxation of every grouping whose
 * saving can fall (see {@link Part.drop}). The result is marked inexact (what it finds is correct, finding nothing
 * proves nothing) for a cheapest-free offer straddling a measure's eligible units, and for a
 * bundle straddling them with two or more classes in a slot (its share is then estimated) or with
 * a rounding tie between eligible and other units.
 */
export function solveTracked(
  model: PricingModel,
  problem: TrackedProblem,
  budget: SearchBudget,
  incumbent: number,
  item: readonly ComponentResult[],
  exactParts?: readonly Part[],
): TrackedResult {
  const { objective } = problem;
  const start = { s: problem.fixedSaving, m: new Float64Array(problem.fixedMeasures) };
  // The fixed components' measures are exact, and measures only grow: the set is out of reach.
  if (!objective.feasible(start.s, start.m)) return { best: undefined, exact: true, validityOnly: false };
  // A relaxed search follows the same set's exact search: that search's parts (`exactParts`) lend
  // theirs what does not depend on the relaxation, and the multipliers stay as it chose them.
  const relaxed = exactParts !== undefined;
  const parts = problem.components.map((c, k) => buildPart(model, c, objective, item[k]!, budget, relaxed, exactParts?.[k]));
  const shared = parts.every((p) => p.extra.every((x) => !x.approximate));
  const exact = shared && parts.every((p) => p.extra.every((x) => !x.validity));
  const validityOnly = shared && !exact;
  const most = start.s + parts.reduce((a, p) => a + p.bound.root, 0);
  // A relaxed search's saving (and eligible saving) can end below where it starts.
  const fall = parts.reduce((a, p) => a + p.drop[0]!, 0);
  const sLow = start.s - fall;
  const mLow = start.m.map((v, k) => (objective.measures[k]!.kind === 'used' ? v : v - fall));
  const rootFloor = () => objective.optimistic(sLow, most, objective.coupledValue(start.s, start.m) + parts.reduce((a, p) => a + (p.coupled?.root ?? 0), 0), mLow);
  if (exactParts === undefined) for (const k of objective.limitedUse) if (chooseMultiplier(objective, k, parts, rootFloor, incumbent, budget)) break;
  // The bounds hold whatever the measures: a floor at the incumbent settles the set.
  if (rootFloor() >= incumbent) return { best: undefined, exact: true, validityOnly: false, parts };
  // Parts with more offers that keep state go first: a part's work is its states per layer times
  // the entries coming in, and entries multiply with every part searched (the frontier is
  // smallest at the start).
  const order = parts.map((_, k) => k).sort((a, b) => parts[b]!.plan.stateful.length - parts[a]!.plan.stateful.length || a - b);
  const search = new TrackedSearch(model, objective, order.map((k) => parts[k]!), budget, incumbent);
  const frontier = search.run(start.s, start.m);
  if (frontier === undefined) return { best: undefined, exact: false, validityOnly: false, parts };

  let best: Entry | undefined;
  let bestTotal = incumbent;
  const measures = new Float64Array(objective.measures.length);
  for (const e of frontier) {
    const total = objective.total(e.s, search.measures.read(e.m, measures));
    if (total < bestTotal) {
      best = e;
      bestTotal = total;
    }
  }
  if (best === undefined) return { best: undefined, exact, validityOnly, parts };
  const choices = parts.map((part) => new Array<Choice>(part.plan.n));
  for (let e: Entry | undefined = best; e !== undefined && e.part >= 0; e = e.parent) {
    const k = order[e.part]!;
    choices[k]![e.position] = decodeChoice(parts[k]!, e.position, e.choice);
  }
  parts.forEach((part, k) => groupLabels(part, choices[k]!));
  return { best: { choices, total: bestTotal }, exact, validityOnly, parts };
}

/**
 * The layered search over the parts, one after another: each part starts from the frontier of
 * entries the previous one ended with (all at the closed, empty state).
 */
class TrackedSearch {
  /** Most saving (and coupled value) the parts after part p could add. */
  private readonly later: Float64Array;
  private readonly laterCoupled: Float64Array;
  /** The most the saving can fall in the parts after part p (relaxed searches only). */
  private readonly laterDrop: Float64Array;
  private readonly scratch: Float64Array;
  private readonly low: Float64Array;
  /** Entries compared since steps were last spent. */
  private compared = 0;
  /** Every entry's measures. */
  readonly measures: MeasureStore;

  constructor(
    private readonly model: PricingModel,
    private readonly objective: Objective,
    private readonly parts: readonly Part[],
    private readonly budget: SearchBudget,
    private readonly incumbent: number,
  ) {
    this.later = new Float64Array(parts.length + 1);
    this.laterCoupled = new Float64Array(parts.length + 1);
    this.laterDrop = new Float64Array(parts.length + 1);
    for (let p = parts.length - 1; p >= 0; p--) {
      this.later[p] = this.later[p + 1]! + parts[p]!.bound.root;
      this.laterCoupled[p] = this.laterCoupled[p + 1]! + (parts[p]!.coupled?.root ?? 0);
      this.laterDrop[p] = this.laterDrop[p + 1]! + parts[p]!.drop[0]!;
    }
    this.scratch = new Float64Array(objective.measures.length);
    this.low = new Float64Array(objective.measures.length);
    this.measures = new MeasureStore(objective.measures.length);
  }

  /** The final frontier (or just its best entry), or undefined when the budget ran out. */
  run(s: number, m: Float64Array): Entry[] | undefined {
    let frontier: Entry[] = [{ s, m: this.measures.add(m), parent: undefined, choice: -1, part: -1, position: -1 }];
    const tail = this.statelessTail();
    for (let p = 0; p < this.parts.length; p++) {
      if (p === tail) {
        const best = this.finishStateless(p, frontier);
        if (best !== null) return best;
      }
      const next = this.searchPart(p, frontier);
      if (next === undefined || next.length === 0) return next;
      frontier = next;
    }
    return frontier;
  }

  /**
   * Where the parts from some index on have no offer that keeps state and no unit any measure
   * counts, under a cap: that index (else the number of parts). Each of their units then takes
   * one stateless option on its own, measures stay as they are, and the total only falls as
   * saving rises up to the cap: every entry's best end is its saving plus the largest sum of
   * their gains that keeps it within the cap. Entries of distinct savings are all kept (any could
   * be the one that lands nearest the cap), so searching them unit by unit would carry each one
   * through every unit.
   */
  private statelessTail(): number {
    if (this.objective.cap === Number.POSITIVE_INFINITY) return this.parts.length;
    let p = this.parts.length;
    while (p > 0) {
      const part = this.parts[p - 1]!;
      if (part.plan.stateful.length > 0 || part.eligible.some((flags) => flags.includes(1))) break;
      p--;
    }
    return p;
  }

  /**
   * The best end of the frontier through the stateless tail from part `from` on (see
   * {@link statelessTail}), as a chain of entries ending in it; [] when none beats the
   * incumbent; undefined when the budget ran out; null when the sums would not fit a bitset or
   * a gain is not whole minor units (the parts are then searched as usual). A subset-sum over
   * the tail's units, one bitset of reachable gain sums per unit to read the choice back.
   */
  private finishStateless(from: number, frontier: readonly Entry[]): Entry[] | undefined | null {
    const { cap } = this.objective;
    let low = cap;
    for (const e of frontier) low = Math.min(low, e.s);
    const top = cap - low;
    if (top > STATELESS_TAIL_MAX_SUM) return null;
    const words = (top >>> 5) + 1;
    const units: Array<{ part: number; position: number }> = [];
    for (let p = from; p < this.parts.length; p++) for (let i = 0; i < this.parts[p]!.plan.n; i++) units.push({ part: p, position: i });
    const gains = (u: { part: number; position: number }) => this.parts[u.part]!.plan.stateless[u.position]!;
    let work = frontier.length;
    for (const u of units) {
      for (const option of gains(u)) if (!Number.isInteger(option.gain) || option.gain < 0) return null;
      work += gains(u).length * words;
    }
    if (!this.budget.spend(work)) return undefined;
    // sums[j]: the gain sums the first j units of the tail can reach.
    const sums = new Uint32Array((units.length + 1) * words);
    sums[0] = 1;
    units.forEach((u, j) => {
      for (const option of gains(u)) if (option.gain <= top) orShifted(sums, j * words, sums, (j + 1) * words, words, option.gain);
    });
    const last = units.length * words;
    let best: Entry | undefined;
    let bestGain = 0;
    let bestTotal = this.incumbent;
    const m = this.scratch;
    for (const e of frontier) {
      if (e.s > cap) continue;
      const gain = highestAtMost(sums, last, cap - e.s);
      if (gain < 0) continue;
      const total = this.objective.total(e.s + gain, this.measures.read(e.m, m));
      if (total < bestTotal) {
        best = e;
        bestGain = gain;
        bestTotal = total;
      }
    }
    if (best === undefined) return [];
    // Read the options back, last unit first.
    const picks = new Int32Array(units.length);
    for (let j = units.length - 1, rest = bestGain; j >= 0; j--) {
      const options = gains(units[j]!);
      const o = options.findIndex((option) => option.gain <= rest && hasBit(sums, j * words, rest - option.gain));
      picks[j] = o;
      rest -= options[o]!.gain;
    }
    let entry = best;
    units.forEach((u, j) => {
      entry = { s: entry.s + gains(u)[picks[j]!]!.gain, m: best.m, parent: entry, choice: picks[j]!, part: u.part, position: u.position };
    });
    return [entry];
  }

  private searchPart(index: number, start: readonly Entry[]): Entry[] | undefined {
    const part = this.parts[index]!;
    const { plan, extra, liveFields } = part;
    const { n, stateful } = plan;
    const state = new Int32Array(part.width);
    const saved = new Int32Array(Math.max(1, ...stateful.map((sf, k) => sf.fieldCount + extra[k]!.count)));
    let layer = new States(0);
    layer.entries.push([...start]);
    layer.count = 1;

    for (let i = 0; i < n; i++) {
      const fieldsHere = liveFields[i]!;
      const fieldsNext = liveFields[i + 1]!;
      const multipliers = int32sOf(fieldsNext, fieldMultiplier);
      const next = new States(fieldsNext.length);
      const price = plan.price[i]!;
      const stateless = plan.stateless[i]!;
      const opts = plan.options[i]!;
      const ends = part.endsAt[i]!;
      const stride = layer.stride;
      const step: Step = { index, part, i, price, next, fieldsNext, multipliers, state };

      for (let e = 0; e < layer.count; e++) {
        const entries = layer.entries[e]!;
        if (entries.length === 0) continue;
        // Spent state by state, not a whole layer up front: the guard reads the clock only when
        // steps are spent, and a wide layer takes milliseconds.
        if (!this.budget.spend(entries.length * (stateless.length + opts.length))) return undefined;
        for (let t = 0; t < stride; t++) state[fieldsHere[t]!] = layer.vec[e * stride + t]!;
        // Offers whose last eligible unit is this one must be closed by it.
        let openEnding = -1;
        for (let q = 0; q < ends.length; q++) if (!isClosed(stateful[ends[q]!]!, state)) openEnding = openEnding === -1 ? ends[q]! : -2;
        if (openEnding !== -2) {
          if (openEnding === -1 && closeEnding(part, i, state, -1)) {
            for (let o = 0; o < stateless.length; o++) {
              const opt = stateless[o]!;
              this.admit(step, entries, o, opt.gain, opt.offer === FULL_PRICE ? 0 : 1, -1, undefined);
            }
          }
          for (let o = 0; o < opts.length; o++) {
            const option = opts[o]!;
            const k = option.stateful;
            if (openEnding >= 0 && k !== openEnding) continue;
            const sf = stateful[k]!;
            const x = extra[k]!;
            const base = sf.field;
            // An interleaved offer's unit is taken paid (0) or free (1).
            const labels = x.levels >= 0 ? 2 : 1;
            for (let label = 0; label < labels; label++) {
              for (let f = 0; f < sf.fieldCount; f++) saved[f] = state[base + f]!;
              for (let f = 0; f < x.count; f++) saved[sf.fieldCount + f] = state[x.start + f]!;
              const result = x.levels >= 0 ? joinInterleaved(sf, x, state, label, price, sf.positions.length - sf.localAt[i + 1]!) : applyTracked(this.model, part, k, sf, x, state, option, price, i);
              if (result !== undefined && closeEnding(part, i, state, k)) this.admit(step, entries, stateless.length + o + label * opts.length, result.s, 1, k, result.share);
              for (let f = 0; f < sf.fieldCount; f++) state[base + f] = saved[f]!;
              for (let f = 0; f < x.count; f++) state[x.start + f] = saved[sf.fieldCount + f]!;
            }
          }
        }
        for (let t = 0; t < stride; t++) state[fieldsHere[t]!] = 0;
      }
      layer = next;
    }

    const out: Entry[] = [];
    const future = this.later[index + 1]!;
    for (let e = 0; e < layer.count; e++) {
      for (const entry of layer.entries[e]!) {
        const at = this.place(out, entry.s, this.measures.read(entry.m, this.scratch), future);
        if (at >= 0) this.add(out, entry, at, future);
      }
    }
    this.budget.spend(this.compared);
    this.compared = 0;
    return out;
  }

  /**
   * Where a candidate with saving `s` and measures `m` goes in a state's entries, or −1 when one
   * there is at least as good: at least its saving and at most its measures, where more saving
   * counts only while it cannot overshoot the cap (saving + `future` ≤ cap; beyond, only equal
   * saving compares). Entries are a Pareto set sorted by saving, most first, so the entries that
   * can be as good are a range: those of its own saving when it could overshoot, else those from
   * the cap's reach down to its own saving.
   */
  private place(entries: readonly Entry[], s: number, m: Float64Array, future: number): number {
    const { cap } = this.objective;
    const end = firstBelow(entries, s);
    for (let q = firstBelow(entries, s + future > cap ? s : cap - future, true); q < end; q++) {
      this.compared++;
      if (this.measures.atMost(entries[q]!.m, m)) return -1;
    }
    return end;
  }

  /**
   * Adds an entry where {@link place} put it, dropping the entries it beats: those of its own
   * saving with measures at least its own, and when it cannot overshoot the cap, those below it too.
   */
  private add(entries: Entry[], entry: Entry, at: number, future: number): void {
    const start = firstBelow(entries, entry.s, true);
    const end = entry.s + future > this.objective.cap ? at : entries.length;
    let kept = start;
    let before = at;
    for (let q = start; q < end; q++) {
      this.compared++;
      const other = entries[q]!;
      if (this.measures.within(entry.m, other.m)) {
        if (q < at) before--;
        continue;
      }
      entries[kept++] = other;
    }
    if (kept < end) {
      entries.copyWithin(kept, end);
      entries.length -= end - kept;
    }
    // Inserted by hand: `splice` allocates the (empty) array of what it removes.
    entries.push(entry);
    for (let q = entries.length - 1; q > before; q--) entries[q] = entries[q - 1]!;
    entries[before] = entry;
  }

  /**
   * Adds the entries of the current state, moved by one option, to the next layer. `gain` is the
   * saving it adds, `uses` whether the unit counts as used (in an application or reduced),
   * `offer` the stateful offer changed (−1 for none), `share` the eligible saving a completed
   * application of a straddling offer adds per measure.
   */
  private admit(step: Step, entries: readonly Entry[], choice: number, gain: number, uses: number, offer: number, share: Float64Array | undefined): void {
    const { part, i, price, state, fieldsNext, multipliers, index } = step;
    const { plan } = part;
    const objective = this.objective;
    let hash = 0;
    for (let t = 0; t < fieldsNext.length; t++) hash = (hash + Math.imul(state[fieldsNext[t]!]!, multipliers[t]!)) | 0;
    // The most saving this state could still add: its offers' bound, plus the prices already
    // charged for open applications (the bound counts them on completion).
    let open = 0;
    const live = plan.liveOffers[i + 1]!;
    for (let q = 0; q < live.length; q++) {
      const k = live[q]!;
      const sf = plan.stateful[k]!;
      open -= sf.completion * openApplications(sf, state);
      // The bound sees an interleaved offer with nothing open: each free place left in its open
      // applications can add at most the dearest eligible unit still to come.
      const dearest = part.dearestFrom[k];
      if (dearest !== undefined) open += freePlacesOpen(sf, part.extra[k]!, state, i + 1) * dearest[sf.localAt[i + 1]!]!;
    }
    const local = part.bound.total(i + 1, state);
    if (local === Number.NEGATIVE_INFINITY) return;
    const future = local + open + this.later[index + 1]!;
    const drop = part.drop[i + 1]! + this.laterDrop[index + 1]!;
    const coupledFuture = part.coupled === undefined ? Number.NaN : part.coupled.total(i + 1, state) + open + this.laterCoupled[index + 1]!;
    let at = -1;
    const m = this.scratch;
    const measures = m.length;
    for (let q = 0; q < entries.length; q++) {
      const entry = entries[q]!;
      const s = entry.s + gain;
      this.measures.read(entry.m, m);
      for (let mi = 0; mi < measures; mi++) {
        const elig = part.eligible[mi]![i]!;
        if (part.usedMeasures[mi] === 1) {
          if (elig && uses) m[mi] = m[mi]! + price;
        } else if (offer < 0) {
          if (elig) m[mi] = m[mi]! + gain;
        } else {
          const how = part.mode[offer]![mi]!;
          if (how === INSIDE) m[mi] = m[mi]! + gain;
          // A straddling application adds its eligible share when it completes (tracked classes, or
          // a bundle whose applications all take the same classes); a single-unit offer, its
          // eligible units' gains; a bundle with mixed slots, an estimate per eligible unit.
          else if (how === STRADDLE) m[mi] = m[mi]! + (share !== undefined ? share[mi]! : straddleGain(part.extra[offer]!, elig, gain, price));
        }
      }
      // Saving and eligible saving only grow from here, except through a relaxed offer's
      // applications: the checks read what they could still fall to.
      let sLow = s;
      let mLow = m;
      if (drop > 0) {
        sLow = s - drop;
        mLow = this.low;
        for (let mi = 0; mi < measures; mi++) mLow[mi] = part.usedMeasures[mi] === 1 ? m[mi]! : m[mi]! - drop;
      }
      if (!objective.feasible(sLow, mLow)) continue;
      const zMost = objective.coupled ? objective.coupledValue(s, m) + coupledFuture : Number.NaN;
      if (objective.optimistic(sLow, s + future, zMost, mLow) >= this.incumbent) continue;
      if (at < 0) at = step.next.at(state, fieldsNext, hash);
      const there = step.next.entries[at]!;
      const place = this.place(there, s, m, future);
      if (place >= 0) this.add(there, { s, m: this.measures.add(m), parent: entry, choice, part: index, position: i }, place, future);
    }
    // Comparisons with the entries there are work too: spend them, so the budget bounds time.
    this.budget.spend(this.compared);
    this.compared = 0;
  }
}

/** What one layer of a part's search shares across its states and options. */
interface Step {
  readonly index: number;
  readonly part: Part;
  readonly i: number;
  readonly price: number;
  readonly next: States;
  readonly fieldsNext: Int32Array;
  readonly multipliers: Int32Array;
  readonly state: Int32Array;
}
