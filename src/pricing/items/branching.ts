/**
 * What the pattern search's branch and bound branches on at a node whose LP optimum is
 * fractional: one pattern's count, or one offer's count of applications (its patterns' counts
 * summed), each picked from the LP's solution.
 */
import type { PatternSet } from './patterns';

/** Counts this close to a whole number are whole. */
const EPS = 1e-6;

/**
 * How branch and bound picks what it branches on: the pattern whose count is most fractional
 * (closest to a half), the fractional pattern of most value, or (`offer-sums`) an offer's count of
 * applications, all its patterns together, where that is fractional (the most fractional such
 * sum; else the most fractional pattern). Patterns of one offer are many and alike: bounding one
 * pattern's count, the LP mostly moves to its neighbour and the bound hardly falls, where
 * bounding the offer's count moves every one (a meal-deal threshold on full-price spend, seed 32's
 * 38th scan: 232k steps to 32k).
 */
export type Branching = 'most-fractional' | 'most-valuable' | 'offer-sums';

/** Per stateful offer with two patterns or more: its patterns' columns. */
export function groupsOf(set: PatternSet): number[][] {
  const by = new Map<number, number[]>();
  set.patterns.forEach((p, j) => {
    if (p.stateful < 0) return;
    const list = by.get(p.stateful) ?? [];
    list.push(j);
    by.set(p.stateful, list);
  });
  return [...by.values()].filter((js) => js.length > 1);
}

/** How far a count's fractional part is from a half, or undefined when the count is whole. */
function fromHalf(value: number): number | undefined {
  const frac = value - Math.floor(value);
  return frac < EPS || frac > 1 - EPS ? undefined : Math.abs(frac - 0.5);
}

/** The group whose columns' sum is most fractional (closest to a half), or −1 when every sum is whole. */
export function mostFractionalGroup(x: Float64Array, groups: readonly (readonly number[])[]): number {
  let branch = -1;
  let closest = 1;
  groups.forEach((js, g) => {
    let sum = 0;
    for (const j of js) sum += x[j]!;
    const distance = fromHalf(sum);
    if (distance !== undefined && distance < closest) {
      closest = distance;
      branch = g;
    }
  });
  return branch;
}

/** The column whose value is most fractional (closest to a half), or −1 when all are whole. */
export function mostFractional(x: Float64Array): number {
  let branch = -1;
  let closest = 1;
  for (let j = 0; j < x.length; j++) {
    const distance = fromHalf(x[j]!);
    if (distance !== undefined && distance < closest) {
      closest = distance;
      branch = j;
    }
  }
  return branch;
}

/** The fractional column of most value, or −1 when all are whole. */
export function mostValuableFractional(x: Float64Array, c: Float64Array): number {
  let branch = -1;
  for (let j = 0; j < x.length; j++) {
    if (fromHalf(x[j]!) === undefined) continue;
    if (branch < 0 || c[j]! > c[branch]!) branch = j;
  }
  return branch;
}
