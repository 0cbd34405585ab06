/**
 * The names of an error and of the browser error it wraps (Dexie wraps IndexedDB's in `inner`):
 * `QuotaExceededError`, `SecurityError`, … Storage failures are told apart by these names.
 */
export function errorNames(error: unknown): string[] {
  return [error, (error as { inner?: unknown } | null)?.inner].map((e) => (e instanceof Error || e instanceof DOMException ? e.name : ''));
}
