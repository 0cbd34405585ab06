import { describe, expect, it } from 'vitest';
import { upgradeEntry, type RefundEntryWithOneTender } from './entry-upgrade';

const older: RefundEntryWithOneTender = {
  kind: 'refund', id: 'r1', tillId: 't', receiptNumber: 2, at: '2026-06-15T11:00:00.000Z', currency: 'GBP', storeName: 'Shop', saleId: 's1', saleReceiptNumber: 1,
  lines: [{ line: 0, sku: 'A', name: 'A', quantity: 4, amount: 180 }], tender: { kind: 'card', amount: 180 }, total: 180,
};

describe('entries recorded by an older version', () => {
  it('read a refund’s one tender as a list of it, its lines as they were', () => {
    const { tender: _tender, ...rest } = older;
    expect(upgradeEntry(older)).toEqual({ ...rest, tenders: [{ kind: 'card', amount: 180 }] });
  });

  it('read a refund that gave back nothing as no tender', () => {
    expect(upgradeEntry({ ...older, tender: { kind: 'cash', amount: 0 }, total: 0 })).toMatchObject({ tenders: [] });
  });

  it('leave current entries as they are', () => {
    const { tender: _tender, ...rest } = older;
    const current = { ...rest, tenders: [{ kind: 'cash' as const, amount: 180 }] };
    expect(upgradeEntry(current)).toBe(current);
  });
});
