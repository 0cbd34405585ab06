import { describe, expect, it } from 'vitest';
import { assignReceiptNumber, noReceiptNumbers, sanitizeReceiptNumbers, type ReceiptNumbers } from './receipt-numbers';

const assignAll = (saleIds: readonly string[]) =>
  saleIds.reduce<{ state: ReceiptNumbers; numbers: number[] }>(
    ({ state, numbers }, saleId) => {
      const next = assignReceiptNumber(state, saleId);
      return { state: next.state, numbers: [...numbers, next.receiptNumber] };
    },
    { state: noReceiptNumbers, numbers: [] },
  );

describe('receipt numbers', () => {
  it('rise by one per sale, without gaps', () => {
    expect(assignAll(['a', 'b', 'c']).numbers).toEqual([1, 2, 3]);
  });

  it('give a sale already numbered its number again (a double tap uses one number)', () => {
    expect(assignAll(['a', 'a', 'b', 'b', 'b', 'c']).numbers).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('carry on from a stored count', () => {
    const stored = JSON.parse(JSON.stringify(assignAll(['a', 'b']).state)) as unknown;
    expect(assignReceiptNumber(sanitizeReceiptNumbers(stored), 'c').receiptNumber).toBe(3);
  });

  it('remember only the recent sales', () => {
    const { state } = assignAll(Array.from({ length: 30 }, (_, i) => `s${i}`));
    expect(state.last).toBe(30);
    expect(state.recent).toHaveLength(20);
  });

  it.each([undefined, 'x', { last: -1 }, { last: 2.5 }])('read unreadable storage (%j) as a fresh count', (stored) => {
    expect(sanitizeReceiptNumbers(stored)).toEqual(noReceiptNumbers);
  });
});
