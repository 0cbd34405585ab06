import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SearchBudget } from '../search-budget';
import { bestTrade, type Piece, type Picks } from './quick-candidate';

/**
 * Pieces as the quick candidate makes them: ways that cut something or win something back (at
 * most `tenths` tenths). About half the pieces win nothing back in any way, as where an
 * application has no unit a rated threshold counts.
 */
const piecesUpTo = (tenths: number) =>
  fc
    .array(
      fc.record({
        plain: fc.boolean(),
        ways: fc.array(fc.record({ cut: fc.integer({ min: 0, max: 400 }), tenths: fc.integer({ min: 0, max: tenths }) }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((list) => list.map(({ plain, ways }) => ways.map((w) => (plain ? { ...w, tenths: 0 } : w)).filter(({ cut, tenths }) => cut > 0 || tenths > 0)))
    .filter((list) => list.every((ways) => ways.length > 0));
const pieces = piecesUpTo(4000);

function toPieces(ways: ReadonlyArray<ReadonlyArray<{ cut: number; tenths: number }>>): Piece[] {
  return ways.map((list, app) => ({ app, units: [], ways: list.map(({ cut, tenths }) => ({ cut, bonus: tenths / 10, takes: [] })) }));
}

/** Every choice of at most one way per piece: the least net cost (cut − bonus) meeting both floors. */
function cheapest(all: readonly Piece[], need: number, mustFree: number): number | undefined {
  let best: number | undefined;
  const visit = (p: number, cut: number, bonus: number) => {
    if (p === all.length) {
      if (cut >= need && bonus >= mustFree - 1e-9 && (best === undefined || cut - bonus < best)) best = cut - bonus;
      return;
    }
    visit(p + 1, cut, bonus);
    for (const way of all[p]!.ways) visit(p + 1, cut + way.cut, bonus + way.bonus);
  };
  visit(0, 0, 0);
  return best;
}

function totals(all: readonly Piece[], picks: Picks): { cut: number; bonus: number } {
  expect(new Set(picks.map((p) => p.piece)).size).toBe(picks.length);
  let cut = 0;
  let bonus = 0;
  for (const { piece, way } of picks) {
    cut += all[piece]!.ways[way]!.cut;
    bonus += all[piece]!.ways[way]!.bonus;
  }
  return { cut, bonus };
}

const budget = () => new SearchBudget({ ...DEFAULT_LIMITS, clock: undefined });
const saving = (all: readonly Piece[]) => all.reduce((a, p) => a + Math.max(...p.ways.map((w) => w.cut)), 0);
const worth = (all: readonly Piece[]) => all.reduce((a, p) => a + p.ways.reduce((b, w) => b + w.bonus, 0), 0);

describe('the quick candidate’s trade', () => {
  it('gives up the least saving net of what it wins back, cutting at least what is needed', () => {
    fc.assert(
      fc.property(pieces, fc.integer({ min: 0, max: 1500 }), (ways, needed) => {
        const all = toPieces(ways);
        const need = Math.min(needed, saving(all));
        const picks = bestTrade(all, need, 0, saving(all), worth(all), budget());
        const least = cheapest(all, need, 0);
        if (least === undefined) {
          expect(picks).toBeUndefined();
          return;
        }
        expect(picks).toBeDefined();
        const { cut, bonus } = totals(all, picks!);
        expect(cut).toBeGreaterThanOrEqual(need);
        expect(cut - bonus).toBeCloseTo(least, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts the least that meets the need when nothing is won back', () => {
    fc.assert(
      fc.property(piecesUpTo(0), fc.integer({ min: 0, max: 1500 }), (ways, needed) => {
        const all = toPieces(ways);
        const need = Math.min(needed, saving(all));
        const picks = bestTrade(all, need, 0, saving(all), 1, budget());
        const least = cheapest(all, need, 0);
        if (least === undefined) {
          expect(picks).toBeUndefined();
          return;
        }
        expect(totals(all, picks!).cut).toBe(least);
      }),
      { numRuns: 300 },
    );
  });

  it('frees what must be freed whenever it answers', () => {
    fc.assert(
      fc.property(pieces, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 3000 }), (ways, needed, tenths) => {
        const all = toPieces(ways);
        const need = Math.min(needed, saving(all));
        const picks = bestTrade(all, need, tenths / 10, saving(all), worth(all), budget());
        if (picks === undefined) return;
        const { cut, bonus } = totals(all, picks);
        expect(cut).toBeGreaterThanOrEqual(need);
        expect(bonus).toBeGreaterThanOrEqual(tenths / 10 - 1e-9);
      }),
      { numRuns: 500 },
    );
  });
});
