/**
 * An exact oracle for the customer's lowest total: the format's rules written as a mixed-integer
 * linear programme and solved by HiGHS. It reads the price book as plain JSON and shares no code
 * with `src/pricing/`, so a bug in the engine cannot hide in both.
 *
 * The model, by explicit application patterns:
 * - Units fall into classes: the same SKU at the same full and reduced price (a weighed line is
 *   a class of its own, priced `round-half-up(pricePerKg × grams / 1000)`).
 * - For every item offer valid on the date, every pattern (a multiset of classes filling the
 *   offer's slots) that saves money gets an integer count `n`. Count-based kinds (multi-buy,
 *   bundle, cheapest-free) never take weighed lines; percent-off and amount-off take one unit.
 * - A unit is used by at most one application. A unit with a reduced price below its full price
 *   is either sold reduced (count `s`) or used in an application at full price, never simply
 *   sold at full price: for its class, usage + `s` = count.
 * - Each non-exclusive threshold `t` has a binary `r` (reached: measured spend ≥ threshold) and
 *   a saving `x ≤ reward`, `x ≤` what its eligible units pay after item offers, `x ≤ BIG·r`.
 *   A percent reward `round-half-up(percent × M / 100)` is an integer `y` with
 *   `100·y ≤ percent·M + 50`.
 * - Total `z ≥ 0`, `z ≥ full − item savings − Σ x`. The objective `W·z − item savings` with
 *   `W` above any item saving finds the lowest total, and among equal totals the largest item
 *   saving, so `itemSaving` is canonical.
 * An exclusive threshold is the only offer when it applies: each reached one is a candidate
 * priced directly (no item offers, reduced units at their reduced price), and the answer is the
 * lowest of the programme and those candidates.
 *
 * Every solution is re-priced in plain arithmetic from its integer decisions and must agree with
 * the solver to the minor unit; any disagreement or non-optimal status throws with the LP text.
 * The reading of book and basket into classes, patterns and thresholds is `ilp-oracle-model.ts`;
 * this file writes the programme, solves it and re-prices the answer.
 */
import type { Highs } from 'highs';
import type { BasketLine, JsonItemOffer, JsonPriceBook, JsonSpendThresholdOffer } from './price-book-json';
import { buildModel, roundHalfUp, sum, type Model, type Pattern, type Threshold, type UnitClass } from './ilp-oracle-model';

/** The oracle's answer. */
export interface OracleResult {
  /** The customer's lowest total, in minor units. */
  readonly total: number;
  /**
   * What item-level applications save in that solution, in minor units: item offer savings plus
   * `full − reduced` for each unit sold at its reduced price (a reduced unit is an application).
   * The total minus threshold savings. Where several solutions share the lowest total, the
   * largest item saving among them.
   */
  readonly itemSaving: number;
}

/**
 * Prices `basket` against `book` on `date` (`YYYY-MM-DD`) exactly, by MILP. Throws on an invalid
 * basket (unknown SKU, weight on an each product) and, with the LP text, when HiGHS does not
 * prove optimality or its answer disagrees with the re-priced decisions.
 */
export async function solveWithIlp(book: JsonPriceBook, basket: readonly BasketLine[], date: string): Promise<OracleResult> {
  const highs = await loadHighs();
  const model = buildModel(book, basket, date);
  let best = solveModel(highs, model);
  for (const candidate of model.exclusive) {
    const priced = priceExclusive(model, candidate);
    if (priced === undefined) continue;
    if (priced.total < best.total || (priced.total === best.total && priced.itemSaving > best.itemSaving)) best = priced;
  }
  return best;
}

/** The CPLEX LP text of the programme (exclusive thresholds are priced outside it), for reading. */
export function writeOracleLp(book: JsonPriceBook, basket: readonly BasketLine[], date: string): string {
  return writeLp(buildModel(book, basket, date));
}

let highsInstance: Promise<Highs> | undefined;

/** Loads the Wasm solver once per process; `solve()` makes a fresh native model each call. */
function loadHighs(): Promise<Highs> {
  highsInstance ??= import('highs').then((m) => m.default());
  return highsInstance;
}


const safe = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, '_');
const patternVar = (m: Model, p: number): string => {
  const pattern = m.patterns[p] as Pattern;
  return `n_${p}_${safe((m.itemOffers[pattern.offer] as JsonItemOffer).id)}`;
};
const reducedVar = (c: UnitClass): string => `s_${c.id}_${safe(c.sku)}`;
const reachedVar = (t: number): string => `r_${t}`;
const thresholdSavingVar = (t: number): string => `x_${t}`;
const rewardVar = (t: number): string => `y_${t}`;
const TOTAL = 'z';

type Term = readonly [coefficient: number, variable: string];

/** How many units of `c` one application of `pattern` takes. */
const uses = (pattern: Pattern, c: UnitClass): number => pattern.units.filter((u) => u.id === c.id).length;

/**
 * The part of a threshold's measured spend that item decisions take away, as terms: measured
 * spend = eligible full price − these terms. `after-offers` loses each eligible unit's share of
 * its application's saving and `full − reduced` for each eligible unit sold reduced;
 * `full-price-only` loses the whole full price of every eligible unit in an application or sold
 * reduced; `before-offers` loses nothing.
 */
function spendLoss(m: Model, t: Threshold, basis: JsonSpendThresholdOffer['basis']): Term[] {
  if (basis === 'before-offers') return [];
  const terms: Term[] = [];
  m.patterns.forEach((p, i) => {
    const loss = sum(
      p.units.map((u, k) => (t.eligible.has(u.id) ? (basis === 'after-offers' ? (p.shares[k] ?? 0) : u.full) : 0)),
    );
    if (loss !== 0) terms.push([loss, patternVar(m, i)]);
  });
  for (const c of m.classes) {
    if (c.reduced === undefined || !t.eligible.has(c.id)) continue;
    terms.push([basis === 'after-offers' ? c.full - c.reduced : c.full, reducedVar(c)]);
  }
  return terms;
}

function writeLp(m: Model): string {
  const itemSaving: Term[] = [
    ...m.patterns.map((p, i): Term => [p.saving, patternVar(m, i)]),
    ...m.classes.flatMap((c): Term[] => (c.reduced === undefined ? [] : [[c.full - c.reduced, reducedVar(c)]])),
  ];
  const rows: string[] = [];
  const row = (name: string, terms: readonly Term[], sense: '<=' | '>=' | '=', rhs: number) => {
    if (terms.length > 0) rows.push(` ${name}: ${linear(terms)} ${sense} ${rhs}`);
  };

  for (const c of m.classes) {
    const usage = m.patterns.flatMap((p, i): Term[] => {
      const k = uses(p, c);
      return k === 0 ? [] : [[k, patternVar(m, i)]];
    });
    // A reduced unit is sold reduced or used in an application, never simply at full price.
    if (c.reduced !== undefined) row(`units_${c.id}`, [...usage, [1, reducedVar(c)]], '=', c.count);
    else row(`units_${c.id}`, usage, '<=', c.count);
  }
  m.itemOffers.forEach((offer, o) => {
    if (offer.limit === undefined) return;
    const terms = m.patterns.flatMap((p, i): Term[] => (p.offer === o ? [[1, patternVar(m, i)]] : []));
    row(`limit_${o}_${safe(offer.id)}`, terms, '<=', offer.limit);
  });
  m.thresholds.forEach((t, i) => {
    const { threshold, basis, amount, percent } = t.offer;
    const measuredLoss = spendLoss(m, t, basis);
    const paidLoss = spendLoss(m, t, 'after-offers');
    const F = t.eligibleFull;
    // Reached only when measured spend F − loss ≥ threshold.
    row(`reach_${i}`, [...measuredLoss, [threshold, reachedVar(i)]], '<=', F);
    // Never more than the eligible units pay after item offers.
    row(`paid_${i}`, [[1, thresholdSavingVar(i)], ...paidLoss], '<=', F);
    row(`gate_${i}`, [[1, thresholdSavingVar(i)], [-F, reachedVar(i)]], '<=', 0);
    if (amount !== undefined) {
      row(`reward_${i}`, [[1, thresholdSavingVar(i)]], '<=', amount);
    } else if (percent !== undefined) {
      // y = round-half-up(percent × M / 100) ⇔ 100·y ≤ percent·M + 50 with y as large as it may be.
      row(`round_${i}`, [[100, rewardVar(i)], ...measuredLoss.map(([k, v]): Term => [percent * k, v])], '<=', percent * F + 50);
      row(`reward_${i}`, [[1, thresholdSavingVar(i)], [-1, rewardVar(i)]], '<=', 0);
    }
  });
  const thresholdSavings = m.thresholds.map((_, i): Term => [1, thresholdSavingVar(i)]);
  rows.push(` total: ${linear([[1, TOTAL], ...itemSaving, ...thresholdSavings])} >= ${m.fullSum}`);

  const bounds: string[] = [];
  const generals: string[] = [];
  m.patterns.forEach((p, i) => {
    const fits = Math.min(...p.units.map((u) => Math.floor(u.count / uses(p, u))));
    const limit = (m.itemOffers[p.offer] as JsonItemOffer).limit ?? Number.POSITIVE_INFINITY;
    bounds.push(` 0 <= ${patternVar(m, i)} <= ${Math.min(fits, limit)}`);
    generals.push(patternVar(m, i));
  });
  for (const c of m.classes) {
    if (c.reduced === undefined) continue;
    bounds.push(` 0 <= ${reducedVar(c)} <= ${c.count}`);
    generals.push(reducedVar(c));
  }
  m.thresholds.forEach((t, i) => {
    if (t.offer.percent !== undefined) {
      bounds.push(` ${rewardVar(i)} >= 0`);
      generals.push(rewardVar(i));
    }
  });
  // Weight the total above any possible item saving (at most the full price of the basket):
  // the lowest total first, then the largest item saving among equal totals.
  const weight = m.fullSum + 1;
  return [
    'Minimize',
    ` obj: ${linear([[weight, TOTAL], ...itemSaving.map(([k, v]): Term => [-k, v])])}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    ` ${TOTAL} >= 0`,
    ...wrapSection('General', generals),
    ...wrapSection('Binary', m.thresholds.map((_, i) => reachedVar(i))),
    'End',
    '',
  ].join('\n');
}

/** `3 a + 2 b - c` with like terms merged, zero terms dropped, long rows wrapped. */
function linear(terms: readonly Term[]): string {
  const merged = new Map<string, number>();
  for (const [k, v] of terms) merged.set(v, (merged.get(v) ?? 0) + k);
  const parts = [...merged].filter(([, k]) => k !== 0);
  if (parts.length === 0) return `0 ${TOTAL}`;
  return parts
    .map(([v, k], i) => `${i === 0 ? (k < 0 ? '-' : '') : k < 0 ? ' - ' : ' + '}${Math.abs(k)} ${v}${i % 8 === 7 ? '\n  ' : ''}`)
    .join('');
}

function wrapSection(title: string, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const lines: string[] = [title];
  for (let i = 0; i < names.length; i += 10) lines.push(` ${names.slice(i, i + 10).join(' ')}`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Solving and re-pricing

/**
 * Exact to the minor unit: no relative gap (the default 1e-4 would accept a total pennies off).
 * The models are tiny, so HiGHS's primal heuristics (sub-MIPs) and symmetry detection cost far
 * more than they save: without them a tiny instance solves about three times faster.
 */
const SOLVER_OPTIONS = {
  output_flag: false,
  mip_rel_gap: 0,
  mip_heuristic_effort: 0,
  mip_detect_symmetry: false,
} as const;

function solveModel(highs: Highs, m: Model): OracleResult {
  const lp = writeLp(m);
  const solution = highs.solve(lp, SOLVER_OPTIONS);
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS ended with status ${solution.Status}.\n${lp}`);
  const value = (name: string): number => {
    const column = solution.Columns[name];
    if (column === undefined) throw new Error(`HiGHS returned no column ${name}.\n${lp}`);
    return column.Primal;
  };
  const integral = (name: string): number => {
    const v = value(name);
    const rounded = Math.round(v);
    if (Math.abs(v - rounded) > 1e-6) throw new Error(`${name} = ${v} is not integral.\n${lp}`);
    return rounded;
  };
  const counts = m.patterns.map((_, i) => integral(patternVar(m, i)));
  const reducedSold = new Map(m.classes.flatMap((c) => (c.reduced === undefined ? [] : [[c.id, integral(reducedVar(c))] as const])));
  const priced = priceDecisions(m, counts, reducedSold);
  const z = value(TOTAL);
  if (typeof priced === 'string' || Math.abs(z - priced.total) > 1e-6) {
    throw new Error(`the solver's total ${z} disagrees with its decisions re-priced: ${typeof priced === 'string' ? priced : priced.total}.\n${lp}`);
  }
  return priced;
}

/**
 * Prices integer decisions (application counts, reduced units sold reduced) by plain arithmetic,
 * taking every threshold they reach. Returns why they are infeasible, if they are.
 */
function priceDecisions(m: Model, counts: readonly number[], reducedSold: ReadonlyMap<number, number>): OracleResult | string {
  const used = new Map<number, number>();
  m.patterns.forEach((p, i) => {
    for (const u of p.units) used.set(u.id, (used.get(u.id) ?? 0) + (counts[i] ?? 0));
  });
  for (const c of m.classes) {
    const taken = (used.get(c.id) ?? 0) + (reducedSold.get(c.id) ?? 0);
    if (c.reduced !== undefined ? taken !== c.count : taken > c.count) return `class ${c.id} (${c.sku}) takes ${taken} of ${c.count} units`;
  }
  for (const [o, offer] of m.itemOffers.entries()) {
    const applied = sum(m.patterns.flatMap((p, i) => (p.offer === o ? [counts[i] ?? 0] : [])));
    if (offer.limit !== undefined && applied > offer.limit) return `offer ${offer.id} applied ${applied} times, limit ${offer.limit}`;
  }
  const itemSaving =
    sum(m.patterns.map((p, i) => p.saving * (counts[i] ?? 0))) +
    sum(m.classes.map((c) => (c.reduced === undefined ? 0 : (c.full - c.reduced) * (reducedSold.get(c.id) ?? 0))));

  let thresholdSaving = 0;
  for (const t of m.thresholds) {
    // Spend per basis, unit by unit.
    let before = 0;
    let after = 0;
    let fullPriceOnly = 0;
    for (const c of m.classes) {
      if (!t.eligible.has(c.id)) continue;
      const inApplications = used.get(c.id) ?? 0;
      const soldReduced = reducedSold.get(c.id) ?? 0;
      before += c.full * c.count;
      after += c.full * (c.count - soldReduced) + (c.reduced ?? 0) * soldReduced;
      fullPriceOnly += c.full * (c.count - inApplications - soldReduced);
    }
    m.patterns.forEach((p, i) => {
      p.units.forEach((u, k) => {
        if (t.eligible.has(u.id)) after -= (p.shares[k] ?? 0) * (counts[i] ?? 0);
      });
    });
    const measured = t.offer.basis === 'before-offers' ? before : t.offer.basis === 'after-offers' ? after : fullPriceOnly;
    if (measured < t.offer.threshold) continue;
    thresholdSaving += Math.min(reward(t.offer, measured), after);
  }
  return { total: Math.max(0, m.fullSum - itemSaving - thresholdSaving), itemSaving };
}

function reward(offer: JsonSpendThresholdOffer, measured: number): number {
  return offer.amount ?? roundHalfUp((offer.percent ?? 0) * measured, 100);
}

/**
 * An exclusive threshold as the only offer: no item offers, reduced units at their reduced
 * price (the label is not an offer), and the threshold measured on that basket. Undefined when
 * it is not reached.
 */
function priceExclusive(m: Model, t: Threshold): OracleResult | undefined {
  const paid = (c: UnitClass) => (c.reduced ?? c.full) * c.count;
  const basketPaid = sum(m.classes.map(paid));
  const eligible = m.classes.filter((c) => t.eligible.has(c.id));
  const eligiblePaid = sum(eligible.map(paid));
  const measured =
    t.offer.basis === 'before-offers'
      ? sum(eligible.map((c) => c.full * c.count))
      : t.offer.basis === 'after-offers'
        ? eligiblePaid
        : sum(eligible.map((c) => (c.reduced === undefined ? c.full * c.count : 0)));
  if (measured < t.offer.threshold) return undefined;
  const saving = Math.min(reward(t.offer, measured), eligiblePaid, basketPaid);
  return { total: basketPaid - saving, itemSaving: m.fullSum - basketPaid };
}
