import type { BasketLine } from './price-book-json';
import { type RandomStore, type StoreSize } from './random-store-common';
import { REALISTIC, realisticStore } from './random-store-realistic';
import { storeRng } from './random-store-rng';
import { tinyStore } from './random-store-tiny';

// Random stores for the oracle and the benchmark: this file is the entry; the tiny stores, the
// realistic ones, the randomness and what they share are in `random-store-*.ts` beside it.

export type * from './price-book-json';
export { linePrice, PRICING_DATE, type RandomStore, type StoreSize } from './random-store-common';
export { anotherBasket } from './random-store-realistic';
export { createRng, mulberry32, type Rng } from './random-store-rng';

/**
 * Makes a store and basket from a seed. Deterministic: the same seed and size give the same
 * output. Money is integer minor units; distinct SKUs have distinct prices, so a saving shared
 * in proportion to full prices never ties between units of different products at equal price.
 */
export function randomStore(seed: number, size: StoreSize): RandomStore {
  const rng = storeRng(seed, size);
  return size === 'tiny' ? tinyStore(rng) : realisticStore(rng, REALISTIC[size]);
}

/**
 * Expands a basket into single scans in order: a line of `quantity` n becomes n lines of one
 * unit (keeping its reduced price); a weighed line is already one scan.
 */
export function scanSequence(basket: readonly BasketLine[]): BasketLine[] {
  return basket.flatMap((line) => {
    const { quantity, ...one } = line;
    return Array.from({ length: quantity ?? 1 }, () => ({ ...one }));
  });
}
