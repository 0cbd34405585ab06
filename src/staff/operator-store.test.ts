import { beforeEach, describe, expect, it } from 'vitest';
import { currentOperator, operatorActions, resetOperator, tillLocked } from './operator-store';

const alex = { id: '3', name: 'Alex', role: 'cashier' } as const;
const sam = { id: '2', name: 'Sam', role: 'supervisor' } as const;

describe('the operator session', () => {
  beforeEach(resetOperator);

  it('locks only with someone signed in', () => {
    operatorActions.locked();
    expect(tillLocked()).toBe(false);
    operatorActions.signedIn(alex);
    operatorActions.locked();
    expect([currentOperator(), tillLocked()]).toEqual([alex, true]);
  });

  it('another operator signing in takes over and unlocks; signing out leaves nobody', () => {
    operatorActions.signedIn(alex);
    operatorActions.locked();
    operatorActions.signedIn(sam);
    expect([currentOperator(), tillLocked()]).toEqual([sam, false]);
    operatorActions.signedOut();
    expect([currentOperator(), tillLocked()]).toEqual([null, false]);
  });
});
