import { describe, expect, it } from 'vitest';
import type { PriceBook, Receipt } from '../../pricing';
import type { BasketLine } from '../basket/basket-rules';
import { changeRefusal, fewerOnRow, movedSelection, noSaleRefusal, payRefusal, saleRecordFrom, voidLineAction, voidLineRefusal } from './sale-rules';

const lines = [
  { id: 1, sku: 'A', quantity: 1 },
  { id: 2, sku: 'B', quantity: 2 },
  { id: 5, sku: 'C', quantity: 1 },
];

describe('what the till refuses', () => {
  it.each([
    ['a till open in another tab', { readOnly: 'Read only', recording: false }, 'Read only'],
    ['a sale being recorded', { recording: true }, 'Wait: the sale is being recorded'],
    ['nothing in the way', { recording: false }, undefined],
  ])('a change, with %s', (_, gate, expected) => {
    expect(changeRefusal(gate)).toBe(expected);
  });

  it.each([
    ['read only first', { readOnly: 'Read only', recording: false, paymentBlocked: 'Disk full.' }, true, 'Read only'],
    ['a blocked journal, in plain words', { recording: false, paymentBlocked: 'Disk full.' }, true, 'Payment is blocked: the till cannot record sales right now. Disk full.'],
    ['an empty basket', { recording: false }, false, 'The basket is empty: scan an item first'],
    ['a price still being checked', { recording: false, priceCheck: 'Checking the best price' }, true, 'Checking the best price'],
    ['a blocked journal before a price check', { recording: false, paymentBlocked: 'Disk full.', priceCheck: 'Checking the best price' }, true, 'Payment is blocked: the till cannot record sales right now. Disk full.'],
    ['nothing in the way', { recording: false }, true, undefined],
  ])('payment: %s', (_, gate, hasLines, expected) => {
    expect(payRefusal(gate, hasLines)).toBe(expected);
  });

  it.each([
    ['a chosen line', lines[1], 3, undefined],
    ['no chosen line', undefined, 3, 'Select the line to void first (tap it, or ↑/↓), then Delete'],
    ['an empty basket', undefined, 0, 'Nothing to void'],
  ])('Delete with %s', (_, chosen, count, expected) => {
    expect(voidLineRefusal(chosen, count)).toBe(expected);
  });
});

describe('what needs a supervisor', () => {
  it.each([
    ['before any tender, nothing', false, undefined],
    ['after a tender, a supervisor', true, 'void-line-after-tender'],
  ])('voiding a line %s', (_, tendered, expected) => {
    expect(voidLineAction(tendered)).toBe(expected);
  });

  it.each([
    ['between sales', { recording: false }, false, undefined],
    ['in a read-only tab', { readOnly: 'Read only', recording: false }, false, 'Read only'],
    ['mid-sale', { recording: false }, true, 'Finish or void the sale first: No sale opens the drawer between sales'],
  ])('No sale %s', (_, gate, underWay, expected) => {
    expect(noSaleRefusal(gate, underWay)).toBe(expected);
  });
});

describe('moving the selection', () => {
  // Rows as the receipt shows them: line 1 alone, lines 2, 3 and 4 (repeated scans) as one, line 5.
  const rows = [[1], [2, 3, 4], [5]];
  it.each<[string, number | undefined, number, number | undefined]>([
    ['up from the newest goes to the row before, to its newest scan', 5, -1, 4],
    ['down from the first goes to the next row, to its newest scan', 1, 1, 4],
    ['up from any scan of a joined row steps over the row', 3, -1, 1],
    ['down from any scan of a joined row steps over the row', 2, 1, 5],
    ['up from the first stays', 1, -1, 1],
    ['down from the newest stays', 5, 1, 5],
    ['with nothing selected', undefined, 1, undefined],
  ])('%s', (_, selected, step, expected) => {
    expect(movedSelection(rows, selected, step)).toBe(expected);
  });
});

describe('− on a receipt row', () => {
  const scan = (id: number, quantity = 1, grams?: number): BasketLine => ({ id, sku: 'S', quantity, ...(grams === undefined ? {} : { grams }) });
  it.each<[string, BasketLine[], ReturnType<typeof fewerOnRow>]>([
    ['takes a unit off the newest scan when it has several', [scan(1), scan(2, 3)], { kind: 'quantity', lineId: 2 }],
    ['takes the newest scan off a row of several scans', [scan(1), scan(2)], { kind: 'void', lineId: 2 }],
    ['leaves a lone line at one unit (it is voided on purpose)', [scan(1)], undefined],
    ['takes a unit off a lone line of several', [scan(1, 2)], { kind: 'quantity', lineId: 1 }],
    ['leaves a weighed pack', [scan(1, 1, 500)], undefined],
    ['does nothing to no row', [], undefined],
  ])('%s', (_, row, expected) => {
    expect(fewerOnRow(row)).toEqual(expected);
  });
});

describe('the sale record', () => {
  const receipt = { total: 80 } as Receipt;
  it('names the book by id and version, and keeps the age checks only when there are some', () => {
    const book = { id: 'kata', version: 3, name: 'Kata', currency: 'GBP', products: [], offers: [] } as unknown as PriceBook;
    const parts = { saleId: 's', at: 'now', book, bookUrl: '/books/kata.json', items: [], lines: [], ageChecks: [], lineVoids: [], takeovers: [], receipt, tenders: [], change: 0 };
    expect(saleRecordFrom(parts)).toEqual({ id: 's', at: 'now', storeName: 'Kata', book: { id: 'kata', version: 3 }, items: [], receipt, tenders: [], change: 0 });
    const check = { sku: 'W', minimumAge: 18, outcome: 'confirmed' as const, at: 'then' };
    expect(saleRecordFrom({ ...parts, ageChecks: [check] }).ageChecks).toEqual([check]);
  });

  it('records the price overrides by receipt line, only when there are some', () => {
    const book = { currency: 'GBP', products: [], offers: [] } as unknown as PriceBook;
    const overridden = [lines[0]!, { ...lines[1]!, override: { price: 90, was: 120, reason: 'damaged' as const, approver: { id: '2', name: 'Sam' } } }];
    const record = saleRecordFrom({ saleId: 's', at: 'now', book, bookUrl: 'b', items: [], lines: overridden, ageChecks: [], lineVoids: [], takeovers: [], receipt, tenders: [], change: 0 });
    expect(record.overrides).toEqual([{ line: 1, price: 90, was: 120, reason: 'damaged', approver: { id: '2', name: 'Sam' } }]);
  });

  it('records the lines voided after a tender, without the basket line ids, only when there are some', () => {
    const book = { currency: 'GBP', products: [], offers: [] } as unknown as PriceBook;
    const voided = { sku: 'B', name: 'B', quantity: 2, amount: 60, approver: { id: '2', name: 'Sam' }, at: 'then' };
    const record = saleRecordFrom({ saleId: 's', at: 'now', book, bookUrl: 'b', items: [], lines: [], ageChecks: [], lineVoids: [{ ...voided, lineId: 4 }], takeovers: [], receipt, tenders: [], change: 0 });
    expect(record.lineVoids).toEqual([voided]);
    expect(saleRecordFrom({ saleId: 's', at: 'now', book, bookUrl: 'b', items: [], lines: [], ageChecks: [], lineVoids: [], takeovers: [], receipt, tenders: [], change: 0 })).not.toHaveProperty('lineVoids');
  });

  it('records the takeovers, only when the sale changed hands', () => {
    const book = { currency: 'GBP', products: [], offers: [] } as unknown as PriceBook;
    const parts = { saleId: 's', at: 'now', book, bookUrl: 'b', items: [], lines: [], ageChecks: [], lineVoids: [], takeovers: [], receipt, tenders: [], change: 0 };
    const takeover = { from: { id: '3', name: 'Alex' }, to: { id: '2', name: 'Sam' }, at: '2026-12-07T14:02:00.000Z' };
    expect(saleRecordFrom({ ...parts, takeovers: [takeover] }).takeovers).toEqual([takeover]);
    expect(saleRecordFrom(parts)).not.toHaveProperty('takeovers');
  });

  it('names a book with no id by its address, and a store with no name "Till"', () => {
    const book = { currency: 'GBP', products: [], offers: [] } as unknown as PriceBook;
    const record = saleRecordFrom({ saleId: 's', at: 'now', book, bookUrl: '/books/x.json', items: [], lines: [], ageChecks: [], lineVoids: [], takeovers: [], receipt, tenders: [], change: 0 });
    expect(record.book).toEqual({ id: '/books/x.json' });
    expect(record.storeName).toBe('Till');
  });
});
