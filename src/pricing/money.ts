/**
 * Money is an integer count of the currency's minor unit (pence, cents).
 * The brand keeps floats out at compile time: the only way to make one is {@link money}.
 */
export type Money = number & { readonly __brand: 'Money' };

/** Makes a {@link Money} from a whole number of minor units; throws on a float (a programmer error). */
export function money(minorUnits: number): Money {
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Money must be a safe integer of minor units, got ${minorUnits}`);
  }
  return minorUnits as Money;
}

/**
 * `numerator / denominator` rounded half up to an integer, for non-negative operands.
 * Integer arithmetic only: `floor((2n + d) / 2d)` never meets a binary fraction.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0 || numerator < 0) {
    throw new RangeError(`roundHalfUp expects numerator >= 0 and denominator > 0, got ${numerator}/${denominator}`);
  }
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** `percent`% of an amount in minor units, rounded half up once (the format's only percentage rounding point). */
export function percentOf(amount: number, percent: number): number {
  return roundHalfUp(amount * percent, 100);
}

/** Price of `grams` of a product priced per kilogram, rounded half up once per weighed line. */
export function priceByWeight(pricePerKg: number, grams: number): number {
  return roundHalfUp(pricePerKg * grams, 1000);
}

/** Up to this many parts, {@link allocate} hands out the remainder by selection rather than a sort. */
const SELECT_UP_TO = 32;
const TAKEN = Number.NEGATIVE_INFINITY;

/**
 * Splits `total` across parts in proportion to `weights` so the parts sum exactly to `total`.
 * Each part gets the floor of its exact share; the minor units left over go one each to the
 * largest remainders, ties to the lowest index (callers order parts by scan order, so ties go
 * to the unit scanned first). With all weights zero the split is even by the same rule.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) {
    if (total !== 0) throw new RangeError('Cannot allocate a non-zero amount across no parts');
    return [];
  }
  // Plain loops and an index order, no object (or closure) per part: this runs for every
  // discount of every scan.
  let even = true;
  for (let i = 0; i < n; i++) if (weights[i] !== 0) even = false;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += even ? 1 : weights[i]!;
  const parts = new Array<number>(n);
  const rems = new Array<number>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const share = total * (even ? 1 : weights[i]!);
    parts[i] = Math.floor(share / sum);
    rems[i] = share % sum;
    left -= parts[i]!;
  }
  if (left <= 0) return parts;
  if (n <= SELECT_UP_TO) {
    // Few parts (an application's units): pick the largest remainder left, ties to the first,
    // once per minor unit left over (fewer than n), with no index array to sort.
    for (; left > 0; left--) {
      let best = -1;
      for (let i = 0; i < n; i++) if (rems[i]! !== TAKEN && (best < 0 || rems[i]! > rems[best]!)) best = i;
      parts[best] = parts[best]! + 1;
      rems[best] = TAKEN;
    }
    return parts;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => rems[b]! - rems[a]! || a - b);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const idx = order[k]!;
    parts[idx] = parts[idx]! + 1;
  }
  return parts;
}

/** Sum of minor-unit amounts. */
export function sum(amounts: Iterable<number>): number {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}
