import type { BasketItem } from '../../pricing';
import { MAX_OVERRIDE_NOTE, OVERRIDE_REASONS, type PriceOverride } from '../../ui/price-override';
import { sanitizeLineVoid, type LineVoid } from '../../ui/line-void';
import { sanitizeTakeovers, type Takeover } from '../../ui/takeover';
import { sanitizeAgeChecks, type AgeCheck } from '../guards/age-rules';

/**
 * One line of the basket: what was scanned or tapped, nothing derived. Prices, discounts and totals
 * come from the engine on every change.
 */
export interface BasketLine {
  /** Stable id for selecting, voiding and undoing; rises with every line added, never reused within a sale. */
  readonly id: number;
  readonly sku: string;
  /** Units of an `each` product; 1 for a weighed line. */
  readonly quantity: number;
  /** Net weight in grams, for a weighed product. */
  readonly grams?: number;
  /** Reduced-to-clear price of one unit in minor units, from a yellow label. */
  readonly reducedPrice?: number;
  /** Price of one unit in minor units from a price-embedded label, replacing the book price. */
  readonly price?: number;
  /** The unit price a supervisor set by hand, with why: it replaces the book, label and reduced prices. */
  readonly override?: PriceOverride;
}

/** What one scan or tap adds: a line without its id. */
export type ScannedItem = Omit<BasketLine, 'id'>;

/**
 * One action the cashier can undo, written as what undoing it needs: the line a scan added, a
 * line's quantity before a change, the lines one void took (a receipt row's scans) and where each
 * stood, the lines one override set (a receipt row's scans) and the override each had before.
 */
export type UndoStep =
  | { readonly kind: 'added'; readonly lineId: number }
  | { readonly kind: 'quantity'; readonly lineId: number; readonly quantity: number }
  | { readonly kind: 'voided'; readonly lines: readonly { readonly line: BasketLine; readonly index: number }[] }
  | { readonly kind: 'override'; readonly lines: readonly { readonly lineId: number; readonly previous: PriceOverride | undefined }[] };

/** A line voided once money was in, as the basket keeps it: the void and the line's id (so Undo can take it back). */
export type BasketLineVoid = LineVoid & { readonly lineId: number };

/**
 * The basket: lines in scan order, the id the next line gets, the sale's age checks, its lines
 * voided after a tender, its takeovers and the undo history. The optional fields read as empty when absent (a
 * basket stored before they existed).
 */
export interface Basket {
  readonly lines: readonly BasketLine[];
  readonly nextLineId: number;
  /** The cashier's answers to the age questions of this sale, oldest first; the sale records them. */
  readonly ageChecks?: readonly AgeCheck[];
  /** Lines voided once money was in, oldest first; the sale records them (with who approved). */
  readonly lineVoids?: readonly BasketLineVoid[];
  /** Times the sale changed hands at the lock screen, oldest first; the sale (or its void) records them. */
  readonly takeovers?: readonly Takeover[];
  /** Actions that can be undone, oldest first, at most {@link MAX_UNDO}. Not worth keeping across a reload. */
  readonly undo?: readonly UndoStep[];
}

/** Most units one line may hold: a typo of 5000 instead of 5 should not sail through. */
export const MAX_QUANTITY = 999;

/** Most actions Undo can go back: enough for any sale a cashier would unpick by hand, and a bounded memory. */
export const MAX_UNDO = 50;

export const emptyBasket: Basket = { lines: [], nextLineId: 1, ageChecks: [], undo: [] };

const remember = (basket: Basket, step: UndoStep): readonly UndoStep[] => [...(basket.undo ?? []), step].slice(-MAX_UNDO);

/** Adds a scanned item as a new line at the end. Every scan is its own line, so undo removes exactly one scan. */
export function addLine(basket: Basket, item: ScannedItem): Basket {
  const line: BasketLine = { ...item, id: basket.nextLineId };
  return { ...basket, lines: [...basket.lines, line], nextLineId: basket.nextLineId + 1, undo: remember(basket, { kind: 'added', lineId: line.id }) };
}

/**
 * Changes a line's units by `delta`, keeping it between 1 and {@link MAX_QUANTITY}: a line at one
 * unit is voided explicitly, never by counting down. Weighed lines hold one weighed unit and do not change.
 */
export function changeQuantity(basket: Basket, lineId: number, delta: number): Basket {
  const line = basket.lines.find((l) => l.id === lineId);
  if (line === undefined || line.grams !== undefined) return basket;
  const quantity = Math.min(MAX_QUANTITY, Math.max(1, line.quantity + delta));
  if (quantity === line.quantity) return basket;
  const lines = basket.lines.map((l) => (l === line ? { ...l, quantity } : l));
  return { ...basket, lines, undo: remember(basket, { kind: 'quantity', lineId, quantity: line.quantity }) };
}

/**
 * Removes lines in one action (one line, or the scans a receipt row shows as one), so one Undo puts
 * them all back where they stood. `record` (a void once money was in) is the one void the sale keeps
 * for them all, tied to the last of them, while the void stands: undoing the void takes it back
 * too. Ids not in the basket are ignored; none there, nothing changes.
 */
export function voidLines(basket: Basket, lineIds: readonly number[], record?: LineVoid): Basket {
  const taken = basket.lines.flatMap((line, index) => (lineIds.includes(line.id) ? [{ line, index }] : []));
  const last = taken.at(-1);
  if (last === undefined) return basket;
  const voided = { ...basket, lines: basket.lines.filter((line) => !lineIds.includes(line.id)), undo: remember(basket, { kind: 'voided', lines: taken }) };
  return record === undefined ? voided : { ...voided, lineVoids: [...(basket.lineVoids ?? []), { ...record, lineId: last.line.id }] };
}

/**
 * Sets the unit price of lines by hand in one action (one line, or the scans a receipt row shows as
 * one; see `sale/override-rules.ts` for who may and when), so one Undo gives each back the price it
 * had. Ids not in the basket are ignored; none there, nothing changes.
 */
export function overridePrices(basket: Basket, lineIds: readonly number[], override: PriceOverride): Basket {
  const set = basket.lines.filter((line) => lineIds.includes(line.id));
  if (set.length === 0) return basket;
  const lines = basket.lines.map((line) => (lineIds.includes(line.id) ? { ...line, override } : line));
  return { ...basket, lines, undo: remember(basket, { kind: 'override', lines: set.map((line) => ({ lineId: line.id, previous: line.override })) }) };
}

const withOverride = (line: BasketLine, override: PriceOverride | undefined): BasketLine => {
  const { override: _gone, ...rest } = line;
  return override === undefined ? rest : { ...rest, override };
};

/**
 * Removes lines the price book cannot price (a basket kept from another book). Not a cashier's
 * action: it is not undoable, and the undo history goes, since it may name the removed lines.
 */
export function removeLines(basket: Basket, lineIds: readonly number[]): Basket {
  const lines = basket.lines.filter((line) => !lineIds.includes(line.id));
  return lines.length === basket.lines.length ? basket : { ...basket, lines, undo: [] };
}

/**
 * Reverses the last action still in the history: removes the line a scan added, puts a quantity
 * back, puts voided lines back where they stood, or gives overridden lines their price before.
 * Steps that no longer apply are skipped.
 */
export function undoLastAction(basket: Basket): Basket {
  const undo = [...(basket.undo ?? [])];
  for (let step = undo.pop(); step !== undefined; step = undo.pop()) {
    const lines = reverse(basket.lines, step);
    if (lines === undefined) continue;
    if (step.kind !== 'voided' || basket.lineVoids === undefined) return { ...basket, lines, undo };
    const back = new Set(step.lines.map(({ line }) => line.id));
    return { ...basket, lines, undo, lineVoids: basket.lineVoids.filter((v) => !back.has(v.lineId)) };
  }
  return (basket.undo ?? []).length === 0 ? basket : { ...basket, undo };
}

function reverse(lines: readonly BasketLine[], step: UndoStep): readonly BasketLine[] | undefined {
  switch (step.kind) {
    case 'added':
      return lines.some((line) => line.id === step.lineId) ? lines.filter((line) => line.id !== step.lineId) : undefined;
    case 'quantity':
      return lines.some((line) => line.id === step.lineId) ? lines.map((line) => (line.id === step.lineId ? { ...line, quantity: step.quantity } : line)) : undefined;
    case 'voided':
      // Put back in the order they stood: each index counts the ones put back before it.
      return step.lines.some(({ line: back }) => lines.some((line) => line.id === back.id))
        ? undefined
        : step.lines.reduce<readonly BasketLine[]>((at, { line, index }) => at.toSpliced(Math.min(index, at.length), 0, line), lines);
    case 'override': {
      const before = new Map(step.lines.map(({ lineId, previous }) => [lineId, previous]));
      return lines.some((line) => before.has(line.id)) ? lines.map((line) => (before.has(line.id) ? withOverride(line, before.get(line.id)) : line)) : undefined;
    }
  }
}

/** What Undo would reverse next, if anything. */
export const lastUndoStep = (basket: Basket): UndoStep | undefined => basket.undo?.at(-1);

/** Records the cashier's answer to an age question. It stays with the sale whatever is undone. */
export function recordAgeCheck(basket: Basket, check: AgeCheck): Basket {
  return { ...basket, ageChecks: [...(basket.ageChecks ?? []), check] };
}

/**
 * Records that the sale changed hands (a supervisor unlocked the till mid-sale). Like an age check,
 * it stays with the sale whatever is undone, and is parked and recalled with it.
 */
export function recordTakeover(basket: Basket, takeover: Takeover): Basket {
  return { ...basket, takeovers: [...(basket.takeovers ?? []), takeover] };
}

/** The next sale's basket: no lines, no age checks, no voids, no takeovers, nothing to undo. Line ids keep rising. */
export function clearBasket(basket: Basket): Basket {
  return { lines: [], nextLineId: basket.nextLineId, ageChecks: [], undo: [] };
}

/**
 * The lines as the engine's basket items, in scan order. An overridden line is priced through the
 * engine's public `price` (a unit's price replacing the book's, as a price label's does), and its
 * reduced label no longer applies: the override is the price.
 */
export function toBasketItems(lines: readonly BasketLine[]): BasketItem[] {
  return lines.map(({ sku, quantity, grams, reducedPrice, price, override }) => ({
    sku,
    quantity,
    ...(grams !== undefined ? { grams } : {}),
    ...(reducedPrice !== undefined && override === undefined ? { reducedPrice } : {}),
    ...(override !== undefined ? { price: override.price } : price !== undefined ? { price } : {}),
  }));
}

/** Units in the basket, as the customer would count them: a weighed line is one item. */
export function countItems(lines: readonly BasketLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/**
 * Reads a basket back from storage, keeping only well-formed lines. Storage is outside the
 * program's control (an old version, a hand edit), so nothing is trusted.
 */
export function sanitizeBasket(stored: unknown): Basket {
  if (typeof stored !== 'object' || stored === null) return emptyBasket;
  const { lines, nextLineId, ageChecks, lineVoids, takeovers } = stored as { lines?: unknown; nextLineId?: unknown; ageChecks?: unknown; lineVoids?: unknown; takeovers?: unknown };
  if (!Array.isArray(lines)) return emptyBasket;
  const kept: BasketLine[] = [];
  const seen = new Set<number>();
  for (const raw of lines as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const l = raw as Record<string, unknown>;
    if (!isWhole(l.id, 1) || seen.has(l.id) || typeof l.sku !== 'string' || l.sku === '' || !isWhole(l.quantity, 1)) continue;
    if (l.grams !== undefined && !isWhole(l.grams, 1)) continue;
    if (l.reducedPrice !== undefined && !isWhole(l.reducedPrice, 0)) continue;
    if (l.price !== undefined && !isWhole(l.price, 0)) continue;
    seen.add(l.id);
    kept.push({
      id: l.id,
      sku: l.sku,
      quantity: Math.min(l.quantity, MAX_QUANTITY),
      ...(l.grams !== undefined ? { grams: l.grams } : {}),
      ...(l.reducedPrice !== undefined ? { reducedPrice: l.reducedPrice } : {}),
      ...(l.price !== undefined ? { price: l.price } : {}),
      ...(sanitizeOverride(l.override) ?? {}),
    });
  }
  const highest = kept.reduce((max, line) => Math.max(max, line.id), 0);
  const voids = sanitizeBasketLineVoids(lineVoids);
  const handed = sanitizeTakeovers(takeovers);
  return {
    lines: kept,
    nextLineId: Math.max(highest + 1, isWhole(nextLineId, 1) ? nextLineId : 1),
    ageChecks: sanitizeAgeChecks(ageChecks),
    ...(voids.length === 0 ? {} : { lineVoids: voids }),
    ...(handed.length === 0 ? {} : { takeovers: handed }),
    undo: [],
  };
}

/** Stored line voids, keeping only well-formed ones with a line id. */
function sanitizeBasketLineVoids(stored: unknown): BasketLineVoid[] {
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).flatMap((raw) => {
    const record = sanitizeLineVoid(raw);
    if (record === undefined) return [];
    const lineId = (raw as { lineId?: unknown }).lineId;
    return isWhole(lineId, 1) ? [{ ...record, lineId }] : [];
  });
}

/** A stored line's override, when it is well formed (as `{ override }`), else undefined (the line keeps its own price). */
function sanitizeOverride(stored: unknown): { override: PriceOverride } | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const o = stored as Record<string, unknown>;
  const reason = OVERRIDE_REASONS.find((r) => r.value === o.reason)?.value;
  if (!isWhole(o.price, 0) || !isWhole(o.was, 0) || reason === undefined) return undefined;
  const note = typeof o.note === 'string' && o.note !== '' ? o.note.slice(0, MAX_OVERRIDE_NOTE) : undefined;
  const a = o.approver as { id?: unknown; name?: unknown } | null | undefined;
  const approver = typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.name === 'string' ? { id: a.id, name: a.name } : undefined;
  return { override: { price: o.price, was: o.was, reason, ...(note === undefined ? {} : { note }), ...(approver === undefined ? {} : { approver }) } };
}
