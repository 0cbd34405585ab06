import type { Takeover } from '../ui/takeover';
import type { Role, StaffMember } from './staff-member';

/** The longest name accepted, in characters. */
export const NAME_MAX_LENGTH = 40;

/** What is wrong with a name as typed, or undefined when it will do. */
export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name.';
  if (trimmed.length > NAME_MAX_LENGTH) return `At most ${NAME_MAX_LENGTH} characters.`;
  return undefined;
}

/**
 * The id for the next member: one more than the highest id so far, from 1. Ids are never reused
 * (a disabled member keeps theirs), so an id in the journal names one person for good.
 */
export function nextStaffId(members: readonly Pick<StaffMember, 'id'>[]): string {
  const highest = members.reduce((max, member) => Math.max(max, Number.parseInt(member.id, 10) || 0), 0);
  return String(highest + 1);
}

/** Members who can sign in, in id order. */
export function activeMembers<T extends Pick<StaffMember, 'id' | 'disabled'>>(members: readonly T[]): T[] {
  return members.filter((member) => !member.disabled).sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Why `id` may not be disabled, or undefined when it may: the store must always keep one manager
 * who can sign in, or nobody could ever add staff again.
 */
export function disableProblem(members: readonly Pick<StaffMember, 'id' | 'role' | 'disabled'>[], id: string): string | undefined {
  const member = members.find((m) => m.id === id);
  if (member === undefined) return `No operator ${id}.`;
  if (member.role !== 'manager' || member.disabled) return undefined;
  const managers = members.filter((m) => m.role === 'manager' && !m.disabled);
  return managers.length <= 1 ? 'This is the last manager who can sign in: add another manager first.' : undefined;
}

/** A new member's details as a manager types them. */
export interface NewMember {
  readonly name: string;
  readonly role: Role;
  readonly pin: string;
}

/** Who locked the till, and whether a sale was under way then. */
export interface LockedTill {
  readonly operatorId: string;
  readonly saleInProgress: boolean;
}

/**
 * Who the lock screen offers, in id order, never a disabled or deleted member. Between sales:
 * everyone who can sign in. Mid-sale: the operator who locked it, if they still can sign in, and
 * the supervisors and managers, who may take the sale over (a cashier gone home, or disabled,
 * must not leave a customer's sale stuck on a till nobody can open); other cashiers may not.
 */
export function unlockMembers<T extends Pick<StaffMember, 'id' | 'disabled' | 'role'>>(members: readonly T[], locked: LockedTill): T[] {
  const active = activeMembers(members);
  if (!locked.saleInProgress) return active;
  return active.filter((member) => member.id === locked.operatorId || member.role !== 'cashier');
}

/**
 * The takeover an unlock makes, or undefined when it makes none. Only when the till was locked
 * mid-sale and someone other than the operator who locked it unlocks it (a supervisor or manager,
 * `unlockMembers`): the sale changes hands, and the sale's record says from whom, to whom and
 * when. The operator's own PIN just unlocks it; between sales another operator simply signs in,
 * and no sale changes hands.
 */
export function takeoverOf(lockedBy: Pick<StaffMember, 'id' | 'name'>, unlockedBy: Pick<StaffMember, 'id' | 'name'>, saleInProgress: boolean, at: string): Takeover | undefined {
  if (!saleInProgress || unlockedBy.id === lockedBy.id) return undefined;
  return { from: { id: lockedBy.id, name: lockedBy.name }, to: { id: unlockedBy.id, name: unlockedBy.name }, at };
}
