import { BUNDLE, LIMITED_SINGLE, ONE_SLOT, type ComponentPlan, type StatefulOffer } from './plan';
import type { SearchBudget } from '../search-budget';
import { fillTopSums, layOutTopSums, type TopSums } from './top-sums';

const NEG = Number.NEGATIVE_INFINITY;
/** A bundle's table: it has none (its bound reads its {@link TopSums}). */
const NO_TABLE = new Float64Array(0);
/** The step scale (from 2, halved after three steps in a row that fail to improve) below which {@link SuffixBound.prepare} stops. */
const MIN_THETA = 0.5;

/**
 * An upper bound on what the units from position i onwards can still add, given the state of the
 * offers open at i: a Lagrangian relaxation of "a unit belongs to at most one application".
 *
 * Each class c gets a price λ_c ≥ 0. Every unit is credited max(a_u, λ_c), where a_u is its best
 * stateless option (full price, reduced price, an unlimited single-unit offer), and every offer
 * that keeps state is solved on its own as if it had the remaining units to itself, paying λ_c for
 * each unit it takes. Each offer's own problem is solved exactly over the remaining units:
 * one-slot offers (multi-buy, cheapest-free) and limited single-unit offers by a backward
 * dynamic programme over their eligible units in solver order, with their own fill (and
 * applications-made) as state; bundles by taking, for k more applications, the k·q_s best units of
 * each slot (values p − λ, sorted) less k times the price, maximised over k (a unit eligible for
 * two slots of one bundle may be counted in both, which only loosens the bound). Any λ ≥ 0 gives a
 * valid bound: a unit either takes a stateless option (worth at most max(a_u, λ_c)) or is used by
 * one offer (worth λ_c to the unit plus what that offer's relaxed problem credits it).
 *
 * λ starts at a_u ("the value of the unit's best other use") and is lowered towards the
 * Lagrangian dual by subgradient steps on the whole component's bound (Polyak steps against the
 * best known solution). The bound is used to prune partial solutions that cannot beat the best
 * known one, and as a proof on its own when it meets it.
 *
 * `unitCost` (per position) is subtracted from every stateful option of that unit; the threshold
 * search uses it for linear costs of using a unit (a full-price-only spend it gives up).
 */
export class SuffixBound {
  /** λ per class (local class index). */
  private readonly lambda: Float64Array;
  private readonly classOf: Int32Array;
  private readonly classCount: number;
  /** {@link prepare}'s work per class: each class's use by the offers' own optima, the subgradient, the best λ so far. */
  private readonly usage: Float64Array;
  private readonly gradient: Float64Array;
  private readonly bestLambda: Float64Array;
  /** {@link build}'s work per layer: the roots of offers starting there. */
  private readonly rootsFrom: Float64Array;
  /** A state with every field zero (nothing open). */
  private readonly closed: Int32Array;
  private tables: Float64Array[] = [];
  /** Per stateful offer: the buffer its table is computed in (reused by every evaluation). */
  private readonly buffers: Array<Float64Array | undefined> = [];
  private readonly gains: Array<Float64Array | undefined> = [];
  /** Bundles: per stateful offer, per slot, its units' local indices by value (see {@link bundleRoot}). */
  private readonly slotOrders: Array<Int32Array[] | undefined> = [];
  /** Bundles: per stateful offer, each unit's value at the current λ. */
  private readonly slotValues: Array<Float64Array | undefined> = [];
  /** Bundles: per stateful offer, per slot, per local suffix index: prefix sums of the sorted values (laid out once, refilled by each {@link build}). */
  private readonly topSums: Array<TopSums[] | undefined> = [];
  /** Where {@link fillTopSums} sorts a slot's values: as long as the most eligible units of a bundle. */
  private sortScratch: Float64Array | undefined;
  /** Per layer: the bound of everything not live there, plus every unit's credit from there on. */
  private readonly constants: Float64Array;
  /** The bound at the root (the whole component, nothing open). */
  root = Number.POSITIVE_INFINITY;

  constructor(
    private readonly plan: ComponentPlan,
    /** Best stateless gain per position. */
    private readonly standalone: Float64Array,
    private readonly unitCost: Float64Array | undefined,
  ) {
    const classIndex = new Map<number, number>();
    const n = plan.n;
    this.classOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = plan.classAt[i]!;
      let k = classIndex.get(c);
      if (k === undefined) {
        k = classIndex.size;
        classIndex.set(c, k);
      }
      this.classOf[i] = k;
    }
    const classes = classIndex.size;
    this.classCount = classes;
    // Views of one buffer: V8 allocates a typed array of more than 64 bytes outside its heap, at ten
    // times the cost of a view.
    const floats = new Float64Array(4 * classes + 2 * n + 3);
    this.lambda = floats.subarray(0, classes);
    this.usage = floats.subarray(classes, 2 * classes);
    this.gradient = floats.subarray(2 * classes, 3 * classes);
    this.bestLambda = floats.subarray(3 * classes, 4 * classes);
    this.constants = floats.subarray(4 * classes, 4 * classes + n + 1);
    this.rootsFrom = floats.subarray(4 * classes + n + 1);
    this.closed = new Int32Array(plan.width);
    for (let i = 0; i < n; i++) this.lambda[this.classOf[i]!] = standalone[i]!;
  }

  /**
   * Lowers the bound by subgradient steps until it proves `lowerBound` optimal (bound < lowerBound + 1,
   * savings being whole minor units), stops improving, or `iterations` run out; then builds the
   * tables for the best λ found. Spends budget steps in proportion to the work.
   */
  prepare(lowerBound: number, iterations: number, budget: SearchBudget | undefined): void {
    const { usage, bestLambda } = this;
    let best = this.evaluate(usage, budget);
    let current = best;
    bestLambda.set(this.lambda);
    // Polyak steps towards the best known solution from the current bound; the step shrinks when
    // three steps in a row fail to improve the best bound.
    let theta = 2;
    let stalled = 0;
    const g = this.gradient;
    for (let it = 0; it < iterations && best >= lowerBound + 1 - 1e-6; it++) {
      let norm = 0;
      g.fill(0);
      for (let i = 0; i < this.plan.n; i++) if (this.lambda[this.classOf[i]!]! > this.standalone[i]!) g[this.classOf[i]!]!++;
      for (let c = 0; c < this.classCount; c++) {
        g[c] = g[c]! - usage[c]!;
        norm += g[c]! * g[c]!;
      }
      if (norm === 0) break;
      const step = (theta * (current - lowerBound)) / norm;
      for (let c = 0; c < this.classCount; c++) this.lambda[c] = Math.max(0, this.lambda[c]! - step * g[c]!);
      current = this.evaluate(usage, budget);
      if (current < best - 1e-9) {
        best = current;
        bestLambda.set(this.lambda);
        stalled = 0;
      } else if (++stalled >= 3) {
        theta /= 2;
        stalled = 0;
        // Three halvings (nine steps in all that failed to improve) short of the target: the
        // bound sits at the relaxation's gap, and smaller steps would only polish it.
        if (theta < MIN_THETA) break;
      }
      if (budget?.exhausted) break;
    }
    this.lambda.set(bestLambda);
    this.build(budget);
  }

  /** The local class index of each position (λ is per class). */
  classAt(i: number): number {
    return this.classOf[i]!;
  }

  /** λ of local class c. */
  lambdaOf(c: number): number {
    return this.lambda[c]!;
  }

  /** Starts λ of local class c from a known good value (a warm start from a related problem). */
  seedLambda(c: number, value: number): void {
    this.lambda[c] = Math.max(0, value);
  }

  /** Bound contribution of everything not live at layer i, plus every unit's credit from i on. */
  constant(i: number): number {
    return this.constants[i]!;
  }

  /** What stateful offer k can still add from layer i given its fields (read from `state` at the offer's field offset). */
  offer(k: number, i: number, state: Int32Array | number[]): number {
    const sf = this.plan.stateful[k]!;
    const j = sf.localAt[i]!;
    const f = sf.field;
    if (sf.shape === LIMITED_SINGLE) return this.tables[k]![j * (sf.limit + 1) + state[f]!]!;
    if (sf.shape === ONE_SLOT) {
      const q = sf.sizes[0]!;
      const d = sf.limited ? sf.limit + 1 : 1;
      return this.tables[k]![(j * q + state[f]!) * d + (sf.limited ? state[f + 1]! : 0)]!;
    }
    return this.bundle(k, sf, j, state);
  }

  /** Full bound at layer i for a state vector (global field positions). */
  total(i: number, state: Int32Array | number[]): number {
    let b = this.constants[i]!;
    for (const k of this.plan.liveOffers[i]!) b += this.offer(k, i, state);
    return b;
  }

  private bundle(k: number, sf: StatefulOffer, j: number, state: Int32Array | number[]): number {
    const sums = this.topSums[k]!;
    const sizes = sf.sizes;
    const slots = sizes.length;
    const f = sf.field;
    let open = 0;
    for (let s = 0; s < slots; s++) open = Math.max(open, Math.ceil(state[f + s]! / sizes[s]!));
    const allowed = sf.limited ? sf.limit - state[f + slots]! : Number.POSITIVE_INFINITY;
    if (open > allowed) return NEG;
    let total = open * sf.completion;
    // More applications: at most as many as every slot's remaining units allow.
    let more = allowed - open;
    for (let s = 0; s < slots; s++) {
      const need = open * sizes[s]! - state[f + s]!;
      const t = sums[s]!.at(j);
      if (need > t.count) return NEG;
      total += t.sum(need);
      more = Math.min(more, Math.floor((t.count - need) / sizes[s]!));
    }
    // Each further application adds its slots' next best units less its price; the sums are
    // concave, so that gain falls with each application: find where it stops paying by bisection.
    let lo = 0;
    let hi = more;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.nextGain(sf, sums, j, open, state, mid) > 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) {
      total += lo * sf.completion;
      for (let s = 0; s < slots; s++) {
        const t = sums[s]!.at(j);
        const from = open * sizes[s]! - state[f + s]!;
        total += t.sum(from + lo * sizes[s]!) - t.sum(from);
      }
    }
    return total;
  }

  /** What the (m+1)-th further application of a bundle adds from local index j. */
  private nextGain(sf: StatefulOffer, sums: readonly TopSums[], j: number, open: number, state: Int32Array | number[], m: number): number {
    let g = sf.completion;
    for (let s = 0; s < sf.sizes.length; s++) {
      const t = sums[s]!.at(j);
      const from = open * sf.sizes[s]! - state[sf.field + s]! + m * sf.sizes[s]!;
      g += t.sum(from + sf.sizes[s]!) - t.sum(from);
    }
    return g;
  }

  /** Unit value for an offer: what joining adds, less the unit's cost and λ. */
  private value(sf: StatefulOffer, k: number, fill: number): number {
    const i = sf.positions[k]!;
    const p = this.plan.price[i]!;
    const gain = sf.positional ? (fill >= sf.freeFrom ? p : 0) : p;
    return gain - (this.unitCost?.[i] ?? 0) - this.lambda[this.classOf[i]!]!;
  }

  /** The root bound for the current λ, and each class's use by the offers' own optima (into `usage`). */
  private evaluate(usage: Float64Array, budget: SearchBudget | undefined): number {
    usage.fill(0);
    let total = 0;
    for (let i = 0; i < this.plan.n; i++) total += Math.max(this.standalone[i]!, this.lambda[this.classOf[i]!]!);
    this.plan.stateful.forEach((sf, k) => {
      budget?.spend(sf.positions.length);
      if (sf.shape === BUNDLE) {
        total += this.bundleRoot(sf, k, usage);
      } else {
        const table = this.table(sf, k);
        total += table[0]!;
        this.trace(sf, k, table, usage);
      }
    });
    this.root = total;
    return total;
  }

  private build(budget: SearchBudget | undefined): void {
    const plan = this.plan;
    this.tables = [];
    plan.stateful.forEach((sf, k) => {
      budget?.spend(sf.positions.length);
      if (sf.shape === BUNDLE) {
        this.tables.push(NO_TABLE);
        this.bundleSums(sf, k, budget);
      } else {
        this.tables.push(this.table(sf, k));
      }
    });
    // An offer not live at layer i is either not started (its whole problem still ahead: its
    // root value) or finished (nothing): add each offer's root to the layers up to its first unit.
    const { rootsFrom, constants } = this;
    rootsFrom.fill(0);
    plan.stateful.forEach((sf, k) => (rootsFrom[sf.first] = rootsFrom[sf.first]! + this.offer(k, 0, this.closed)));
    let credit = 0;
    let roots = 0;
    for (let i = plan.n; i >= 0; i--) {
      if (i < plan.n) credit += Math.max(this.standalone[i]!, this.lambda[this.classOf[i]!]!);
      roots += rootsFrom[i]!;
      constants[i] = credit + roots;
    }
    this.root = constants[0]!;
  }

  /** Backward table for a one-slot or limited single-unit offer: best value from local index j with (fill, done). */
  private table(sf: StatefulOffer, k: number): Float64Array {
    const m = sf.positions.length;
    const q = sf.shape === LIMITED_SINGLE ? 1 : sf.sizes[0]!;
    const d = sf.limited ? sf.limit + 1 : 1;
    let t = this.buffers[k];
    if (t === undefined) {
      t = new Float64Array((m + 1) * q * d);
      this.buffers[k] = t;
    }
    t.fill(NEG);
    for (let done = 0; done < d; done++) t[(m * q + 0) * d + done] = 0;
    const options = sf.shape === LIMITED_SINGLE ? this.singleGains(sf, k) : undefined;
    const cost = this.unitCost;
    const lambda = this.lambda;
    const classOf = this.classOf;
    const price = this.plan.price;
    for (let j = m - 1; j >= 0; j--) {
      const i = sf.positions[j]!;
      const p = price[i]!;
      const charge = (cost === undefined ? 0 : cost[i]!) + lambda[classOf[i]!]!;
      for (let fill = 0; fill < q; fill++) {
        const unit = (sf.positional ? (fill >= sf.freeFrom ? p : 0) : p) - charge;
        for (let done = 0; done < d; done++) {
          let best = t[((j + 1) * q + fill) * d + done]!;
          const canStart = fill > 0 || !sf.limited || done < sf.limit;
          if (canStart) {
            let join: number;
            if (options !== undefined) {
              const g = options[j]!;
              join = g === NEG || done >= sf.limit ? NEG : g + t[((j + 1) * q + 0) * d + done + 1]!;
            } else if (fill + 1 < q) {
              join = unit + t[((j + 1) * q + fill + 1) * d + done]!;
            } else if (!sf.limited) {
              join = unit + sf.completion + t[((j + 1) * q + 0) * d]!;
            } else {
              join = done < sf.limit ? unit + sf.completion + t[((j + 1) * q + 0) * d + done + 1]! : NEG;
            }
            if (join > best) best = join;
          }
          t[(j * q + fill) * d + done] = best;
        }
      }
    }
    return t;
  }

  /** Limited single-unit offer: each eligible unit's saving less cost and λ (−∞ where the offer saves nothing). */
  private singleGains(sf: StatefulOffer, k: number): Float64Array {
    let gains = this.gains[k];
    if (gains === undefined) {
      gains = new Float64Array(sf.positions.length);
      this.gains[k] = gains;
    }
    gains.fill(NEG);
    const options = this.plan.options;
    for (let j = 0; j < sf.positions.length; j++) {
      const i = sf.positions[j]!;
      for (const o of options[i]!) {
        if (o.stateful === k) gains[j] = o.gain - (this.unitCost?.[i] ?? 0) - this.lambda[this.classOf[i]!]!;
      }
    }
    return gains;
  }

  /** Follows a table's best choices from the root and counts the classes it uses. */
  private trace(sf: StatefulOffer, k: number, t: Float64Array, usage: Float64Array): void {
    const m = sf.positions.length;
    const q = sf.shape === LIMITED_SINGLE ? 1 : sf.sizes[0]!;
    const d = sf.limited ? sf.limit + 1 : 1;
    const options = sf.shape === LIMITED_SINGLE ? this.gains[k] : undefined;
    let fill = 0;
    let done = 0;
    for (let j = 0; j < m; j++) {
      const here = t[(j * q + fill) * d + done]!;
      const skip = t[((j + 1) * q + fill) * d + done]!;
      if (here === skip) continue;
      usage[this.classOf[sf.positions[j]!]!]!++;
      if (options !== undefined) {
        done++;
      } else if (fill + 1 === q) {
        fill = 0;
        if (sf.limited) done++;
      } else {
        fill++;
      }
    }
  }

  /** Fills bundle k's {@link TopSums} for the current λ (laying them out on first use). */
  private bundleSums(sf: StatefulOffer, k: number, budget: SearchBudget | undefined): void {
    let sums = this.topSums[k];
    if (sums === undefined) {
      sums = layOutTopSums(sf);
      this.topSums[k] = sums;
    }
    let scratch = this.sortScratch;
    if (scratch === undefined) {
      let most = 0;
      for (const other of this.plan.stateful) if (other.shape === BUNDLE) most = Math.max(most, other.positions.length);
      scratch = new Float64Array(most);
      this.sortScratch = scratch;
    }
    fillTopSums(sf, sums, (j) => this.value(sf, j, 0), scratch, budget);
  }

  /**
   * A bundle's best value from the root (nothing open), and the units it takes. Each slot's units
   * are kept in an order between evaluations and re-sorted by value (descending, ties by local
   * index): λ moves a little per subgradient step, so the order is nearly sorted already, and an
   * insertion sort puts it right with no allocation (this runs on every step of every bound).
   */
  private bundleRoot(sf: StatefulOffer, k: number, usage: Float64Array): number {
    let orders = this.slotOrders[k];
    let values = this.slotValues[k];
    if (orders === undefined || values === undefined) {
      const m = sf.positions.length;
      // One buffer for every slot's order (views: see the constructor).
      const all = new Int32Array(m * sf.sizes.length);
      let used = 0;
      orders = [];
      for (let s = 0; s < sf.sizes.length; s++) {
        const from = used;
        for (let j = 0; j < m; j++) if ((sf.slotMask[j]! >> s) & 1) all[used++] = j;
        orders.push(all.subarray(from, used));
      }
      values = new Float64Array(m);
      this.slotOrders[k] = orders;
      this.slotValues[k] = values;
    }
    for (let j = 0; j < sf.positions.length; j++) values[j] = this.value(sf, j, 0);
    for (const order of orders) {
      for (let a = 1; a < order.length; a++) {
        const j = order[a]!;
        const v = values[j]!;
        let b = a;
        while (b > 0 && (values[order[b - 1]!]! < v || (values[order[b - 1]!]! === v && order[b - 1]! > j))) {
          order[b] = order[b - 1]!;
          b--;
        }
        order[b] = j;
      }
    }
    let total = 0;
    let apps = 0;
    for (; apps < sf.limit; apps++) {
      let marginal = sf.completion;
      let fits = true;
      for (let s = 0; s < sf.sizes.length; s++) {
        const size = sf.sizes[s]!;
        const order = orders[s]!;
        if ((apps + 1) * size > order.length) fits = false;
        else for (let r = apps * size; r < (apps + 1) * size; r++) marginal += values[order[r]!]!;
      }
      if (!fits || marginal <= 0) break;
      total += marginal;
    }
    for (let s = 0; s < sf.sizes.length; s++) {
      const order = orders[s]!;
      for (let r = 0; r < apps * sf.sizes[s]!; r++) usage[this.classOf[sf.positions[order[r]!]!]!]!++;
    }
    return total;
  }

}
