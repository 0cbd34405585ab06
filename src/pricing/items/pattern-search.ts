import type { ComponentPlan } from './plan';
import type { PricingModel } from '../model';
import type { SearchBudget } from '../search-budget';
import { applicationSaving } from '../solution';
import type { Choice } from './search';
import { enumeratePatterns, type Pattern, type PatternSet } from './patterns';
import { maximise } from './simplex';

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

/** A component solved by patterns: its item saving and each unit's choice, in the plan's order. */
export interface PatternSolution {
  readonly saving: number;
  readonly choices: Choice[];
}

/**
 * Maximises a component's item saving as an integer programme over application patterns, the
 * MILP oracle's own formulation: how many applications use each pattern, each class's units used
 * at most once, each limited offer's applications within its limit; every unit in no application
 * takes its best stateless option. Solved by branch and bound on the LP relaxation (a small dense
 * simplex), branching on the most fractional pattern, the up branch first. Unlike the layered
 * search's per-class Lagrangian bound, the LP sees bundles that compete for the same units, so
 * Kata Potter's 26 overlapping sets are proven in a handful of nodes.
 *
 * Returns undefined, leaving the component to the layered search, when the component has more
 * than {@link MOST_PATTERNS} patterns, when the search needs more than {@link MOST_NODES} nodes
 * or the budget runs out, or when the solution's applications, grouped consecutively in the
 * plan's order as the receipt groups them, would not each save money.
 */
export function solveByPatterns(
  model: PricingModel,
  plan: ComponentPlan,
  budget: SearchBudget,
  caps: readonly PatternCap[] = [],
  mostSteps = MOST_STEPS,
): PatternSolution | undefined {
  const set = enumeratePatterns(model, plan, MOST_PATTERNS, caps.some((cap) => cap.optional));
  if (set === undefined) return undefined;
  if (set.patterns.length === 0) return caps.length > 0 ? decode(model, plan, set, new Int32Array(0)) : undefined;
  const counts = branchAndBound(plan, set, budget, caps, mostSteps);
  if (counts === undefined) return undefined;
  return decode(model, plan, set, counts);
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

/** The integer programme's data: classes and limits as rows, patterns as columns. */
interface Programme {
  readonly rows: number;
  readonly cols: number;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
}

function programmeOf(plan: ComponentPlan, set: PatternSet, caps: readonly PatternCap[]): Programme {
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
  // A cap's left side is a multiple of its weights' divisor for any integer counts, so its right
  // side rounds down to one: the LP's corner then lies on whole applications (a cap on spend of
  // books at one price becomes a cap on whole books).
  caps.forEach((cap, r) => {
    let divisor = 0;
    for (let j = 0; j < cols; j++) divisor = gcd(divisor, a[(capsFrom + r) * cols + j]!);
    b[capsFrom + r] = divisor > 0 ? Math.floor(cap.most / divisor) * divisor : cap.most;
  });
  return { rows, cols, a, b, c };
}

/** Pattern counts of a proven optimum, or undefined when cut short. */
function branchAndBound(plan: ComponentPlan, set: PatternSet, budget: SearchBudget, caps: readonly PatternCap[], mostSteps: number): Int32Array | undefined {
  const prog = programmeOf(plan, set, caps);
  const { cols, c } = prog;
  // No solution at all (a cap below zero): nothing to prove here.
  for (let r = 0; r < prog.rows; r++) if (prog.b[r]! < 0) return undefined;
  const lo = new Int32Array(cols);
  const up = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  let best = new Int32Array(cols);
  let bestValue = 0;
  let nodes = 0;
  let cut = false;
  // Every solution's value is a multiple of the values' greatest common divisor: a node whose
  // bound is under the incumbent plus that cannot hold a better one (Kata Potter's sets all save
  // multiples of 5% of a book, so this prunes where a minor unit would not).
  let step = 0;
  for (let j = 0; j < cols; j++) step = gcd(step, c[j]!);
  const gain = Math.max(1, step);
  let spent = 0;
  const pay = (work: number) => {
    const steps = Math.ceil(work / FLOPS_PER_STEP);
    spent += steps;
    return spent <= mostSteps && budget.spend(steps);
  };

  const node = (): void => {
    if (cut) return;
    if (++nodes > MOST_NODES) {
      cut = true;
      return;
    }
    const at = nodeProgramme(prog, lo, up);
    if (at === undefined) return;
    const { base } = at;
    const lp = maximise(at.a, at.b, c, at.rows, cols, pay);
    if (lp === undefined) {
      cut = true;
      return;
    }
    if (base + lp.value < bestValue + gain - EPS) return;
    // The LP's solution rounded down is feasible; fill what is left greedily by value.
    const x = new Int32Array(cols);
    let value = base;
    for (let j = 0; j < cols; j++) {
      x[j] = lo[j]! + Math.floor(lp.x[j]! + EPS);
      value += c[j]! * (x[j]! - lo[j]!);
    }
    value += fill(prog, x, up);
    if (value > bestValue) {
      bestValue = value;
      best = x;
    }
    if (base + lp.value < bestValue + gain - EPS) return;
    let branch = -1;
    let closest = 1;
    for (let j = 0; j < cols; j++) {
      const frac = lp.x[j]! - Math.floor(lp.x[j]!);
      if (frac < EPS || frac > 1 - EPS) continue;
      const distance = Math.abs(frac - 0.5);
      if (distance < closest) {
        closest = distance;
        branch = j;
      }
    }
    // An integral LP optimum is the node's optimum, and it is the incumbent now.
    if (branch < 0) return;
    const split = lo[branch]! + lp.x[branch]!;
    const [oldLo, oldUp] = [lo[branch]!, up[branch]!];
    lo[branch] = Math.ceil(split);
    if (lo[branch]! <= up[branch]!) node();
    lo[branch] = oldLo;
    up[branch] = Math.floor(split);
    node();
    up[branch] = oldUp;
  };
  node();
  return cut ? undefined : best;
}

/**
 * A node's LP: lower bounds substituted out (x = lo + x'), upper bounds as rows, so that b stays
 * ≥ 0 (every coefficient is ≥ 0, so a row whose lower bounds already overfill it is infeasible).
 * `base` is the value of the lower bounds. Undefined when the node is infeasible.
 */
function nodeProgramme(prog: Programme, lo: Int32Array, up: Float64Array): { a: Float64Array; b: Float64Array; rows: number; base: number } | undefined {
  const { rows, cols, a, b, c } = prog;
  const bounded: number[] = [];
  for (let j = 0; j < cols; j++) if (up[j]! < Number.POSITIVE_INFINITY) bounded.push(j);
  const r2 = rows + bounded.length;
  const a2 = new Float64Array(r2 * cols);
  a2.set(a);
  const b2 = new Float64Array(r2);
  for (let r = 0; r < rows; r++) {
    let v = b[r]!;
    for (let j = 0; j < cols; j++) v -= a[r * cols + j]! * lo[j]!;
    if (v < -EPS) return undefined;
    b2[r] = Math.max(0, v);
  }
  let base = 0;
  for (let j = 0; j < cols; j++) base += c[j]! * lo[j]!;
  bounded.forEach((j, i) => {
    a2[(rows + i) * cols + j] = 1;
    b2[rows + i] = up[j]! - lo[j]!;
  });
  return { a: a2, b: b2, rows: r2, base };
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
function decode(model: PricingModel, plan: ComponentPlan, set: PatternSet, counts: Int32Array): PatternSolution | undefined {
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
