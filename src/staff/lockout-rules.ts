/** Wrong PINs in a row that lock an operator. */
export const MAX_WRONG_PINS = 5;
/** How long a lockout lasts, in milliseconds. */
export const LOCKOUT_MS = 60_000;

/** An operator's wrong PINs since their last right one. */
export interface PinAttempts {
  /** Wrong PINs in a row (back to 0 after a right one or a lockout's end). */
  readonly wrong: number;
  /** Epoch milliseconds until which the operator is locked, when locked. */
  readonly lockedUntil?: number;
}

/** No wrong PINs. */
export const NO_ATTEMPTS: PinAttempts = { wrong: 0 };

/** Milliseconds of lockout left at `now` (0 when not locked). */
export function lockoutLeft(attempts: PinAttempts, now: number): number {
  return attempts.lockedUntil === undefined ? 0 : Math.max(0, attempts.lockedUntil - now);
}

/**
 * The attempts after a wrong PIN at `now`: the fifth in a row locks for `LOCKOUT_MS`. A PIN typed
 * while locked is not checked and changes nothing (the lock is not extended).
 */
export function afterWrongPin(attempts: PinAttempts, now: number): PinAttempts {
  if (lockoutLeft(attempts, now) > 0) return attempts;
  // A lock starts the count at 0, so the count after one has run out starts afresh.
  const wrong = attempts.wrong + 1;
  return wrong >= MAX_WRONG_PINS ? { wrong: 0, lockedUntil: now + LOCKOUT_MS } : { wrong };
}

/** Says how long an operator stays locked, rounded up to whole seconds; undefined when not locked. */
export function lockoutMessage(name: string, attempts: PinAttempts, now: number): string | undefined {
  const left = lockoutLeft(attempts, now);
  if (left === 0) return undefined;
  const seconds = Math.ceil(left / 1000);
  return `Too many wrong PINs: ${name} is locked for ${seconds} more second${seconds === 1 ? '' : 's'}.`;
}

/** The message for a wrong PIN that did not (yet) lock: how many tries are left. */
export function wrongPinMessage(attempts: PinAttempts): string {
  const left = MAX_WRONG_PINS - attempts.wrong;
  return `Wrong PIN. ${left} ${left === 1 ? 'try' : 'tries'} left before a one-minute lock.`;
}
