import type { ApprovedBy } from '../checkout/till-events';

/** A device's or the journal's failure in words for the cashier (their own messages are already phrased). */
export const problemOf = (error: unknown): string => (error instanceof Error ? error.message : 'The device did not answer');

/** ", approved by Sam" after what was done, or nothing when the operator's own role allowed it. */
export const approvedBy = (staff: ApprovedBy): string => (staff.approver === undefined ? '' : `, approved by ${staff.approver.name}`);
