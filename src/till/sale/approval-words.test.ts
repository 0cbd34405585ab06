import { describe, expect, it } from 'vitest';
import { approvedBy, problemOf } from './approval-words';

describe('what the till says after an approved action', () => {
  it.each([
    ['names the supervisor who approved', { operator: { id: '3', name: 'Alex' }, approver: { id: '2', name: 'Sam' } }, ', approved by Sam'],
    ['says nothing when no approval was needed', { operator: { id: '2', name: 'Sam' } }, ''],
    ['says nothing on a till without staff', {}, ''],
  ])('%s', (_, staff, words) => {
    expect(approvedBy(staff)).toBe(words);
  });

  it('gives an error\'s own words, and plain words for anything else', () => {
    expect(problemOf(new Error('The drawer is jammed'))).toBe('The drawer is jammed');
    expect(problemOf('nope')).toBe('The device did not answer');
  });
});
