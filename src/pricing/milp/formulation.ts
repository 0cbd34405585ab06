import type { ActiveThreshold, PricingModel } from '../model';
import type { LinearProgram, LpColumn, LpRow, Term } from './lp-text';
import { leastEligibleShare, type MilpPattern } from './patterns';

/** The column counting applications of pattern `p`. */
export const patternColumn = (p: number): string => `n${p}`;
/** The column counting units of class `c` sold at their reduced price. */
const reducedColumn = (c: number): string => `s${c}`;
/** The total the customer pays, in minor units: the objective. */
export const TOTAL_COLUMN = 'z';

/**
 * The exact programme for the lowest total, written from the engine's model (what the MILP oracle
 * in `test-support/` states from the raw book, independently):
 * - `n_p` ≥ 0, whole: applications of pattern p ({@link milpPatterns}), at most as many as its
 *   classes' units and its offer's limit allow;
 * - a unit is in at most one application; a unit with a reduced price is sold reduced (`s_c`) or
 *   joins an application at full price, never simply sold at full price;
 * - each offer's applications within its limit;
 * - per non-exclusive threshold that the basket's eligible full price can reach: `r_t` binary
 *   (reached: measured spend ≥ threshold), `x_t` its saving, at most its reward (`y_t`, whole,
 *   for a percent: `100·y ≤ percent·measured + 50` is the half-up rounding), at most what its
 *   eligible units pay after item offers, and zero unless reached;
 * - `z ≥ subtotal − item savings − Σ x_t`, `z ≥ 0`; minimise `z`.
 * Exclusive thresholds are priced on their own (`evaluateExclusive`), outside the programme.
 */
export function formulate(model: PricingModel, patterns: readonly MilpPattern[]): LinearProgram {
  const columns: LpColumn[] = [];
  const rows: LpRow[] = [];
  const itemSaving: Term[] = [];
  patterns.forEach((p, i) => {
    const active = model.offers[p.offer]!;
    let fits = active.limit;
    for (const [c, units] of p.uses) fits = Math.min(fits, Math.floor(model.classes[c]!.units.length / units));
    columns.push({ name: patternColumn(i), lower: 0, upper: fits, kind: 'integer' });
    itemSaving.push([p.saving, patternColumn(i)]);
  });
  const usage = model.classes.map((): Term[] => []);
  patterns.forEach((p, i) => {
    for (const [c, units] of p.uses) usage[c]!.push([units, patternColumn(i)]);
  });
  for (const c of model.classes) {
    const count = c.units.length;
    if (c.reducedPrice === undefined) {
      rows.push({ name: `units${c.id}`, terms: usage[c.id]!, sense: '<=', rhs: count });
      continue;
    }
    columns.push({ name: reducedColumn(c.id), lower: 0, upper: count, kind: 'integer' });
    itemSaving.push([c.price - c.reducedPrice, reducedColumn(c.id)]);
    rows.push({ name: `units${c.id}`, terms: [...usage[c.id]!, [1, reducedColumn(c.id)]], sense: '=', rhs: count });
  }
  model.offers.forEach((o, offer) => {
    if (o.limit === Number.POSITIVE_INFINITY) return;
    const terms = patterns.flatMap((p, i): Term[] => (p.offer === offer ? [[1, patternColumn(i)]] : []));
    rows.push({ name: `limit${offer}`, terms, sense: '<=', rhs: o.limit });
  });
  const thresholdSavings: Term[] = [];
  model.thresholds.forEach((t, i) => {
    // Measured spend never exceeds the eligible full price, so a threshold above it is never reached.
    if (t.offer.exclusive === true || t.full < t.offer.threshold || t.full <= 0) return;
    thresholdSavings.push([1, `x${i}`]);
    writeThreshold(model, patterns, t, i, columns, rows);
  });
  columns.push({ name: TOTAL_COLUMN, lower: 0, upper: Number.POSITIVE_INFINITY, kind: 'continuous' });
  rows.push({ name: 'total', terms: [[1, TOTAL_COLUMN], ...itemSaving, ...thresholdSavings], sense: '>=', rhs: model.subtotal });
  return { objective: [[1, TOTAL_COLUMN]], rows, columns };
}

/** Threshold `i`'s columns and rows (see {@link formulate}). */
function writeThreshold(model: PricingModel, patterns: readonly MilpPattern[], t: ActiveThreshold, i: number, columns: LpColumn[], rows: LpRow[]): void {
  const { threshold, basis, amount, percent } = t.offer;
  const F = t.full;
  const paidLoss = spendLoss(model, patterns, t, 'after-offers');
  const measuredLoss = basis === 'after-offers' ? paidLoss : spendLoss(model, patterns, t, basis);
  const [r, x, y] = [`r${i}`, `x${i}`, `y${i}`];
  columns.push({ name: r, lower: 0, upper: 1, kind: 'binary' }, { name: x, lower: 0, upper: Number.POSITIVE_INFINITY, kind: 'continuous' });
  // Reached only when the measured spend, F less what item decisions take off it, is at least the threshold.
  rows.push({ name: `reach${i}`, terms: [...measuredLoss, [threshold, r]], sense: '<=', rhs: F });
  // Never more than the eligible units pay after item offers, and nothing unless reached.
  rows.push({ name: `paid${i}`, terms: [[1, x], ...paidLoss], sense: '<=', rhs: F });
  rows.push({ name: `gate${i}`, terms: [[1, x], [-F, r]], sense: '<=', rhs: 0 });
  if (amount !== undefined) {
    rows.push({ name: `reward${i}`, terms: [[1, x]], sense: '<=', rhs: amount });
    return;
  }
  const p = percent ?? 0;
  columns.push({ name: y, lower: 0, upper: Number.POSITIVE_INFINITY, kind: 'integer' });
  rows.push({ name: `round${i}`, terms: [[100, y], ...measuredLoss.map(([k, v]): Term => [p * k, v])], sense: '<=', rhs: p * F + 50 });
  rows.push({ name: `reward${i}`, terms: [[1, x], [-1, y]], sense: '<=', rhs: 0 });
}

/**
 * What item decisions take off a threshold's measured spend, as terms (measured = eligible full
 * price − these): `after-offers` loses each application's share on eligible units (the least any
 * choice of units gives, {@link leastEligibleShare}) and `full − reduced` per eligible unit sold
 * reduced; `full-price-only` loses the full price of every eligible unit in an application or sold
 * reduced; `before-offers` loses nothing.
 */
function spendLoss(model: PricingModel, patterns: readonly MilpPattern[], t: ActiveThreshold, basis: 'before-offers' | 'after-offers' | 'full-price-only'): Term[] {
  if (basis === 'before-offers') return [];
  const terms: Term[] = [];
  patterns.forEach((p, i) => {
    let loss = 0;
    if (basis === 'after-offers') loss = leastEligibleShare(model, p, t.eligible);
    else for (const [c, units] of p.uses) if (t.eligible.has(c)) loss += model.classes[c]!.price * units;
    if (loss !== 0) terms.push([loss, patternColumn(i)]);
  });
  for (const c of model.classes) {
    if (c.reducedPrice === undefined || !t.eligible.has(c.id)) continue;
    terms.push([basis === 'after-offers' ? c.price - c.reducedPrice : c.price, reducedColumn(c.id)]);
  }
  return terms;
}
