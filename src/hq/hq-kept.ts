import { validatePriceBook } from '../pricing';
import { isEnrolment, type Enrolment } from './enrolment';
import type { HqBook } from './hq-store';
import { EMPTY_CURSOR, type OutboxCursor } from './outbox';

// What the link keeps in the journal's settings, and how it reads each back. A kept cursor or book
// names the head office and store it belongs to: one of another link is not used.

/** What the sync needs of the journal's settings. */
export interface HqSettings {
  setting(name: string): Promise<unknown>;
  saveSetting(name: string, value: unknown): Promise<void>;
}

/** The settings' names. */
export const SETTING = { enrolment: 'hq.enrolment', book: 'hq.book', outbox: 'hq.outbox' } as const;

/** Whether a kept value belongs to this enrolment's head office and store. */
export const sameLink = (value: unknown, e: Enrolment): boolean =>
  typeof value === 'object' && value !== null && (value as { baseUrl?: unknown }).baseUrl === e.baseUrl && (value as { store?: unknown }).store === e.store;

/** The enrolment kept, or null when there is none (or it is not one). */
export async function keptEnrolment(settings: HqSettings): Promise<Enrolment | null> {
  const kept = await settings.setting(SETTING.enrolment);
  return isEnrolment(kept) ? kept : null;
}

/** The book kept for this enrolment, if it is still one the engine reads. */
export async function keptBook(settings: HqSettings, e: Enrolment): Promise<HqBook | null> {
  const kept = await settings.setting(SETTING.book);
  if (!sameLink(kept, e)) return null;
  const { book, etag, version, at } = kept as HqBook;
  const valid = validatePriceBook(book);
  return valid.ok && typeof etag === 'string' && typeof version === 'number' ? { book: valid.book, etag, version, at } : null;
}

/** Keeps the book head office sent, marked with the link it came from. */
export const keepBook = (settings: HqSettings, e: Enrolment, book: HqBook): Promise<void> =>
  settings.saveSetting(SETTING.book, { baseUrl: e.baseUrl, store: e.store, ...book });

/** How far the outbox got for this enrolment: from the start for a new link. */
export function cursorFrom(kept: unknown, e: Enrolment): OutboxCursor {
  return sameLink(kept, e) ? { ...EMPTY_CURSOR, ...(kept as { cursor: OutboxCursor }).cursor } : EMPTY_CURSOR;
}

/** Keeps how far the outbox got, marked with the link it belongs to. */
export const keepCursor = (settings: HqSettings, e: Enrolment, cursor: OutboxCursor): Promise<void> =>
  settings.saveSetting(SETTING.outbox, { baseUrl: e.baseUrl, store: e.store, cursor });
