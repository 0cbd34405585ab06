import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, type DiscountLine, type ReceiptLine } from '../../pricing';
import type { PriceOverride } from '../../ui/price-override';
import type { BasketLine } from '../basket/basket-rules';
import { groupRepeatedScans, rowLineIds } from './receipt-rows';

const line = (index: number, sku: string, unitPrice: number, extra: Partial<ReceiptLine> = {}): ReceiptLine => ({
  index,
  sku,
  name: sku,
  unit: 'each',
  quantity: 1,
  unitPrice: money(unitPrice),
  price: money(unitPrice * (extra.quantity ?? 1)),
  ...extra,
});
/** The basket behind `lines`: those at `labelled` indexes scanned from a price label, those in `overridden` carrying that override. */
const basketOf = (lines: readonly ReceiptLine[], labelled: readonly number[] = [], overridden: Readonly<Record<number, PriceOverride>> = {}): BasketLine[] =>
  lines.map((l) => ({
    id: 100 + l.index,
    sku: l.sku,
    quantity: l.quantity,
    ...(labelled.includes(l.index) ? { price: l.unitPrice } : {}),
    ...(overridden[l.index] === undefined ? {} : { override: overridden[l.index] }),
  }));
const discount = (lines: number[], saving: number, kind: DiscountLine['kind'] = 'multi-buy', offerId = 'o'): DiscountLine =>
  ({ offerId, kind, label: offerId === 'o' ? 'Offer' : offerId, saving: money(saving), lines, units: [] }) as unknown as DiscountLine;

/** Each row as "name quantity × unit = price [members]". */
const show = (rows: ReturnType<typeof groupRepeatedScans>['lines']) => rows.map((r) => `${r.name} ${r.quantity}×${r.unitPrice}=${r.price} [${r.members.join(',')}]`);

describe('repeated scans shown as one row', () => {
  it.each<[string, ReceiptLine[], DiscountLine[], number[], string[]]>([
    ['joins three bananas scanned one after another: 3 × £0.65 = £1.95', [line(0, 'BAN', 65), line(1, 'BAN', 65), line(2, 'BAN', 65)], [], [], ['BAN 3×65=195 [0,1,2]']],
    ['sums quantities typed with ×: 2 then 1 make 3', [line(0, 'BAN', 65, { quantity: 2 }), line(1, 'BAN', 65)], [], [], ['BAN 3×65=195 [0,1]']],
    ['keeps apart scans with another product between them', [line(0, 'BAN', 65), line(1, 'APL', 30), line(2, 'BAN', 65)], [], [], ['BAN 1×65=65 [0]', 'APL 1×30=30 [1]', 'BAN 1×65=65 [2]']],
    ['keeps apart weighed lines', [line(0, 'TOM', 120, { unit: 'kg', grams: 500 }), line(1, 'TOM', 120, { unit: 'kg', grams: 500 })], [], [], ['TOM 1×120=120 [0]', 'TOM 1×120=120 [1]']],
    ['keeps apart a reduced label', [line(0, 'BRIE', 300), line(1, 'BRIE', 300, { reducedPrice: money(150) })], [], [], ['BRIE 1×300=300 [0]', 'BRIE 1×300=300 [1]']],
    ['keeps apart a price label', [line(0, 'BRIE', 300), line(1, 'BRIE', 300)], [], [1], ['BRIE 1×300=300 [0]', 'BRIE 1×300=300 [1]']],
    ['joins scans that only their own discount lines separate', [line(0, 'STR', 275), line(1, 'STR', 275), line(2, 'STR', 275)], [discount([1], 138), discount([2], 138)], [], ['STR 3×275=825 [0,1,2]']],
    ['keeps apart scans that a discount also using another product separates', [line(0, 'SAND', 250), line(1, 'CRISP', 80), line(2, 'CRISP', 80)], [discount([0, 1], 100)], [], ['SAND 1×250=250 [0]', 'CRISP 1×80=80 [1]', 'CRISP 1×80=80 [2]']],
    ['joins a scan onto a row whose discount also used an earlier line of another product', [line(0, 'SAND', 250), line(1, 'CRISP', 80), line(2, 'CRISP', 80)], [discount([0, 2], 100)], [], ['SAND 1×250=250 [0]', 'CRISP 2×80=160 [1,2]']],
    ['joins scans whose discount sits under the last of them', [line(0, 'COLA', 100), line(1, 'COLA', 100)], [discount([0, 1], 50)], [], ['COLA 2×100=200 [0,1]']],
    ['joins across a basket-wide discount, which shows at the end', [line(0, 'BAN', 65), line(1, 'BAN', 65)], [discount([0], 10, 'spend-threshold')], [], ['BAN 2×65=130 [0,1]']],
  ])('%s', (_name, lines, discounts, labelled, rows) => {
    expect(show(groupRepeatedScans({ lines, discounts }, basketOf(lines, labelled)).lines)).toEqual(rows);
  });

  it.each<[string, ReceiptLine[], DiscountLine[], string[]]>([
    ['each discount under a joined row, in scan order, at the row', [line(0, 'STR', 275), line(1, 'STR', 275), line(2, 'STR', 275)], [discount([1], 138, 'percent-off', 'Half'), discount([2], 137, 'percent-off', 'Half')], ['Half -138 under 2', 'Half -137 under 2']],
    ['each offer its own line, in the order of the scans', [line(0, 'COLA', 100), line(1, 'COLA', 100), line(2, 'COLA', 100)], [discount([0, 1], 50, 'multi-buy', 'Pair'), discount([2], 10, 'percent-off', 'Ten')], ['Pair -50 under 2', 'Ten -10 under 2']],
    ['a discount using other products stays as the engine gave it', [line(0, 'SAND', 250), line(1, 'CRISP', 80)], [discount([0, 1], 100, 'bundle', 'Meal')], ['Meal -100 under 0,1']],
    ['a basket-wide discount stays at the end', [line(0, 'BAN', 65), line(1, 'BAN', 65)], [discount([0, 1], 100, 'spend-threshold', 'Spend')], ['Spend -100 under 0,1']],
  ])('shows the discounts: %s', (_name, lines, discounts, shown) => {
    const rows = groupRepeatedScans({ lines, discounts }, basketOf(lines));
    expect(rows.discounts.map((d) => `${d.label} -${d.saving} under ${d.lines.join(',')}`)).toEqual(shown);
  });

  const wrongLabel: PriceOverride = { price: 250, was: 275, reason: 'wrong-label', approver: { id: '2', name: 'Sam' } };
  it.each<[string, Readonly<Record<number, PriceOverride>>, string[]]>([
    ['joins scans overridden as one: 3 × £2.50', { 0: wrongLabel, 1: wrongLabel, 2: wrongLabel }, ['GRA 3×250=750 [0,1,2]']],
    ['keeps an overridden scan apart from one that is not', { 0: wrongLabel, 1: wrongLabel }, ['GRA 2×250=500 [0,1]', 'GRA 1×250=250 [2]']],
    ['keeps apart scans overridden for another reason', { 0: wrongLabel, 1: wrongLabel, 2: { ...wrongLabel, reason: 'damaged' } }, ['GRA 2×250=500 [0,1]', 'GRA 1×250=250 [2]']],
    ['keeps apart scans overridden with another approval', { 0: wrongLabel, 1: { ...wrongLabel, approver: { id: '1', name: 'Morgan' } } }, ['GRA 1×250=250 [0]', 'GRA 1×250=250 [1]', 'GRA 1×250=250 [2]']],
  ])('%s', (_name, overridden, rows) => {
    // Every scan at £2.50 here, overridden or not, so only the overrides tell them apart.
    const lines = [line(0, 'GRA', 250), line(1, 'GRA', 250), line(2, 'GRA', 250)];
    expect(show(groupRepeatedScans({ lines, discounts: [] }, basketOf(lines, [], overridden)).lines)).toEqual(rows);
  });

  it('gives the basket line ids of each row, and each line alone when the engine could not price the basket', () => {
    const lines = [line(0, 'STR', 275), line(1, 'STR', 275), line(2, 'BAN', 65)];
    const basket = basketOf(lines);
    expect(rowLineIds({ lines, discounts: [discount([1], 138)] }, basket)).toEqual([[100, 101], [102]]);
    expect(rowLineIds(undefined, basket)).toEqual([[100], [101], [102]]);
  });

  describe('properties', () => {
    const receipts = fc
      .array(fc.record({ sku: fc.constantFrom('A', 'B'), quantity: fc.integer({ min: 1, max: 3 }), weighed: fc.boolean() }), { maxLength: 20 })
      .map((items) => items.map((it, index) => line(index, it.sku, it.sku === 'A' ? 65 : 30, it.weighed ? { unit: 'kg', grams: 250 } : { quantity: it.quantity })));
    const withDiscounts = receipts.chain((lines) =>
      fc
        .array(fc.record({ lines: fc.uniqueArray(fc.nat({ max: Math.max(0, lines.length - 1) }), { minLength: 1, maxLength: 3 }), saving: fc.integer({ min: 1, max: 20 }), offer: fc.constantFrom('x', 'y'), wide: fc.boolean() }), { maxLength: lines.length === 0 ? 0 : 6 })
        .map((ds) => ({ lines, discounts: ds.map((d) => discount(d.lines, d.saving, d.wide ? 'spend-threshold' : 'multi-buy', d.offer)) })),
    );
    it('keeps every line once, in order, the sums of quantities, prices and savings, and joins all it may', () => {
      fc.assert(
        fc.property(withDiscounts, ({ lines, discounts }) => {
          const shown = groupRepeatedScans({ lines, discounts }, basketOf(lines));
          const rows = shown.lines;
          expect(rows.flatMap((r) => r.members)).toEqual(lines.map((l) => l.index));
          expect(rows.reduce((s, r) => s + r.price, 0)).toBe(lines.reduce((s, l) => s + l.price, 0));
          expect(rows.reduce((s, r) => s + r.quantity, 0)).toBe(lines.reduce((s, l) => s + l.quantity, 0));
          expect(shown.discounts.reduce((s, d) => s + d.saving, 0)).toBe(discounts.reduce((s, d) => s + d.saving, 0));
          expect(rows.every((r) => r.index === r.members[r.members.length - 1])).toBe(true);
          // Every item discount shows under the row of the last line it used.
          const anchors = new Set(rows.map((r) => r.index));
          expect(shown.discounts.filter((d) => d.kind !== 'spend-threshold').every((d) => d.lines.length > 0 && anchors.has(Math.max(...d.lines)))).toBe(true);
          // Two neighbouring rows that could be one are kept apart only by a discount that also used another row's line.
          rows.slice(1).forEach((r, i) => {
            const before = rows[i]!;
            if (r.sku !== before.sku || r.unit !== 'each' || before.unit !== 'each') return;
            const ends = discounts.filter((d) => d.kind !== 'spend-threshold' && Math.max(...d.lines) === before.index);
            expect(ends.some((d) => d.lines.some((l) => !before.members.includes(l)))).toBe(true);
          });
        }),
      );
    });
  });
});
