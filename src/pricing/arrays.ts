/**
 * Arrays built by plain loops. V8 (Node 20) runs `TypedArray.from(list, f)` and
 * `Array.from({ length }, f)` through the iterator protocol, and `flat()` through its generic
 * path, at five to twenty times the cost of a loop; a scan with thresholds builds a few thousand
 * small arrays per pricing.
 */

type Numeric = Int8Array | Uint8Array | Int32Array | Float64Array;

function fill<A extends Numeric, T>(out: A, list: ArrayLike<T>, f: (item: T, index: number) => number): A {
  for (let i = 0; i < list.length; i++) out[i] = f(list[i]!, i);
  return out;
}

/** `f` of each item, as 32-bit integers. */
export function int32sOf<T>(list: ArrayLike<T>, f: (item: T, index: number) => number): Int32Array {
  return fill(new Int32Array(list.length), list, f);
}

/** `f` of each item, as doubles. */
export function float64sOf<T>(list: ArrayLike<T>, f: (item: T, index: number) => number): Float64Array {
  return fill(new Float64Array(list.length), list, f);
}

/** `f` of each item, as bytes (0 to 255). */
export function uint8sOf<T>(list: ArrayLike<T>, f: (item: T, index: number) => number): Uint8Array {
  return fill(new Uint8Array(list.length), list, f);
}

/** `f` of each item, as signed bytes (−128 to 127). */
export function int8sOf<T>(list: ArrayLike<T>, f: (item: T, index: number) => number): Int8Array {
  return fill(new Int8Array(list.length), list, f);
}

/** `[f(0), …, f(n − 1)]`. */
export function times<T>(n: number, f: (index: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}

/** The lists joined in order (an application's units over its slots); a single list is returned as is. */
export function joined(lists: ReadonlyArray<readonly number[]>): readonly number[] {
  if (lists.length === 1) return lists[0]!;
  const out: number[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}
