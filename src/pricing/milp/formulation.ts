import type { ActiveThreshold, PricingModel } from '../model';
import type { LinearProgram, LpColumn, LpRow, Term } from './lp-text';
import { isStated, partLimit, type OfferPart } from './offer-part';

/** The column counting units of class `c` sold at their reduced price. */
const reducedColumn = (c: number): string => `s${c}`;
/** The total the customer pays, in minor units: the objective. */
export const TOTAL_COLUMN = 'z';

/**
 * The exact programme for the lowest total, written from the engine's model (what the MILP oracle
 * in `test-support/` states from the raw book, independently):
 * - each item offer's applications as its part states them ({@link OfferPart}: its patterns'
 *   counts, or class counts with rows that keep them exact, `offer-forms.ts`);
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
export function formulate(model: PricingModel, parts: readonly OfferPart[]): LinearProgram {
  const columns: LpColumn[] = parts.flatMap((part) => [...part.columns]);
  const rows: LpRow[] = [];
  const itemSaving: Term[] = parts.flatMap((part) => [...part.saving]);
  const usage = model.classes.map((c): Term[] => parts.flatMap((part) => [...(part.uses.get(c.id) ?? [])]));
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
  for (const part of parts) {
    const limit = partLimit(model, part);
    if (limit !== Number.POSITIVE_INFINITY) rows.push({ name: `limit${part.offers[0]!}`, terms: part.applications, sense: '<=', rhs: limit });
  }
  for (const part of parts) rows.push(...part.rows);
  const thresholdSavings: Term[] = [];
  model.thresholds.forEach((t, i) => {
    if (!isStated(t)) return;
    thresholdSavings.push([1, `x${i}`]);
    writeThreshold(model, parts, t, i, columns, rows);
  });
  columns.push({ name: TOTAL_COLUMN, lower: 0, upper: Number.POSITIVE_INFINITY, kind: 'continuous' });
  rows.push({ name: 'total', terms: [[1, TOTAL_COLUMN], ...itemSaving, ...thresholdSavings], sense: '>=', rhs: model.subtotal });
  return { objective: [[1, TOTAL_COLUMN]], rows, columns };
}

/** Threshold `i`'s columns and rows (see {@link formulate}). */
function writeThreshold(model: PricingModel, parts: readonly OfferPart[], t: ActiveThreshold, i: number, columns: LpColumn[], rows: LpRow[]): void {
  const { threshold, basis, amount, percent } = t.offer;
  const F = t.full;
  const paidLoss = spendLoss(model, parts, t, 'after-offers');
  const measuredLoss = basis === 'after-offers' ? paidLoss : spendLoss(model, parts, t, basis);
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
 * choice of units gives, `leastEligibleShare`) and `full − reduced` per eligible unit sold
 * reduced; `full-price-only` loses the full price of every eligible unit in an application or sold
 * reduced; `before-offers` loses nothing.
 */
function spendLoss(model: PricingModel, parts: readonly OfferPart[], t: ActiveThreshold, basis: 'before-offers' | 'after-offers' | 'full-price-only'): Term[] {
  if (basis === 'before-offers') return [];
  const terms: Term[] = parts.flatMap((part) => [...part.loss(t, basis)]);
  for (const c of model.classes) {
    if (c.reducedPrice === undefined || !t.eligible.has(c.id)) continue;
    terms.push([basis === 'after-offers' ? c.price - c.reducedPrice : c.price, reducedColumn(c.id)]);
  }
  return terms;
}
