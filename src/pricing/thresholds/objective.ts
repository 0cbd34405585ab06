import type { PricingModel } from '../model';
import { percentOf } from '../money';
import { float64sOf, int8sOf, uint8sOf } from '../arrays';
import { trackedMeasures, type Measure, type PaidFloors } from './measures';

/** A threshold's basis, as {@link Objective} keeps it. */
const BEFORE = 0;
const AFTER = 1;
const FULL_PRICE_ONLY = 2;

/**
 * What a set of thresholds assumed reached makes of an item saving and measures: the basket
 * total, whether every threshold is reached, and optimistic totals for pruning. Built once per
 * set and pricing: the floors, the quick candidate and the joint search all ask it.
 */
export class Objective {
  readonly measures: Measure[];
  /** Saving may not exceed this (whole-basket thresholds measured after offers). */
  readonly cap: number;
  /** The most each measure may reach (so every threshold is reached). */
  readonly limit: Float64Array;
  /**
   * Per measure: the reward rate (percent / 100) of eligible full-price spend, for full-price-only
   * thresholds with a percent reward; 0 otherwise. Using an eligible unit costs that share of its
   * price in reward, which the coupled bound charges up front.
   */
  readonly rate: Float64Array;
  /**
   * Per measure: a Lagrange multiplier on its limit (used full-price spend must stay within what
   * keeps its threshold reached): using an eligible unit costs a further mu × its price, and
   * mu × the limit is credited back. Any mu ≥ 0 keeps the bound valid; the search picks the one
   * that gives the highest floor at the root.
   */
  readonly mu: Float64Array;
  /** Whether some measure is rated or limited: the coupled bound applies. */
  readonly coupled: boolean;
  /** Indices of used-spend measures with a limit (candidates for a multiplier). */
  readonly limitedUse: number[];
  private readonly full: number[];
  private readonly eIndex: number[];
  private readonly uIndex: number[];
  /**
   * Per threshold of the set, read from its offer once: the totals and floors run for every entry
   * the joint search makes, and offers of different kinds and targets have different shapes.
   */
  private readonly basis: Int8Array;
  private readonly whole: Uint8Array;
  private readonly threshold: Float64Array;
  /** The reward's amount, NaN for a percent. */
  private readonly amount: Float64Array;
  private readonly percent: Float64Array;
  /** Σ over rated thresholds of (rate × eligible full spend + ½ for rounding). */
  private readonly ratedCeiling: number;
  /** Each measure at its least (see {@link lowestTotal}), once asked. */
  private least: Float64Array | undefined;

  constructor(
    private readonly model: PricingModel,
    thresholds: readonly number[],
    floors: PaidFloors,
  ) {
    this.measures = trackedMeasures(model, thresholds, floors);
    const ths = thresholds.map((t) => model.thresholds[t]!);
    this.full = ths.map((th) => th.full);
    this.eIndex = thresholds.map((t) => this.measures.findIndex((m) => m.threshold === t && m.kind === 'eligible-saving'));
    this.uIndex = thresholds.map((t) => this.measures.findIndex((m) => m.threshold === t && m.kind === 'used'));
    this.basis = int8sOf(ths, (th) => (th.offer.basis === 'before-offers' ? BEFORE : th.offer.basis === 'after-offers' ? AFTER : FULL_PRICE_ONLY));
    this.whole = uint8sOf(ths, (th) => (th.wholeBasket ? 1 : 0));
    this.threshold = float64sOf(ths, (th) => th.offer.threshold);
    this.amount = float64sOf(ths, (th) => th.offer.amount ?? Number.NaN);
    this.percent = float64sOf(ths, (th) => th.offer.percent ?? 0);
    let cap = Number.POSITIVE_INFINITY;
    this.limit = new Float64Array(this.measures.length).fill(Number.POSITIVE_INFINITY);
    this.rate = new Float64Array(this.measures.length);
    let ceiling = 0;
    ths.forEach((th, k) => {
      if (th.offer.basis === 'after-offers') {
        if (th.wholeBasket) cap = Math.min(cap, model.subtotal - th.offer.threshold);
        else this.limit[this.eIndex[k]!] = this.full[k]! - th.offer.threshold;
      } else if (th.offer.basis === 'full-price-only') {
        this.limit[this.uIndex[k]!] = this.full[k]! - th.offer.threshold;
        if (th.offer.percent !== undefined) {
          this.rate[this.uIndex[k]!] = th.offer.percent / 100;
          ceiling += (th.offer.percent * this.full[k]!) / 100 + 0.5;
        }
      }
    });
    this.cap = cap;
    this.ratedCeiling = ceiling;
    this.mu = new Float64Array(this.measures.length);
    this.limitedUse = this.measures.flatMap((m, k) => (m.kind === 'used' && Number.isFinite(this.limit[k]!) ? [k] : []));
    this.coupled = ceiling > 0 || this.limitedUse.length > 0;
  }

  /** The total for saving s and measures m, or Infinity when an assumed threshold is not reached. */
  total(s: number, m: Float64Array | readonly number[]): number {
    let give = 0;
    for (let k = 0; k < this.basis.length; k++) {
      const e = this.eIndex[k]!;
      const paid = this.whole[k] === 1 ? this.full[k]! - s : e >= 0 ? this.full[k]! - m[e]! : Number.POSITIVE_INFINITY;
      const basis = this.basis[k];
      const measured = basis === BEFORE ? this.full[k]! : basis === AFTER ? paid : this.full[k]! - m[this.uIndex[k]!]!;
      if (measured < this.threshold[k]!) return Number.POSITIVE_INFINITY;
      give += Math.min(this.reward(k, measured), paid);
    }
    return Math.max(0, this.model.subtotal - s - give);
  }

  /** Threshold k's reward on a measured spend, as {@link maxThresholdSaving} gives it. */
  private reward(k: number, measured: number): number {
    const amount = this.amount[k]!;
    return amount === amount ? amount : percentOf(measured, this.percent[k]!);
  }

  /**
   * A floor on the total of any solution reaching every threshold of the set, given the most item
   * saving there is: the total falls as saving rises (up to the cap) and as measures fall, so take
   * the most saving the cap allows and every measure at its least (eligible saving 0; used spend at
   * least the eligible reduced units, which are always in an application or sold reduced).
   * Infinity when the set cannot be reached at all.
   */
  lowestTotal(maxSaving: number): number {
    if (this.least === undefined) {
      const least = new Float64Array(this.measures.length);
      this.measures.forEach((m, k) => {
        if (m.kind === 'eligible-saving') return;
        const { eligible } = this.model.thresholds[m.threshold]!;
        for (const u of this.model.units) if (u.reducedPrice !== undefined && eligible.has(u.classId)) least[k] = least[k]! + u.price;
      });
      this.least = least;
    }
    return this.total(Math.max(0, Math.min(this.cap, maxSaving)), this.least);
  }

  /** Whether an entry can still reach every threshold (saving and measures only grow from here). */
  feasible(s: number, m: Float64Array): boolean {
    if (s > this.cap) return false;
    for (let k = 0; k < m.length; k++) if (m[k]! > this.limit[k]!) return false;
    return true;
  }

  /** What using a unit eligible for measure k costs per minor unit of its price in the coupled bound. */
  unitRate(k: number): number {
    return this.rate[k]! + this.mu[k]!;
  }

  /**
   * Saving less the reward its rated measures have cost, less the multipliers' charge on used
   * spend plus their credit on the limits: at least saving less rated cost for any solution within
   * the limits. What the coupled bound bounds.
   */
  coupledValue(s: number, m: Float64Array | readonly number[]): number {
    let z = s;
    for (let k = 0; k < m.length; k++) {
      z -= this.unitRate(k) * m[k]!;
      if (this.mu[k]! > 0) z += this.mu[k]! * this.limit[k]!;
    }
    return z;
  }

  /**
   * A floor on the total an entry can end with, given its saving `s` now (it only grows), the most
   * saving `most` it could end with, the most coupled value `zMost` (NaN when not coupled) and its
   * measures now (they only grow, which never lowers the total).
   */
  optimistic(s: number, most: number, zMost: number, m: Float64Array): number {
    // The total falls as saving rises and as measures fall.
    let floor = this.total(Math.min(this.cap, most), m);
    if (this.coupled && floor !== Number.POSITIVE_INFINITY) {
      // Rated rewards are at most rate × (full − used) + ½ each: saving less rate × used is what
      // the coupled bound (and the cap) limit; every other reward at most its largest.
      let z = zMost;
      if (this.cap !== Number.POSITIVE_INFINITY) {
        let capped = this.cap;
        for (let k = 0; k < m.length; k++) capped -= this.rate[k]! * m[k]!;
        z = Math.min(z, capped);
      }
      let others = 0;
      for (let k = 0; k < this.basis.length; k++) {
        const basis = this.basis[k];
        if (basis === FULL_PRICE_ONLY && this.amount[k] !== this.amount[k]) continue;
        const measured =
          basis === BEFORE
            ? this.full[k]!
            : basis === AFTER
              ? this.whole[k] === 1
                ? this.model.subtotal - s
                : this.full[k]! - m[this.eIndex[k]!]!
              : this.full[k]! - m[this.uIndex[k]!]!;
        others += this.reward(k, measured);
      }
      floor = Math.max(floor, this.model.subtotal - z - this.ratedCeiling - others);
    }
    return floor;
  }
}
