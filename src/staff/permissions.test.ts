import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approverProblem, mayDo, needsApproval, PERMISSIONS, type Action } from './permissions';
import { ROLES, roleRank } from './staff-member';

const ACTIONS = Object.keys(PERMISSIONS) as Action[];

describe('permissions', () => {
  it.each([
    ['cashier', 'sell', true, false],
    ['cashier', 'refund', false, true],
    ['cashier', 'void-sale', false, true],
    ['cashier', 'void-line-after-tender', false, true],
    ['cashier', 'price-override', false, true],
    ['cashier', 'no-sale', false, true],
    ['cashier', 'cash-refund-of-card', false, true],
    ['cashier', 'z-report', false, true],
    ['cashier', 'back-office', false, false],
    ['cashier', 'choose-book', false, false],
    ['supervisor', 'refund', true, false],
    ['supervisor', 'z-report', true, false],
    ['supervisor', 'back-office', false, false],
    ['supervisor', 'choose-book', false, false],
    ['manager', 'back-office', true, false],
    ['manager', 'choose-book', true, false],
    ['manager', 'refund', true, false],
  ] as const)('a %s: %s is allowed %j, needs an approval %j', (role, action, allowed, approval) => {
    expect(mayDo(role, action)).toBe(allowed);
    expect(needsApproval(role, action)).toBe(approval);
  });

  it.each([
    ['cashier', 'refund', 'A cashier cannot approve this.'],
    ['supervisor', 'refund', undefined],
    ['manager', 'price-override', undefined],
    ['supervisor', 'back-office', 'A supervisor cannot approve this.'],
  ] as const)('a %s approving %s: %j', (role, action, problem) => {
    expect(approverProblem(role, action)).toBe(problem);
  });
});

describe('properties', () => {
  it('a higher role may do everything a lower one may', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...ROLES), fc.constantFrom(...ACTIONS), (a, b, action) => {
        if (roleRank(a) <= roleRank(b) && mayDo(a, action)) expect(mayDo(b, action)).toBe(true);
      }),
    );
  });

  it('an action is allowed, needs an approval, or is refused: exactly one, and a manager may do all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...ACTIONS), (role, action) => {
        const refused = !mayDo(role, action) && !needsApproval(role, action);
        expect([mayDo(role, action), needsApproval(role, action), refused].filter(Boolean)).toHaveLength(1);
        expect(mayDo('manager', action)).toBe(true);
      }),
    );
  });
});
