import { describe, expect, it } from 'vitest';
import { freshSale, readLegacySale, readSavedSale, toSavedSale } from './sale-state';

const id = () => 'fresh-id';

describe('the saved sale', () => {
  it('keeps the age checks but not the undo history', () => {
    const saved = toSavedSale({ basket: { lines: [], nextLineId: 3, ageChecks: [], undo: [{ kind: 'added', lineId: 2 }] }, checkout: freshSale('s').checkout });
    expect(saved.basket).toEqual({ lines: [], nextLineId: 3, ageChecks: [] });
  });

  it('reads back what it saved', () => {
    const sale = {
      basket: { lines: [{ id: 1, sku: 'A', quantity: 2 }], nextLineId: 2, ageChecks: [{ sku: 'W', minimumAge: 18, outcome: 'confirmed' as const, at: '2026-12-07T00:00:00.000Z' }], undo: [] },
      checkout: { saleId: 's1', tenders: [{ id: 1, kind: 'card' as const, amount: 100 }], nextTenderId: 2, completed: null },
    };
    expect(readSavedSale(JSON.parse(JSON.stringify(toSavedSale(sale))), id)).toEqual(sale);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'basket'],
    ['null', null],
  ])('starts a fresh sale from %s', (_, stored) => {
    expect(readSavedSale(stored, id)).toEqual(freshSale('fresh-id'));
  });

  it('keeps the well-formed part of a damaged record', () => {
    const read = readSavedSale({ basket: { lines: [{ id: 1, sku: 'A', quantity: 1 }, { id: 'x' }], nextLineId: 5 }, checkout: 'broken' }, id);
    expect(read.basket).toEqual({ lines: [{ id: 1, sku: 'A', quantity: 1 }], nextLineId: 5, ageChecks: [], undo: [] });
    expect(read.checkout.saleId).toBe('fresh-id');
  });
});

describe('a sale kept by an earlier version in localStorage', () => {
  it('is carried over, tenders and all', () => {
    const basket = JSON.stringify({ state: { lines: [{ id: 3, sku: 'B', quantity: 1 }], nextLineId: 4 }, version: 1 });
    const checkout = JSON.stringify({ state: { saleId: 'old', tenders: [{ id: 1, kind: 'cash', amount: 500 }], nextTenderId: 2, completed: null }, version: 1 });
    expect(readLegacySale(basket, checkout, id)).toEqual({
      basket: { lines: [{ id: 3, sku: 'B', quantity: 1 }], nextLineId: 4, ageChecks: [], undo: [] },
      checkout: { saleId: 'old', tenders: [{ id: 1, kind: 'cash', amount: 500 }], nextTenderId: 2, completed: null },
    });
  });

  it('is absent when neither key is there, and harmless when unreadable', () => {
    expect(readLegacySale(null, null, id)).toBeUndefined();
    expect(readLegacySale('{ not json', null, id)).toEqual(freshSale('fresh-id'));
  });
});
