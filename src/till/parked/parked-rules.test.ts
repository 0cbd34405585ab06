import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Basket } from '../basket/basket-rules';
import { completeSale, openCheckout, type CompletedSale } from '../checkout/tender-rules';
import type { SaleInProgress } from '../sale/sale-state';
import { afterParking, parkedInOrder, parkRefusal, readParkedSale, recalledSale, recallPriceNotice, recallRefusal, toParkedSale, type ParkedSale } from './parked-rules';

const gbp = (amount: number) => `£${(amount / 100).toFixed(2)}`;

const basket = (skus: string[], nextLineId = skus.length + 1): Basket => ({
  lines: skus.map((sku, i) => ({ id: i + 1, sku, quantity: 1 })),
  nextLineId,
  ageChecks: [{ sku: 'WINE', minimumAge: 18, outcome: 'confirmed', at: '2026-12-07T10:00:00.000Z' }],
  undo: [{ kind: 'added', lineId: 1 }],
});

const sale = (skus: string[], tenders: number[] = []): SaleInProgress => ({
  basket: basket(skus),
  checkout: { ...openCheckout('s1'), tenders: tenders.map((amount, i) => ({ id: i + 1, kind: 'cash' as const, amount })) },
});

const completed = (): SaleInProgress => {
  const snapshot = { saleId: 's1', receiptNumber: 1, completedAt: '2026-12-07T10:00:00.000Z', storeName: 'S', receipt: {}, tenders: [], change: 0 } as unknown as CompletedSale;
  return { basket: basket([]), checkout: completeSale(openCheckout('s1'), snapshot) };
};

describe('parking', () => {
  it.each([
    ['refuses an empty sale', sale([]), 'The basket is empty: there is nothing to park'],
    ['refuses a sale with money taken', sale(['A'], [100]), 'Money has been taken for this sale: finish it, or remove the payments in Pay, before parking it'],
    ['refuses a completed sale', completed(), 'The sale is complete: there is nothing to park'],
    ['parks a sale with lines and no money', sale(['A', 'B']), undefined],
  ])('%s', (_name, on, expected) => {
    expect(parkRefusal(on)).toBe(expected);
  });

  it('keeps the lines and age checks, not the undo history', () => {
    const parked = toParkedSale(sale(['A', 'B']), { parkedAt: '2026-12-07T10:05:00.000Z', total: 250, currency: 'GBP' });
    expect(parked).toEqual({
      version: 1,
      parkedAt: '2026-12-07T10:05:00.000Z',
      basket: { lines: basket(['A', 'B']).lines, nextLineId: 3, ageChecks: basket([]).ageChecks },
      total: 250,
      currency: 'GBP',
    });
  });

  it('keeps who took the sale over, and brings it back on recall', () => {
    const takeovers = [{ from: { id: '3', name: 'Alex' }, to: { id: '2', name: 'Sam' }, at: '2026-12-07T10:04:00.000Z' }];
    const taken = { ...sale(['A']), basket: { ...basket(['A']), takeovers } };
    const parked = toParkedSale(taken, { parkedAt: '2026-12-07T10:05:00.000Z', total: 100, currency: 'GBP' });
    expect(parked.basket.takeovers).toEqual(takeovers);
    const read = readParkedSale('s1', JSON.parse(JSON.stringify(parked)));
    expect(read === undefined ? undefined : recalledSale(read, sale([])).basket.takeovers).toEqual(takeovers);
  });

  it('leaves an empty till whose line ids keep rising, under a new sale id', () => {
    const next = afterParking(sale(['A', 'B']), 's2');
    expect(next.checkout).toEqual(openCheckout('s2'));
    expect(next.basket).toEqual({ lines: [], nextLineId: 3, ageChecks: [], undo: [] });
  });
});

describe('recalling', () => {
  it.each([
    ['onto an empty till', sale([]), undefined],
    ['onto a completed sale\'s receipt', completed(), undefined],
    ['not onto a sale with lines', sale(['A']), 'The till has a sale on it: park it, finish it or void it first, then recall'],
    ['not onto a sale with money taken', sale([], [100]), 'The till has a sale on it: park it, finish it or void it first, then recall'],
  ])('%s', (_name, on, expected) => {
    expect(recallRefusal(on)).toBe(expected);
  });

  it('brings the basket back under its own sale id, with line ids above any used on the till', () => {
    const parked: ParkedSale = { id: 'p1', parkedAt: '2026-12-07T10:05:00.000Z', basket: basket(['A'], 2), total: 100, currency: 'GBP' };
    const till: SaleInProgress = { basket: { ...basket([]), nextLineId: 9 }, checkout: openCheckout('s9') };
    expect(recalledSale(parked, till)).toEqual({ basket: { ...basket(['A']), nextLineId: 9, undo: [] }, checkout: openCheckout('p1') });
  });

  it.each([
    [250, 250, undefined],
    [250, 200, 'Prices changed since it was parked: £2.50 → £2.00'],
  ])('parked at %i, priced now at %i: %s', (parked, now, expected) => {
    expect(recallPriceNotice(parked, now, gbp)).toBe(expected);
  });
});

describe('reading a parked sale back', () => {
  const saved = { version: 1, parkedAt: '2026-12-07T10:05:00.000Z', basket: basket(['A']), total: 100, currency: 'GBP', operator: { id: '3', name: 'Sam' } };

  it('reads what was saved, with who parked it', () => {
    expect(readParkedSale('p1', saved)).toEqual({ id: 'p1', parkedAt: saved.parkedAt, basket: { ...basket(['A']), undo: [] }, total: 100, currency: 'GBP', operator: { id: '3', name: 'Sam' } });
  });

  it.each([
    ['nothing', undefined],
    ['an empty basket', { ...saved, basket: basket([]) }],
    ['no time', { ...saved, parkedAt: 'yesterday' }],
    ['a fractional total', { ...saved, total: 1.5 }],
    ['no currency', { ...saved, currency: '' }],
  ])('refuses %s', (_name, stored) => {
    expect(readParkedSale('p1', stored)).toBeUndefined();
  });

  it('drops an operator it cannot read, keeping the sale', () => {
    expect(readParkedSale('p1', { ...saved, operator: { id: 3 } })?.operator).toBeUndefined();
  });
});

describe('properties', () => {
  const anyBasket = fc.array(fc.record({ sku: fc.constantFrom('A', 'B', 'C'), quantity: fc.integer({ min: 1, max: 999 }) }), { minLength: 1, maxLength: 20 }).map(
    (items): Basket => ({ lines: items.map((item, i) => ({ ...item, id: i + 1 })), nextLineId: items.length + 1, ageChecks: [] }),
  );

  it('a parked sale read back and recalled has exactly the lines that were parked', () => {
    fc.assert(
      fc.property(anyBasket, fc.integer({ min: 0, max: 1_000_000 }), (b, total) => {
        const on: SaleInProgress = { basket: b, checkout: openCheckout('s1') };
        const stored = JSON.parse(JSON.stringify(toParkedSale(on, { parkedAt: '2026-12-07T10:05:00.000Z', total, currency: 'GBP' }))) as unknown;
        const read = readParkedSale('s1', stored);
        expect(read?.total).toBe(total);
        expect(recalledSale(read!, afterParking(on, 's2')).basket.lines).toEqual(b.lines);
      }),
    );
  });

  it('lists the longest waiting first, whatever order they are read in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 10 }), (minutes) => {
        const sales = minutes.map((m, i): ParkedSale => ({ id: `p${i}`, parkedAt: new Date(Date.UTC(2026, 11, 7, 0, m)).toISOString(), basket: basket(['A']), total: 0, currency: 'GBP' }));
        const times = parkedInOrder(sales).map((s) => s.parkedAt);
        expect(times).toEqual([...times].sort());
        expect(parkedInOrder([...sales].reverse())).toEqual(parkedInOrder(sales));
      }),
    );
  });
});
