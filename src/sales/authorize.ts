import type { EntryStaff } from './journal-entry';

/** What the sales screens ask a supervisor for. */
export type GuardedAction = 'refund' | 'cash-refund-of-card' | 'z-report';

/**
 * Asks whether the operator may do `action` (`detail` says what, e.g. "Refund £1.20 of receipt
 * 000007"), asking a supervisor's PIN on the spot where their role is not enough. Resolves with
 * who to record (the operator, and the approver where one was asked), or null when it was not
 * approved. The app composes it from the staff feature; without one nothing is asked or recorded.
 */
export type Authorize = (action: GuardedAction, detail: string) => Promise<EntryStaff | null>;

/** Nothing asked, nobody recorded: screens rendered without staff (tests, a till before sign-in existed). */
export const authorizeAnything: Authorize = () => Promise.resolve({});
