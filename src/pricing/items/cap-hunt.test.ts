import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { huntAround, huntCap } from './cap-hunt';
import type { Programme } from './pattern-search';

/** Classes' units as rows, then one cap weighing each pattern by its value (or by `weights`). */
function programme(counts: readonly number[], uses: ReadonlyArray<readonly number[]>, values: readonly number[], cap: number, weights = values): Programme {
  const rows = counts.length + 1;
  const cols = values.length;
  const a = new Float64Array(rows * cols);
  uses.forEach((use, j) => {
    use.forEach((n, k) => (a[k * cols + j] = n));
    a[counts.length * cols + j] = weights[j]!;
  });
  return { rows, cols, a, b: Float64Array.from([...counts, cap]), c: Float64Array.from(values) };
}

/** The most any whole counts within every row are worth, by trying them all. */
function bruteForce(prog: Programme): number {
  const { rows, cols, a, b, c } = prog;
  const x = new Array<number>(cols).fill(0);
  let best = 0;
  const visit = (j: number): void => {
    const fits = Array.from({ length: rows }, (_, r) => x.reduce((s, n, i) => s + n * a[r * cols + i]!, 0) <= b[r]!).every(Boolean);
    if (!fits) return;
    if (j === cols) {
      best = Math.max(best, x.reduce((s, n, i) => s + n * c[i]!, 0));
      return;
    }
    for (let n = 0; n <= 4; n++) {
      x[j] = n;
      visit(j + 1);
    }
    x[j] = 0;
  };
  visit(0);
  return best;
}

const always = () => true;

describe('the hunt for the cap', () => {
  it('meets a cap that only whole counts of the smaller pieces reach', () => {
    // Units of one class: pieces of 2 units worth 5, 3 units worth 7; a cap of 12 is 7 + 5.
    const prog = programme([5], [[2], [3]], [5, 7], 12);
    const { best, complete } = huntCap(prog, 1, 1, 12, 0, always, always);
    expect(best?.value).toBe(12);
    expect([...best!.counts]).toEqual([1, 1]);
    expect(complete).toBe(true);
  });

  it('settles for what its caller accepts, and finds nothing over `least` when nothing is', () => {
    const prog = programme([5], [[2], [3]], [5, 7], 12);
    const notBoth = (x: Int32Array) => x[0] === 0 || x[1] === 0;
    const refused = huntCap(prog, 1, 1, 12, 0, always, notBoth);
    expect(refused.best?.value).toBe(10);
    // 12 was there but refused: 10 is the best accepted, not proven the best there is.
    expect(refused.complete).toBe(false);
    const none = huntCap(prog, 1, 1, 12, 12, always, always);
    expect(none.best).toBeUndefined();
    expect(none.complete).toBe(true);
  });

  it('stops when paying for a node is refused', () => {
    const prog = programme([5], [[2], [3]], [5, 7], 12);
    const stopped = huntCap(prog, 1, 1, 12, 0, () => false, always);
    expect(stopped.best).toBeUndefined();
    expect(stopped.complete).toBe(false);
  });

  it('proves a sum under the cap the best when the classes leave no way to the cap', () => {
    // Two classes of one unit each; pieces worth 6 (class 0), 5 (class 1) and 9 (both). The cap
    // of 12 is a sum of the weights (6 + 6) but the classes allow 11 at most.
    const prog = programme([1, 1], [[1, 0], [0, 1], [1, 1]], [6, 5, 9], 12);
    const { best, complete } = huntCap(prog, 2, 2, 12, 0, always, always);
    expect(best?.value).toBe(11);
    expect(complete).toBe(true);
  });

  it('on small programmes, finds the best whole counts within every row', () => {
    // The cap weighs each pattern by its value (after offers) or by a weight of its own (full price).
    const pattern = fc.record({ use: fc.array(fc.nat(2), { minLength: 2, maxLength: 2 }), value: fc.integer({ min: 1, max: 30 }), weight: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(fc.nat(4), { minLength: 2, maxLength: 2 }), fc.array(pattern, { minLength: 1, maxLength: 4 }), fc.nat(60), fc.boolean(), (counts, patterns, cap, byValue) => {
        const uses = patterns.map((p) => p.use.map((n, k) => (k === 0 && p.use.every((m) => m === 0) ? 1 : n)));
        const values = patterns.map((p) => p.value);
        const prog = programme(counts, uses, values, cap, byValue ? values : patterns.map((p) => p.weight));
        const best = bruteForce(prog);
        // The target is a bound on the value: the cap where it weighs by value, else none.
        const target = byValue ? cap : Number.POSITIVE_INFINITY;
        const { best: found, complete } = huntCap(prog, counts.length, counts.length, target, 0, always, always);
        expect(found?.value ?? 0).toBe(best);
        expect(complete).toBe(true);
        if (found === undefined) return;
        for (let r = 0; r < prog.rows; r++) {
          let used = 0;
          for (let j = 0; j < prog.cols; j++) used += prog.a[r * prog.cols + j]! * found.counts[j]!;
          expect(used).toBeLessThanOrEqual(prog.b[r]!);
        }
        expect(found.counts.reduce((s, n, j) => s + n * prog.c[j]!, 0)).toBe(found.value);
      }),
    );
  });

  it('around the LP, keeps its counts rounded down and finds the rest of the cap', () => {
    // One class of 10 units; pieces of 2 units worth 5 and of 3 units worth 7; a cap of 24.
    // The LP takes 3.4 of the second (23.8 → 24 with the cap): 3 kept (21), the rest 3 = nothing
    // that fits (1 unit left): 21; the whole hunt finds 7 + 7 + 5 + 5 = 24.
    const prog = programme([10], [[2], [3]], [5, 7], 24);
    const around = huntAround(prog, Float64Array.from([0, 3.4]), 1, 1, 24, 0, always, always);
    expect(around?.value).toBe(21);
    expect([...around!.counts]).toEqual([0, 3]);
    // With 1 of each kept (12 of 24, 5 units), the rest finds 12 more within them: 7 + 5.
    const near = huntAround(prog, Float64Array.from([1.5, 1.2]), 1, 1, 24, 0, always, always);
    expect(near?.value).toBe(24);
    expect([...near!.counts]).toEqual([2, 2]);
    // Refused finds are not returned; nothing kept is no start.
    expect(huntAround(prog, Float64Array.from([1.5, 1.2]), 1, 1, 24, 0, always, () => false)).toBeUndefined();
    expect(huntAround(prog, Float64Array.from([0.5, 0.9]), 1, 1, 24, 0, always, always)).toBeUndefined();
  });
});
