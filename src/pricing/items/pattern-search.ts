import type { ComponentPlan } from './plan';
import type { PricingModel } from '../model';
import type { SearchBudget } from '../search-budget';
import { applicationSaving } from '../solution';
import type { Choice } from './search';
import { enumeratePatterns, type Pattern, type PatternSet } from './patterns';
import { Tableau } from './tableau';
import { BRIEF_HUNT_NODES, huntAround, huntCap, MOST_AROUND_NODES, MOST_HUNT_STEPS } from './cap-hunt';
import { groupsOf, mostFractional, mostFractionalGroup, mostValuableFractional, type Branching } from './branching';

/** Components with more patterns than this are left to the layered search. */
export const MOST_PATTERNS = 400;
/** Branch-and-bound nodes per component before the pattern search gives up. */
const MOST_NODES = 4000;
/** Flops of simplex work per search step (a step is about one option tried in the layered search). */
const FLOPS_PER_STEP = 64;
/**
 * Steps the pattern search may spend on one component, by default, before it gives up and leaves
 * the rest of the pricing's budget to the layered search: enough for forty units of Kata Potter
 * many times over, little against the layered search's share.
 */
export const MOST_STEPS = 40_000;
const EPS = 1e-6;


/** One run of branch and bound: its branching rule and the steps it may spend. */
export interface BranchingTry {
  readonly branching: Branching;
  readonly steps: number;
}

/**
 * The default: {@link MOST_STEPS} steps, in turns of single patterns and offers' counts of
 * applications. On meal deals the first finds an incumbent the second then proves in a few hundred
 * steps where single patterns alone took thousands more or never did (seed 49's 37th scan of 17 to
 * 60: 62,831 steps to 38,409), and where offers' counts miss, single patterns still settle (its 31st
 * scan, whose layered search took 433k steps after offers' counts alone were cut).
 */
const DEFAULT_TRIES: readonly BranchingTry[] = [
  { branching: 'most-fractional', steps: 5_000 },
  { branching: 'offer-sums', steps: 10_000 },
  { branching: 'most-fractional', steps: 15_000 },
  { branching: 'offer-sums', steps: 10_000 },
];

/** A component solved by patterns: its item saving and each unit's choice, in the plan's order. */
export interface PatternSolution {
  readonly saving: number;
  readonly choices: Choice[];
  /**
   * Per model class id, what the root LP prices one of its units at: its best stateless gain plus
   * its class row's dual price. As the layered search's λ (see `items/bound.ts`) these give about
   * the LP's bound, the tightest per-class λ there is: a warm start for the next scan's bound,
   * which a component settled here has not tightened.
   */
  readonly unitPrices: ReadonlyMap<number, number>;
}

/**
 * Maximises a component's item saving as an integer programme over application patterns, the
 * MILP oracle's own formulation: how many applications use each pattern, each class's units used
 * at most once, each limited offer's applications within its limit; every unit in no application
 * takes its best stateless option. Solved by branch and bound on the LP relaxation (a small dense
 * simplex), branching as each of `tries` says (see {@link Branching}), the up branch first. Unlike the layered
 * search's per-class Lagrangian bound, the LP sees bundles that compete for the same units, so
 * Kata Potter's 26 overlapping sets are proven in a handful of nodes.
 *
 * Returns undefined, leaving the component to the layered search, when the component has more
 * than {@link MOST_PATTERNS} patterns, when every one of `tries` needs more than its steps or
 * {@link MOST_NODES} nodes, or the budget runs out, or when the solution's applications, grouped consecutively in the
 * plan's order as the receipt groups them, would not each save money. With `least` (a saving the
 * caller needs, such as what beats its incumbent), nodes whose bound is under it are pruned from
 * the start, and `'below'` says that no solution saves that much. When every try is cut short,
 * `onCut` is handed the best solution found that saves `least` (if any): unproven, but a solution.
 */
export function solveByPatterns(
  model: PricingModel,
  plan: ComponentPlan,
  budget: SearchBudget,
  caps: readonly PatternCap[] = [],
  tries: readonly BranchingTry[] = DEFAULT_TRIES,
  least = 0,
  onCut?: (best: Decoded) => void,
): PatternSolution | 'below' | undefined {
  const set = enumeratePatterns(model, plan, MOST_PATTERNS, caps.some((cap) => cap.optional));
  if (set === undefined) return undefined;
  if (set.patterns.length === 0) return caps.length > 0 ? atLeast(decode(model, plan, set, new Int32Array(0)), least) : undefined;
  const cut = onCut && ((counts: Int32Array) => {
    const solution = decode(model, plan, set, counts);
    if (solution !== undefined) onCut(solution);
  });
  const decodes = (x: Int32Array) => decode(model, plan, set, x) !== undefined;
  const unitPrices = new Map<number, number>();
  const priced = (root: Tableau) => set.classes.forEach((c, k) => unitPrices.set(c, set.gains[k]! + root.dualPrice(k)));
  const counts = branchAndBound(plan, set, budget, caps, tries, least, cut, decodes, priced);
  if (counts === undefined || counts === 'below') return counts;
  const solution = decode(model, plan, set, counts);
  return solution && { ...solution, unitPrices };
}

/** A solution as pattern counts decode it: a {@link PatternSolution} without its prices. */
type Decoded = Omit<PatternSolution, 'unitPrices'>;

/** A decoded solution, or `'below'` when it saves less than `least`. */
function atLeast(solution: Decoded | undefined, least: number): PatternSolution | 'below' | undefined {
  if (solution === undefined) return undefined;
  return solution.saving < least ? 'below' : { ...solution, unitPrices: new Map() };
}

/**
 * An extra constraint on the pattern counts: the sum of `weight(pattern) × count` at most `most`
 * (≥ 0; every weight ≥ 0). With `optional`, units may decline their stateless options (see
 * {@link enumeratePatterns}).
 */
export interface PatternCap {
  readonly weight: (pattern: Pattern) => number;
  readonly most: number;
  readonly optional: boolean;
}

/** The integer programme's data: classes and limits as rows (then the caps'), patterns as columns. */
export interface Programme {
  readonly rows: number;
  readonly cols: number;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
}

/**
 * The programme's rows and columns, or undefined when `pay` refuses the work of tightening a
 * cap's right side.
 */
function programmeOf(plan: ComponentPlan, set: PatternSet, caps: readonly PatternCap[], pay: (work: number) => boolean): Programme | undefined {
  const limited = plan.stateful.flatMap((sf, s) => (sf.limited ? [s] : []));
  const capsFrom = set.classes.length + limited.length;
  const rows = capsFrom + caps.length;
  const cols = set.patterns.length;
  const a = new Float64Array(rows * cols);
  const b = new Float64Array(rows);
  const c = new Float64Array(cols);
  set.counts.forEach((n, k) => (b[k] = n));
  limited.forEach((s, l) => (b[set.classes.length + l] = plan.stateful[s]!.limit));
  set.patterns.forEach((p, j) => {
    c[j] = p.value;
    caps.forEach((cap, r) => (a[(capsFrom + r) * cols + j] = cap.weight(p)));
    for (let f = 0; f < p.fills.length; f += 3) {
      const at = p.fills[f]! * cols + j;
      a[at] = a[at]! + p.fills[f + 2]!;
    }
    const l = limited.indexOf(p.stateful);
    if (l >= 0) a[(set.classes.length + l) * cols + j] = 1;
  });
  // A cap's left side, for whole counts, is a sum of its weights: its right side comes down to
  // the largest such sum within it, so that the LP's corner lies on whole applications (a cap of
  // 1.80 on the saving of sets of books that save 0.64, 1.92, 5.12 and 8.00 becomes 1.28).
  for (let r = 0; r < caps.length; r++) {
    const weights = a.subarray((capsFrom + r) * cols, (capsFrom + r + 1) * cols);
    const most = largestSum(weights, caps[r]!.most, pay);
    if (most === undefined) return undefined;
    b[capsFrom + r] = most;
  }
  return { rows, cols, a, b, c };
}

/** Work past which {@link largestSum} settles for rounding down to the weights' divisor. */
const MOST_SUM_WORK = 1 << 20;

/**
 * The largest sum of (repeated) `weights` that is at most `most`, where the table of reachable
 * sums is small enough; else `most` rounded down to a multiple of the weights' divisor (also a
 * bound: every sum is such a multiple). Undefined when `pay` refuses the table's work (paid
 * weight by weight: the table stops as soon as `most` itself is reachable, which on a cap of
 * full prices, with dozens of distinct prices, takes a few weights rather than all of them).
 */
export function largestSum(weights: ArrayLike<number>, most: number, pay: (work: number) => boolean): number | undefined {
  let divisor = 0;
  const distinct = new Set<number>();
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j]!;
    divisor = gcd(divisor, w);
    if (w > 0 && w <= most) distinct.add(w);
  }
  if (divisor === 0 || most < 0) return most;
  // In units of the divisor: sums up to `top`, each weight a whole number of units.
  const top = Math.floor(most / divisor);
  const units = [...distinct].map((w) => w / divisor);
  if (top * units.length > MOST_SUM_WORK) return top * divisor;
  const reach = new Uint8Array(top + 1);
  reach[0] = 1;
  for (const w of units) {
    if (!pay(top)) return undefined;
    for (let s = w; s <= top; s++) if (reach[s - w] === 1) reach[s] = 1;
    if (reach[top] === 1) return top * divisor;
  }
  let at = top;
  while (reach[at] === 0) at--;
  return at * divisor;
}

/**
 * Pattern counts of a proven optimum, `'below'` when no solution reaches `least`, or undefined
 * when every try was cut short (then `onCut` gets the best counts found, if they reach `least`). Depth first; each child's LP is its parent's optimal tableau with
 * the branch's bound as one more row, re-solved by the dual simplex (see `tableau.ts`), which stops
 * as soon as the child's bound cannot beat the incumbent. A try cut short hands its incumbent to
 * the next, which starts again from the root. `onRoot` is handed the root LP once it is solved.
 */
function branchAndBound(
  plan: ComponentPlan,
  set: PatternSet,
  budget: SearchBudget,
  caps: readonly PatternCap[],
  tries: readonly BranchingTry[],
  least: number,
  onCut?: (best: Int32Array) => void,
  decodes: (counts: Int32Array) => boolean = () => true,
  onRoot?: (root: Tableau) => void,
): Int32Array | 'below' | undefined {
  const search = new BranchAndBound(budget, least - set.gains.reduce((a, g, k) => a + g * set.counts[k]!, 0));
  // Setting up (the cap's right side, the root LP) is paid from the whole allowance; then each
  // try gets its own steps.
  search.limit = tries.reduce((a, t) => a + t.steps, 0);
  const prog = programmeOf(plan, set, caps, search.pay);
  if (prog === undefined) return undefined;
  // No solution at all (a cap below zero): nothing to prove here.
  for (let r = 0; r < prog.rows; r++) if (prog.b[r]! < 0) return undefined;
  const root = Tableau.of(prog.a, prog.b, prog.c, prog.rows, prog.cols);
  if (!root.primal(search.pay)) return undefined;
  onRoot?.(root);
  search.start(prog, groupsOf(set));
  // The brief hunt's steps, on top of the first try's.
  let hunted = 0;
  for (const [t, { branching, steps }] of tries.entries()) {
    if (t <= 1 && caps.length > 0) {
      // Under a cap the LP meets it with fractional counts, and branching may take long to find
      // whole ones that do: a hunt for them, briefly before the first try and in full past it
      // (each with its own steps). Its best settles the programme when it meets the LP's
      // bound or the hunt searched every branch; otherwise it is the next try's incumbent.
      const [around, whole] = t === 0 ? [BRIEF_HUNT_NODES, BRIEF_HUNT_NODES] : [MOST_AROUND_NODES, MOST_HUNT_STEPS];
      search.limit = search.spent + around + whole;
      const before = search.spent;
      const settled = search.hunt(set.classes.length, prog.rows - caps.length, root, decodes, around, whole);
      if (settled) return search.bestValue < search.wanted ? 'below' : search.best;
      if (budget.exhausted) break;
      hunted = search.spent - before;
    }
    search.limit = t === 0 ? Math.max(search.spent, steps + hunted) : search.spent + steps;
    search.run(root, branching);
    if (!search.cut) return search.bestValue < search.wanted ? 'below' : search.best;
    if (budget.exhausted) break;
  }
  // Cut short, the search's best is still a solution: each LP solution rounded down (and filled
  // greedily) stays within every row, caps included.
  if (onCut && search.bestValue >= search.wanted) onCut(search.best);
  return undefined;
}

/** Dual simplex pivots one node may take to re-solve from its parent's tableau. */
const MOST_DUAL_PIVOTS = 200;

/** One branch and bound over a programme, run once per try (see {@link branchAndBound}). */
class BranchAndBound {
  spent = 0;
  /** Steps past which {@link pay} refuses: the current try's end. */
  limit = 0;
  best = new Int32Array(0);
  bestValue = 0;
  cut = false;
  private nodes = 0;
  private prog!: Programme;
  private up = new Float64Array(0);
  /**
   * Every solution's value is a multiple of the values' greatest common divisor: a node whose
   * bound is under the incumbent plus that cannot hold a better one (Kata Potter's sets all save
   * multiples of 5% of a book, so this prunes where a minor unit would not).
   */
  private gain = 1;
  private branching: Branching = 'most-fractional';

  /** `wanted`: the least value (on top of the units' stateless gains) a solution must reach to matter. */
  constructor(
    private readonly budget: SearchBudget,
    readonly wanted: number,
  ) {}

  /** Pays for `work` flops of simplex work; false once the try's steps or the budget are gone. */
  readonly pay = (work: number): boolean => {
    const steps = Math.ceil(work / FLOPS_PER_STEP);
    this.spent += steps;
    return this.spent <= this.limit && this.budget.spend(steps);
  };

  private groups: readonly (readonly number[])[] = [];

  start(prog: Programme, groups: readonly (readonly number[])[] = []): void {
    this.prog = prog;
    this.groups = groups;
    this.best = new Int32Array(prog.cols);
    this.up = new Float64Array(prog.cols).fill(Number.POSITIVE_INFINITY);
    let step = 0;
    for (let j = 0; j < prog.cols; j++) step = gcd(step, prog.c[j]!);
    this.gain = Math.max(1, step);
  }

  /**
   * Raises the incumbent to {@link huntCap}'s best, if better: whole counts worth `target`, if it
   * finds them (at most `aroundNodes` nodes around the LP's solution, `wholeNodes` over the whole
   * programme). True when the hunt settles the programme (the incumbent is then its optimum, or
   * nothing reaches {@link wanted}).
   */
  hunt(classRows: number, capsFrom: number, root: Tableau, decodes: (counts: Int32Array) => boolean, aroundNodes: number, wholeNodes: number): boolean {
    const target = Math.floor(root.value + EPS);
    // Only counts that beat the incumbent and reach what the caller wants matter.
    let least = Math.max(this.bestValue, this.wanted - 1);
    const around = huntAround(this.prog, root.solution(), classRows, capsFrom, target, least, this.pay, decodes, aroundNodes);
    if (around !== undefined) {
      this.best = around.counts;
      this.bestValue = around.value;
      if (around.value >= target) return true;
      least = around.value;
    }
    const { best, complete } = huntCap(this.prog, classRows, capsFrom, target, least, this.pay, decodes, wholeNodes);
    if (best !== undefined) {
      this.best = best.counts;
      this.bestValue = best.value;
    }
    return complete;
  }

  /** Searches from the root, keeping the incumbent of an earlier try. */
  run(root: Tableau, branching: Branching): void {
    this.branching = branching;
    this.cut = false;
    this.nodes = 0;
    this.node(root);
  }

  /** A node must be able to beat the incumbent, and reach what the caller asks for. */
  private floor(): number {
    return Math.max(this.bestValue + this.gain, this.wanted) - EPS;
  }

  private node(tab: Tableau): void {
    if (++this.nodes > MOST_NODES) {
      this.cut = true;
      return;
    }
    const { cols, c } = this.prog;
    const lp = tab.solution();
    // The LP's solution rounded down is feasible; fill what is left greedily by value.
    const x = new Int32Array(cols);
    let value = 0;
    for (let j = 0; j < cols; j++) {
      x[j] = Math.floor(lp[j]! + EPS);
      value += c[j]! * x[j]!;
    }
    value += fill(this.prog, x, this.up);
    if (value > this.bestValue) {
      this.bestValue = value;
      this.best = x;
    }
    if (tab.value < this.floor()) return;
    const group = this.branching === 'offer-sums' ? mostFractionalGroup(lp, this.groups) : -1;
    if (group >= 0) {
      const js = this.groups[group]!;
      let split = 0;
      for (const j of js) split += lp[j]!;
      for (const sense of [-1, 1] as const) {
        const child = tab.withSum(js, sense, sense < 0 ? Math.ceil(split) : Math.floor(split));
        if (this.solved(child)) this.node(child);
        if (this.cut) return;
      }
      return;
    }
    const branch = this.branching === 'most-valuable' ? mostValuableFractional(lp, c) : mostFractional(lp);
    // An integral LP optimum is the node's optimum, and it is the incumbent now.
    if (branch < 0) return;
    const split = lp[branch]!;
    for (const sense of [-1, 1] as const) {
      const bound = sense < 0 ? Math.ceil(split) : Math.floor(split);
      if (sense < 0 && bound > this.up[branch]!) continue;
      const child = tab.withBound(branch, sense, bound);
      if (this.solved(child)) {
        const oldUp = this.up[branch]!;
        if (sense > 0) this.up[branch] = bound;
        this.node(child);
        this.up[branch] = oldUp;
      }
      if (this.cut) return;
    }
  }

  /** Whether a branch's child is worth searching: its LP optimal again by the dual simplex (a `pay` refused cuts the whole search). */
  private solved(child: Tableau): boolean {
    const outcome = child.dual(this.pay, this.floor(), MOST_DUAL_PIVOTS);
    if (outcome === 'cut') this.cut = true;
    return !this.cut && outcome === 'optimal';
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}

/** Adds what still fits of each pattern, best value first, to `x` (in place); returns the value added. */
function fill(prog: Programme, x: Int32Array, up: Float64Array): number {
  const { rows, cols, a, b, c } = prog;
  const left = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let v = b[r]!;
    for (let j = 0; j < cols; j++) v -= a[r * cols + j]! * x[j]!;
    left[r] = v;
  }
  const order = Array.from({ length: cols }, (_, j) => j).sort((p, q) => c[q]! - c[p]! || p - q);
  let added = 0;
  for (const j of order) {
    let k = up[j]! - x[j]!;
    for (let r = 0; r < rows; r++) {
      const need = a[r * cols + j]!;
      if (need > 0) k = Math.min(k, Math.floor(left[r]! / need + EPS));
    }
    if (k <= 0) continue;
    x[j] = x[j]! + k;
    added += k * c[j]!;
    for (let r = 0; r < rows; r++) left[r] = left[r]! - k * a[r * cols + j]!;
  }
  return added;
}

/**
 * Each unit's choice for the pattern counts: each class's units, in the plan's order, go to the
 * patterns in order; the rest take their best stateless option. Undefined when the applications,
 * grouped consecutively per offer in the plan's order (as `groupChoices` groups them), would not
 * each save money, or would not save what the patterns say.
 */
function decode(model: PricingModel, plan: ComponentPlan, set: PatternSet, counts: Int32Array): Decoded | undefined {
  const stateless = (i: number): Choice => {
    const best = plan.bestStateless[i]!;
    return best.offer === -1 ? { kind: 'none' } : best.offer === -2 ? { kind: 'reduced' } : { kind: 'offer', offer: best.offer, slot: 0 };
  };
  const choices: Choice[] = [];
  for (let i = 0; i < plan.n; i++) choices.push(set.optional ? { kind: 'none' } : stateless(i));
  const next = set.counts.map(() => 0);
  let saving = 0;
  for (let k = 0; k < set.classes.length; k++) saving += set.gains[k]! * set.counts[k]!;
  set.patterns.forEach((p, j) => {
    const times = counts[j]!;
    if (times === 0) return;
    saving += times * p.value;
    const offer = p.stateful < 0 ? -1 : plan.stateful[p.stateful]!.offer;
    for (let f = 0; f < p.fills.length; f += 3) {
      const [k, slot, units] = [p.fills[f]!, p.fills[f + 1]!, p.fills[f + 2]!];
      for (let u = 0; u < times * units; u++) {
        const i = set.positions[k]![next[k]!++]!;
        choices[i] = offer < 0 ? stateless(i) : { kind: 'offer', offer, slot };
      }
    }
  });
  if (!groupsAsCounted(model, plan, set, counts, choices)) return undefined;
  return { saving, choices };
}

/** Whether consecutive grouping of each stateful offer's chosen units saves, application by application, what its patterns do in sum. */
function groupsAsCounted(model: PricingModel, plan: ComponentPlan, set: PatternSet, counts: Int32Array, choices: readonly Choice[]): boolean {
  for (let s = 0; s < plan.stateful.length; s++) {
    const { offer, sizes } = plan.stateful[s]!;
    const queues = sizes.map(() => [] as number[]);
    choices.forEach((ch, i) => {
      if (ch.kind === 'offer' && ch.offer === offer) queues[ch.slot]!.push(plan.units[i]!);
    });
    let expected = 0;
    set.patterns.forEach((p, j) => {
      if (p.stateful === s) expected += counts[j]! * p.saving;
    });
    const apps = sizes[0] === 0 ? 0 : queues[0]!.length / sizes[0]!;
    let got = 0;
    for (let k = 0; k < apps; k++) {
      const saving = applicationSaving(
        model,
        offer,
        queues.map((q, slot) => q.slice(k * sizes[slot]!, (k + 1) * sizes[slot]!)),
      );
      if (saving <= 0) return false;
      got += saving;
    }
    if (got !== expected) return false;
  }
  return true;
}
