import type { PricingModel } from '../model';
import type { SearchBudget } from '../search-budget';
import type { ItemSolution } from '../solution';
import { joined } from '../arrays';
import { hasBit, lowestAtLeast, orShifted } from '../bitset';

/** One way to give up saving on a piece of the item optimum. */
export interface Way {
  /** Saving given up. */
  readonly cut: number;
  /** Rated full-price spend it frees, times the rate (reward it wins back). */
  readonly bonus: number;
  /** Per unit of the piece: the stateless offer it takes (−1: full or reduced price). */
  readonly takes: readonly number[];
}

/** An application of the item optimum (by its index there) with its units and the ways it can give up saving. */
export interface Piece {
  readonly app: number;
  readonly units: readonly number[];
  ways: Way[];
}

/** At most one way per piece: the piece and way index of each piece used. */
export type Picks = Array<{ piece: number; way: number }>;

/**
 * The least total cut of at least `need` (each piece at most once), by a bitset subset-sum with a
 * snapshot per piece to read the choice back.
 */
function leastCutOver(pieces: readonly Piece[], need: number, budget: SearchBudget): Picks | undefined {
  const top = need + pieces.reduce((x, p) => Math.max(x, ...p.ways.map((w) => w.cut)), 0);
  if (!budget.spend(pieces.reduce((x, p) => x + p.ways.length, 0) * ((top >>> 5) + 1))) return undefined;
  const sums = cutSums(pieces, top);
  const r = lowestAtLeast(sums.snaps, pieces.length * sums.words, need, top);
  return r < 0 ? undefined : readCuts(pieces, sums, r);
}

/**
 * The ways that give up least saving net of the reward they win back, cutting at least `need`
 * and winning back at least `mustFree`: each piece's best way alone when no cut is needed and
 * that frees enough; otherwise a subset-sum over cuts keeping the most won back per total cut.
 */
export function bestTrade(pieces: readonly Piece[], need: number, mustFree: number, saving: number, worthCeiling: number, budget: SearchBudget): Picks | undefined {
  if (need === 0) {
    const picks: Picks = [];
    let freed = 0;
    pieces.forEach((piece, p) => {
      let best = -1;
      for (let w = 0; w < piece.ways.length; w++) if (piece.ways[w]!.bonus > piece.ways[w]!.cut && (best < 0 || piece.ways[w]!.bonus - piece.ways[w]!.cut > piece.ways[best]!.bonus - piece.ways[best]!.cut)) best = w;
      if (best >= 0) {
        picks.push({ piece: p, way: best });
        freed += piece.ways[best]!.bonus;
      }
    });
    if (freed >= mustFree - 1e-9) return picks;
  }
  const largest = pieces.reduce((x, p) => Math.max(x, ...p.ways.map((w) => w.cut)), 0);
  const reach = pieces.reduce((x, p) => x + Math.max(0, ...p.ways.map((w) => w.cut)), 0);
  const top = Math.min(saving, reach, need + largest + Math.ceil(worthCeiling));
  let range = top;
  if (mustFree === 0) {
    // No way wins anything back: the least cut that meets the need is the trade.
    if (pieces.every((p) => p.ways.every((w) => w.bonus === 0))) return leastCutOver(pieces, need, budget);
    // No choice wins back more than every piece's best way: a trade of total cut r costs at least
    // r − slack. The least cut that meets the need costs at most itself, so cuts above it plus
    // slack cannot do better and need not be tabled.
    const slack = Math.floor(pieces.reduce((x, p) => x + Math.max(0, ...p.ways.map((w) => w.bonus)), 0) + 1e-6);
    const least = leastReachable(pieces, need, top, budget);
    if (least === undefined) return undefined;
    range = Math.min(top, least + slack);
  }
  return tradeTable(pieces, need, mustFree, range, budget);
}

/**
 * The least total cut of at least `need` and at most `top` that some choice of ways (each piece
 * at most once) adds up to, by a bitset subset-sum; undefined when there is none or the budget
 * is gone.
 */
function leastReachable(pieces: readonly Piece[], need: number, top: number, budget: SearchBudget): number | undefined {
  const words = (top >>> 5) + 1;
  if (!budget.spend(pieces.reduce((x, p) => x + p.ways.length, 0) * words)) return undefined;
  let bits = new Uint32Array(words);
  let next = new Uint32Array(words);
  bits[0] = 1;
  for (const piece of pieces) {
    next.set(bits);
    for (const way of piece.ways) if (way.cut > 0 && way.cut <= top) orShifted(bits, 0, next, 0, words, way.cut);
    [bits, next] = [next, bits];
  }
  const r = lowestAtLeast(bits, 0, need, top);
  return r < 0 ? undefined : r;
}

/**
 * The cut sums each prefix of `pieces` reaches (each piece at most once), up to `top`: row p of
 * `snaps` (`words` words) for the first p pieces, to read a choice back ({@link readCuts}).
 */
function cutSums(pieces: readonly Piece[], top: number): { words: number; snaps: Uint32Array } {
  const words = (top >>> 5) + 1;
  const snaps = new Uint32Array((pieces.length + 1) * words);
  snaps[0] = 1;
  pieces.forEach((piece, p) => {
    const prev = p * words;
    const cur = prev + words;
    snaps.copyWithin(cur, prev, prev + words);
    for (const way of piece.ways) if (way.cut > 0 && way.cut <= top) orShifted(snaps, prev, snaps, cur, words, way.cut);
  });
  return { words, snaps };
}

/** The ways of `pieces` that add up to cut r, which {@link cutSums} reached (as indices into `pieces`). */
function readCuts(pieces: readonly Piece[], { words, snaps }: { words: number; snaps: Uint32Array }, r: number): Picks {
  const picks: Picks = [];
  for (let p = pieces.length - 1; p >= 0 && r > 0; p--) {
    if (hasBit(snaps, p * words, r)) continue;
    const w = pieces[p]!.ways.findIndex((way) => way.cut > 0 && way.cut <= r && hasBit(snaps, p * words, r - way.cut));
    picks.push({ piece: p, way: w });
    r -= pieces[p]!.ways[w]!.cut;
  }
  return picks;
}

/**
 * The subset-sum of {@link bestTrade} over total cuts up to `top`: the cut of at least `need`
 * that wins back at least `mustFree` for the least net cost (the least cut among equals);
 * undefined when there is none or the budget is gone.
 *
 * Pieces whose ways win nothing back only add cut: a bitset of the cuts they reach
 * ({@link cutSums}). The others are tabled by the most they win back per total cut, over the cuts
 * they reach (a list, so that a few pieces cost a few entries, not the whole range), dropping
 * cuts that everything still to come could no longer lift to the need. Each tabled cut then
 * takes the least cut of the first kind that brings it to the need.
 */
function tradeTable(pieces: readonly Piece[], need: number, mustFree: number, top: number, budget: SearchBudget): Picks | undefined {
  const rated: number[] = [];
  const plain: number[] = [];
  pieces.forEach((piece, p) => (piece.ways.every((w) => w.bonus === 0) ? plain : rated).push(p));
  const plainPieces = plain.map((p) => pieces[p]!);
  const most = (piece: Piece) => piece.ways.reduce((x, way) => Math.max(x, way.cut), 0);
  let plainReach = 0;
  for (const piece of plainPieces) plainReach += most(piece);
  const plainTop = Math.min(top, plainReach);
  const words = (plainTop >>> 5) + 1;
  let work = plainPieces.reduce((x, p) => x + p.ways.length, 0) * words;
  if (!budget.spend(work)) return undefined;
  const sums = cutSums(plainPieces, plainTop);
  const plainRow = plainPieces.length * words;

  // bonus[r]: most won back by the rated pieces with total cut exactly r; at[r]: the last step of
  // how (a trail of piece, way and previous step); reached: the cuts with a value, ascending.
  const bonus = new Float64Array(top + 1).fill(Number.NEGATIVE_INFINITY);
  const at = new Int32Array(top + 1).fill(-1);
  bonus[0] = 0;
  let reached = [0];
  let trail = new Int32Array(3 * 256);
  let steps = 0;
  let later = plainReach;
  for (const p of rated) later += most(pieces[p]!);
  for (const p of rated) {
    const piece = pieces[p]!;
    later -= most(piece);
    work = reached.length * piece.ways.length;
    if (!budget.spend(work)) return undefined;
    const added: number[] = [];
    // Descending r: a larger r a way reaches has already been read with its value before this
    // piece; a way with no cut reads r's own value from before this piece.
    for (let k = reached.length - 1; k >= 0; k--) {
      const r = reached[k]!;
      const before = bonus[r]!;
      const trailBefore = at[r]!;
      for (let w = 0; w < piece.ways.length; w++) {
        const way = piece.ways[w]!;
        const to = r + way.cut;
        if (to > top) continue;
        const value = before + way.bonus;
        if (value > bonus[to]! + 1e-9) {
          if (bonus[to] === Number.NEGATIVE_INFINITY) added.push(to);
          bonus[to] = value;
          if (3 * steps + 3 > trail.length) {
            const grown = new Int32Array(trail.length * 2);
            grown.set(trail);
            trail = grown;
          }
          trail[3 * steps] = p;
          trail[3 * steps + 1] = w;
          trail[3 * steps + 2] = trailBefore;
          at[to] = steps++;
        }
      }
    }
    // Cuts that what is still to come could no longer lift to the need are dropped.
    const next = reached.concat(added).filter((r) => r + later >= need);
    next.sort((a, b) => a - b);
    reached = next;
  }

  if (!budget.spend(reached.length)) return undefined;
  // The least cut of the plain pieces that brings each tabled cut r to the need, within the top.
  const plainCut = (r: number) => lowestAtLeast(sums.snaps, plainRow, Math.max(0, need - r), Math.min(plainTop, top - r));
  const best = cheapestTabled(reached, bonus, mustFree, plainCut);
  if (best === undefined) return undefined;
  const picks: Picks = readCuts(plainPieces, sums, best.z).map(({ piece, way }) => ({ piece: plain[piece]!, way }));
  for (let k = at[best.r]!; k >= 0; k = trail[3 * k + 2]!) picks.push({ piece: trail[3 * k]!, way: trail[3 * k + 1]! });
  return picks;
}

/**
 * Of the tabled cuts r winning back at least `mustFree`, with the least plain cut z that brings
 * each to the need (`plainCut`, −1 when none), the pair that costs least (r + z less what r wins
 * back), ties to the smaller total cut.
 */
function cheapestTabled(reached: readonly number[], bonus: Float64Array, mustFree: number, plainCut: (r: number) => number): { r: number; z: number } | undefined {
  let best: { r: number; z: number } | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const r of reached) {
    if (bonus[r]! < mustFree - 1e-9) continue;
    const z = plainCut(r);
    if (z < 0) continue;
    const cost = r + z - bonus[r]!;
    if (cost < bestCost - 1e-9 || (cost < bestCost + 1e-9 && best !== undefined && r + z < best.r + best.z)) {
      bestCost = cost;
      best = { r, z };
    }
  }
  return best;
}

/**
 * A quick candidate for a set of thresholds assumed reached, built from the item optimum: the
 * answer the joint search ({@link solveTracked}) must beat, and often the one it proves.
 *
 * When a whole-basket threshold measured after offers is in the set and the item optimum saves
 * more than its cap (subtotal − threshold), the basket must give up at least δ = saving − cap of
 * item saving. The item optimum is cut into independent pieces, its applications, each with a
 * few ways to give up saving: drop the application and give each of its units any of its
 * unlimited stateless options (full price or reduced price, an unlimited single-unit offer; for a
 * unit on a single-unit offer, a lesser one), one way per distinct amount given up. A bitset
 * subset-sum over those amounts (each piece at most once) finds the least amount of at least δ:
 * with the many small amounts a real basket offers it usually lands exactly on the cap, which is
 * then provably the best the set can do. Where thresholds measured on full-price units with a
 * percent reward are in the set, each way also frees eligible full-price spend, worth its reward
 * rate: the candidate then gives up least saving net of that worth (a subset-sum keeping the most
 * worth per amount), freeing at least what reaching those thresholds needs. Pieces are disjoint,
 * so every combination is a valid solution; the caller prices it exactly. Spends budget steps in
 * proportion to the subset-sum's work (nothing when the budget is gone).
 */
export function thresholdCandidate(model: PricingModel, optimum: ItemSolution, thresholds: readonly number[], budget: SearchBudget): ItemSolution | undefined {
  const { saving, need, mustFree, worth, worthCeiling } = candidateTargets(model, optimum, thresholds);
  if (need === 0 && worthCeiling === 0) return undefined;
  if (need > saving) return undefined;

  // The best stateless gain of each unit among unlimited options, and the base (full or reduced) gain.
  const base = (id: number) => {
    const u = model.units[id]!;
    return u.reducedPrice !== undefined ? u.price - u.reducedPrice : 0;
  };
  const singles = model.offers.flatMap((o, k) => (o.groupSize === 1 && !Number.isFinite(o.limit) ? [k] : []));
  const byClass = new Map<number, Array<{ gain: number; offer: number }>>();
  const statelessGains = (id: number): Array<{ gain: number; offer: number }> => {
    const u = model.units[id]!;
    let out = byClass.get(u.classId);
    if (out === undefined) {
      out = [{ gain: base(id), offer: -1 }];
      for (const k of singles) {
        const o = model.offers[k]!;
        if (!o.slotsByClass.has(u.classId)) continue;
        const gain = o.strategy.saving([[u.price]]);
        if (gain > 0) out.push({ gain, offer: k });
      }
      byClass.set(u.classId, out);
    }
    return out;
  };
  /** Full-price spend a unit frees when it moves to an option (a stateless offer or reduced price still counts as used). */
  const freed = (id: number, offer: number) => (offer === -1 && model.units[id]!.reducedPrice === undefined ? model.units[id]!.price * worth[id]! : 0);

  const pieces: Piece[] = optimum.applications.map((app, a) => {
    const units = joined(app.units);
    // Every mix of the units' stateless options (a handful per unit), one way per distinct cut.
    let mixes: Way[] = [{ cut: app.saving, bonus: 0, takes: [] }];
    for (const id of units) {
      const options = statelessGains(id);
      const grown: Way[] = [];
      for (const mix of mixes) for (const g of options) grown.push({ cut: mix.cut - g.gain, bonus: mix.bonus + freed(id, g.offer), takes: [...mix.takes, g.offer] });
      const byCut = new Map<number, Way>();
      for (const w of grown) {
        const seen = byCut.get(w.cut);
        if (seen === undefined || w.bonus > seen.bonus) byCut.set(w.cut, w);
      }
      mixes = [...byCut.values()];
    }
    return { app: a, units, ways: mixes.filter((w) => w.cut > 0 || (w.cut === 0 && w.bonus > 0)) as Way[] };
  });

  // Without a cap to get under, only ways that free rated spend can help.
  if (need === 0) for (const piece of pieces) piece.ways = piece.ways.filter((w) => w.bonus > 0);
  const useful = pieces.filter((p) => p.ways.length > 0);
  const picks = worthCeiling === 0 ? leastCutOver(useful, need, budget) : bestTrade(useful, need, mustFree, saving, worthCeiling, budget);
  if (picks === undefined || picks.length === 0) return undefined;

  return withWaysTaken(model, optimum, useful, picks);
}

/**
 * What a candidate must do: the item optimum's saving, the saving it must give up (`need`, to get
 * under a whole-basket cap), the reward worth of full-price spend it must free (`mustFree`, for
 * rated full-price-only thresholds), each unit's worth per minor unit freed, and the most freeing
 * can be worth.
 */
function candidateTargets(model: PricingModel, optimum: ItemSolution, thresholds: readonly number[]): { saving: number; need: number; mustFree: number; worth: Float64Array; worthCeiling: number } {
  let saving = 0;
  for (const a of optimum.applications) saving += a.saving;
  for (const id of optimum.reduced) saving += model.units[id]!.price - model.units[id]!.reducedPrice!;
  let cap = Number.POSITIVE_INFINITY;
  // Reward per minor unit of eligible full-price spend kept out of applications, per unit.
  const worth = new Float64Array(model.units.length);
  // Most that freeing full-price spend can be worth (bounds the search range).
  let worthCeiling = 0;
  for (const t of thresholds) {
    const th = model.thresholds[t]!;
    if (th.offer.basis === 'after-offers' && th.wholeBasket) cap = Math.min(cap, model.subtotal - th.offer.threshold);
    if (th.offer.basis === 'full-price-only' && th.offer.percent !== undefined) {
      for (const u of model.units) {
        if (!th.eligible.has(u.classId)) continue;
        worth[u.id] = worth[u.id]! + th.offer.percent / 100;
        worthCeiling += (u.price * th.offer.percent) / 100;
      }
    }
  }
  const need = Math.max(0, saving - cap);
  // Worth of full-price spend that must be freed so rated full-price-only thresholds are reached.
  let mustFree = 0;
  const inUse = new Uint8Array(model.units.length);
  for (const a of optimum.applications) for (const slot of a.units) for (const id of slot) inUse[id] = 1;
  for (const id of optimum.reduced) inUse[id] = 1;
  for (const t of thresholds) {
    const th = model.thresholds[t]!;
    if (th.offer.basis !== 'full-price-only' || th.offer.percent === undefined) continue;
    let measured = 0;
    for (const u of model.units) if (th.eligible.has(u.classId) && !inUse[u.id]) measured += u.price;
    mustFree = Math.max(mustFree, ((th.offer.threshold - measured) * th.offer.percent) / 100);
  }
  return { saving, need, mustFree, worth, worthCeiling };
}

/** The item optimum with the picked pieces' applications dropped and their units gone the picked ways. */
function withWaysTaken(model: PricingModel, optimum: ItemSolution, useful: readonly Piece[], picks: Picks): ItemSolution {
  // Applications dropped, by their index in the optimum, with the way their units went.
  const dropped = new Map<number, { way: Way; units: readonly number[] }>();
  for (const { piece, way } of picks) dropped.set(useful[piece]!.app, { way: useful[piece]!.ways[way]!, units: useful[piece]!.units });
  const applications = optimum.applications.filter((_, a) => !dropped.has(a));
  const reduced = new Set(optimum.reduced);
  for (const { way, units } of dropped.values()) {
    units.forEach((id, k) => {
      const offer = way.takes[k]!;
      const u = model.units[id]!;
      if (offer >= 0) applications.push({ offer, units: [[id]], saving: model.offers[offer]!.strategy.saving([[u.price]]) });
      else if (u.reducedPrice !== undefined) reduced.add(id);
    });
  }
  return { applications, reduced: [...reduced].sort((a, b) => a - b) };
}
