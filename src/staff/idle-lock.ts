/** Minutes without a touch or key before the till locks, unless the manager sets another. */
export const DEFAULT_IDLE_MINUTES = 10;
/** The shortest and longest idle times a manager may set, in minutes. */
export const IDLE_MINUTES_RANGE = { min: 1, max: 120 } as const;

/** What is wrong with idle minutes as typed, or undefined when they are a whole number in range. */
export function idleMinutesProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]+$/.test(trimmed)) return 'Enter whole minutes.';
  const minutes = Number(trimmed);
  if (minutes < IDLE_MINUTES_RANGE.min || minutes > IDLE_MINUTES_RANGE.max) {
    return `Between ${IDLE_MINUTES_RANGE.min} and ${IDLE_MINUTES_RANGE.max} minutes.`;
  }
  return undefined;
}

/** The epoch millisecond at which a till last used at `lastActivity` locks. */
export function idleLockAt(lastActivity: number, minutes: number): number {
  return lastActivity + minutes * 60_000;
}

/** Whether a till last used at `lastActivity` is locked at `now`. */
export function idleExpired(lastActivity: number, now: number, minutes: number): boolean {
  return now >= idleLockAt(lastActivity, minutes);
}
