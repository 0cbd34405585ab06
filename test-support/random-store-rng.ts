import type { StoreSize } from './random-store-common';

/** A deterministic source of randomness. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** A float in [lo, hi). */
  float(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element; throws on an empty list (a programmer error). */
  pick<T>(items: readonly T[]): T;
  /** `k` distinct elements (all of them when fewer), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An {@link Rng} seeded by an integer: the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, Math.max(0, k));
  };
  return {
    next,
    int,
    float: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick,
    sample,
  };
}

const SIZE_SALT: Record<StoreSize, number> = { tiny: 0x1a2b3c, S: 0x5a17, M: 0x3e11, L: 0x7c3d, XL: 0x2f9b };

/** The randomness of the store `randomStore(seed, size)` makes. */
export function storeRng(seed: number, size: StoreSize): Rng {
  // Mix the size into the seed so that seed 1 at size S is not seed 1 at size M, cut short.
  return createRng(Math.imul(seed >>> 0, 0x9e3779b1) ^ SIZE_SALT[size]);
}

/** The randomness of the `draw`-th other basket from that store (see `anotherBasket`). */
export function basketRng(seed: number, size: StoreSize, draw: number): Rng {
  return createRng(Math.imul(seed >>> 0, 0x85ebca6b) ^ Math.imul(draw + 1, 0xc2b2ae35) ^ SIZE_SALT[size]);
}
