import type { StaffName } from './line-void';

/**
 * A sale that changed hands mid-sale: the till was locked with the sale under way and a supervisor
 * or manager unlocked it with their own PIN (`staff/staff-rules.ts`, `takeoverOf`). The till keeps
 * it with the sale, the sale's (or its void's) journal entry records it, History prints it.
 */
export interface Takeover {
  /** Who was signed in when the till was locked. */
  readonly from: StaffName;
  /** Who unlocked it and carried on with the sale. */
  readonly to: StaffName;
  /** When it was taken over (ISO 8601 instant). */
  readonly at: string;
}

const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });

/** The takeover as receipts print it: "Taken over from Alex by Sam at 14:02" (local time). */
export function takeoverText(takeover: Takeover): string {
  return `Taken over from ${takeover.from.name} by ${takeover.to.name} at ${time.format(new Date(takeover.at))}`;
}

/** A stored staff reference read back: an id and a name, both non-empty, else undefined. */
export const readStaffName = (stored: unknown): StaffName | undefined => {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { id, name } = stored as { id?: unknown; name?: unknown };
  return typeof id === 'string' && id !== '' && typeof name === 'string' && name !== '' ? { id, name } : undefined;
};

/** Reads stored takeovers back, keeping only well-formed ones (storage is outside the program's control). */
export function sanitizeTakeovers(stored: unknown): Takeover[] {
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const { from, to, at } = raw as { from?: unknown; to?: unknown; at?: unknown };
    const a = readStaffName(from);
    const b = readStaffName(to);
    return a === undefined || b === undefined || typeof at !== 'string' || Number.isNaN(Date.parse(at)) ? [] : [{ from: a, to: b, at }];
  });
}
