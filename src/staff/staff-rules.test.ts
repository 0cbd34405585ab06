import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from './staff-member';
import { activeMembers, disableProblem, nameProblem, nextStaffId, takeoverOf, unlockMembers } from './staff-rules';

describe('staff rules', () => {
  it.each([
    ['Alex', undefined],
    ['  ', 'Enter a name.'],
    ['x'.repeat(41), 'At most 40 characters.'],
  ])('name %j gives %j', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it.each([
    [[], '1'],
    [[{ id: '1' }, { id: '2' }], '3'],
    [[{ id: '7' }, { id: '2' }], '8'],
  ])('after %j the next id is %s', (members, id) => {
    expect(nextStaffId(members)).toBe(id);
  });

  const manager = { id: '1', role: 'manager', disabled: false } as const;
  it.each([
    [[manager], '1', 'This is the last manager who can sign in: add another manager first.'],
    [[manager, { id: '2', role: 'manager', disabled: false }], '1', undefined],
    [[manager, { id: '2', role: 'manager', disabled: true }], '1', 'This is the last manager who can sign in: add another manager first.'],
    [[manager, { id: '2', role: 'cashier', disabled: false }], '2', undefined],
    [[manager], '9', 'No operator 9.'],
  ] as const)('disabling in %j operator %s: %j', (members, id, problem) => {
    expect(disableProblem(members, id)).toBe(problem);
  });
});

describe('properties', () => {
  const member = fc.record({ id: fc.integer({ min: 1, max: 500 }).map(String), role: fc.constantFrom(...ROLES), disabled: fc.boolean() });

  it('a new id is never one in use', () => {
    fc.assert(
      fc.property(fc.array(member), (members) => {
        expect(members.map((m) => m.id)).not.toContain(nextStaffId(members));
      }),
    );
  });

  it('whatever is disabled one by one, a manager who can sign in remains when there was one', () => {
    fc.assert(
      // A store's staff ids are unique (staff-db keys them by id): duplicates would be another store.
      fc.property(fc.uniqueArray(member, { maxLength: 8, selector: (m) => m.id }), fc.array(fc.nat({ max: 7 })), (start, picks) => {
        const hadManager = start.some((m) => m.role === 'manager' && !m.disabled);
        let members = start;
        for (const pick of picks) {
          const target = members[pick % Math.max(1, members.length)];
          if (target === undefined || disableProblem(members, target.id) !== undefined) continue;
          members = members.map((m) => (m.id === target.id ? { ...m, disabled: true } : m));
        }
        if (hadManager) expect(activeMembers(members).some((m) => m.role === 'manager')).toBe(true);
      }),
    );
  });
});

describe('who the lock screen offers', () => {
  const staff = [
    { id: '1', role: 'manager', disabled: false },
    { id: '2', role: 'supervisor', disabled: false },
    { id: '3', role: 'cashier', disabled: false },
    { id: '4', role: 'cashier', disabled: false },
    { id: '5', role: 'cashier', disabled: true },
    { id: '6', role: 'supervisor', disabled: true },
  ] as const;
  it.each<[string, string, boolean, string[]]>([
    ['between sales: everyone who can sign in', '3', false, ['1', '2', '3', '4']],
    ['mid-sale: the cashier who locked it, and the supervisors and managers who may take the sale over', '3', true, ['1', '2', '3']],
    ['mid-sale, locked by a cashier since disabled: only a supervisor or manager', '5', true, ['1', '2']],
    ['mid-sale, locked by an operator since deleted: only a supervisor or manager', '9', true, ['1', '2']],
    ['mid-sale, locked by a supervisor: the supervisors and managers', '2', true, ['1', '2']],
  ])('%s', (_, operatorId, saleInProgress, offered) => {
    expect(unlockMembers(staff, { operatorId, saleInProgress }).map((m) => m.id)).toEqual(offered);
  });
});

describe('what an unlock records', () => {
  const alex = { id: '3', name: 'Alex' };
  const sam = { id: '2', name: 'Sam' };
  const at = '2026-12-07T14:02:00.000Z';
  it.each<[string, { id: string; name: string }, boolean, ReturnType<typeof takeoverOf>]>([
    ['mid-sale, a supervisor unlocking takes the sale over from the cashier who locked it', sam, true, { from: alex, to: sam, at }],
    ['mid-sale, the cashier\'s own PIN only unlocks: the sale stays theirs', alex, true, undefined],
    ['between sales, another operator signing in takes over no sale', sam, false, undefined],
  ])('%s', (_, unlockedBy, saleInProgress, takeover) => {
    expect(takeoverOf(alex, unlockedBy, saleInProgress, at)).toEqual(takeover);
  });

  it('names them by id and name only, as the journal keeps staff', () => {
    const morgan = { id: '1', name: 'Morgan', role: 'manager', disabled: false, pinHash: 'h', salt: 's', iterations: 210000 } as const;
    expect(takeoverOf({ ...alex }, morgan, true, at)).toEqual({ from: alex, to: { id: '1', name: 'Morgan' }, at });
  });
});
