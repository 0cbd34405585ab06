/**
 * Bitsets of sums, for subset-sums over savings: bit r of a set at `at` is word `at + (r >>> 5)`,
 * bit `r & 31`. Sets are rows of `words` words in one `Uint32Array`.
 */

/** ORs the bitset of `words` words at `from[fromAt…]`, shifted up by `c` bits, into `to[toAt…]`. */
export function orShifted(from: Uint32Array, fromAt: number, to: Uint32Array, toAt: number, words: number, c: number): void {
  const q = c >>> 5;
  const r = c & 31;
  for (let j = words - 1; j >= q; j--) {
    const lo = from[fromAt + j - q]!;
    const below = r === 0 || j - q - 1 < 0 ? 0 : from[fromAt + j - q - 1]! >>> (32 - r);
    to[toAt + j] = to[toAt + j]! | (r === 0 ? lo : ((lo << r) | below) >>> 0);
  }
}

/** Whether bit r of the set at `at` is set. */
export function hasBit(bits: Uint32Array, at: number, r: number): boolean {
  return ((bits[at + (r >>> 5)]! >>> (r & 31)) & 1) === 1;
}

/** The highest set bit at or below r of the set at `at`, or −1 when there is none. */
export function highestAtMost(bits: Uint32Array, at: number, r: number): number {
  let w = r >>> 5;
  const b = r & 31;
  let v = bits[at + w]! & (b === 31 ? 0xffffffff : (1 << (b + 1)) - 1);
  while (v === 0) {
    if (--w < 0) return -1;
    v = bits[at + w]!;
  }
  return w * 32 + 31 - Math.clz32(v);
}

/** The lowest set bit from r to `to` of the set at `at`, or −1 when there is none. */
export function lowestAtLeast(bits: Uint32Array, at: number, r: number, to: number): number {
  if (r > to) return -1;
  let w = r >>> 5;
  const last = to >>> 5;
  let v = (bits[at + w]! & ~((1 << (r & 31)) - 1)) >>> 0;
  while (v === 0) {
    if (++w > last) return -1;
    v = bits[at + w]!;
  }
  const found = w * 32 + 31 - Math.clz32(v & -v);
  return found <= to ? found : -1;
}
