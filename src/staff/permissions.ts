import { roleRank, type Role } from './staff-member';

/** Everything the till guards by role. */
export type Action =
  | 'sell'
  | 'refund'
  | 'void-sale'
  | 'void-line-after-tender'
  | 'price-override'
  | 'no-sale'
  | 'cash-refund-of-card'
  | 'z-report'
  | 'back-office'
  | 'choose-book';

/**
 * The least role each action needs. Supervisor actions may be approved on the spot by a supervisor
 * or manager entering their PIN; manager actions need a manager signed in.
 */
export const PERMISSIONS: Readonly<Record<Action, Role>> = {
  sell: 'cashier',
  refund: 'supervisor',
  'void-sale': 'supervisor',
  'void-line-after-tender': 'supervisor',
  'price-override': 'supervisor',
  'no-sale': 'supervisor',
  'cash-refund-of-card': 'supervisor',
  'z-report': 'supervisor',
  'back-office': 'manager',
  'choose-book': 'manager',
};

/** What each action is called in a refusal ("A cashier cannot approve this"). */
export const ACTION_LABELS: Readonly<Record<Action, string>> = {
  sell: 'Sell',
  refund: 'Refund',
  'void-sale': 'Void the whole sale',
  'void-line-after-tender': 'Void a line after a tender',
  'price-override': 'Override a price',
  'no-sale': 'Open the drawer with no sale',
  'cash-refund-of-card': 'Give cash for a card payment',
  'z-report': 'Close the day (Z report)',
  'back-office': 'Back office',
  'choose-book': 'Choose another price book',
};

/** Whether an operator of `role` may do `action` themselves. */
export function mayDo(role: Role, action: Action): boolean {
  return roleRank(role) >= roleRank(PERMISSIONS[action]);
}

/**
 * Whether `action` by an operator of `role` needs someone else's approval: only supervisor actions
 * can be approved on the spot; a manager action is refused outright (`mayDo` is false).
 */
export function needsApproval(role: Role, action: Action): boolean {
  return !mayDo(role, action) && PERMISSIONS[action] === 'supervisor';
}

/** Why an approver of `role` cannot approve `action`, or undefined when they can. */
export function approverProblem(role: Role, action: Action): string | undefined {
  if (mayDo(role, action)) return undefined;
  return `A ${role} cannot approve this.`;
}
