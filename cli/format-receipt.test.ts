import { describe, expect, it } from 'vitest';
import { money, type DiscountLine, type NearMiss, type Receipt, type ReceiptLine } from '../src/pricing';
import { formatKilograms, formatReceipt } from './format-receipt';

/** A unit line of `price` minor units (one unit unless a quantity is given). */
function unit(index: number, name: string, unitPrice: number, quantity = 1): ReceiptLine {
  return { index, sku: name, name, unit: 'each', quantity, unitPrice: money(unitPrice), price: money(unitPrice * quantity) };
}

function discount(label: string, saving: number, lines: number[], kind: DiscountLine['kind'] = 'multi-buy'): DiscountLine {
  return { offerId: label, kind, label, saving: money(saving), lines, units: [] };
}

/** A receipt whose totals are worked from its lines and discounts. */
function receipt(lines: ReceiptLine[], discounts: DiscountLine[] = [], extra: Partial<Receipt> = {}): Receipt {
  const subtotal = lines.reduce((a, l) => a + l.price, 0);
  const savings = discounts.reduce((a, d) => a + d.saving, 0);
  return {
    currency: 'GBP',
    strategy: 'optimal',
    lines,
    discounts,
    subtotal: money(subtotal),
    savings: money(savings),
    total: money(subtotal - savings),
    optimal: true,
    nearMisses: [],
    steps: 0,
    ...extra,
  };
}

describe('formatReceipt', () => {
  it('prints the kata basket A A A B B D E as a till roll, each discount under the scan that completed it', () => {
    // A 3 × 50 = 150 less 20 (3 for 130); B 2 × 30 = 60 less 15 (2 for 45); D 15 + E 10 = 25 less 5 (for 20).
    // Subtotal 150 + 60 + 25 = 235, savings 20 + 15 + 5 = 40, total 195.
    const r = receipt(
      [unit(0, 'A', 50), unit(1, 'A', 50), unit(2, 'A', 50), unit(3, 'B', 30), unit(4, 'B', 30), unit(5, 'D', 15), unit(6, 'E', 10)],
      [discount('3 A for 1.30', 20, [0, 1, 2]), discount('2 B for 0.45', 15, [3, 4]), discount('D + E for 0.20', 5, [5, 6], 'bundle')],
    );
    expect(formatReceipt(r, { title: 'Checkout kata' })).toBe(
      [
        '             Checkout kata',
        '----------------------------------------',
        'A                                  £0.50',
        'A                                  £0.50',
        'A                                  £0.50',
        '  3 A for 1.30                    -£0.20',
        'B                                  £0.30',
        'B                                  £0.30',
        '  2 B for 0.45                    -£0.15',
        'D                                  £0.15',
        'E                                  £0.10',
        '  D + E for 0.20                  -£0.05',
        '----------------------------------------',
        'Subtotal                           £2.35',
        'Savings                           -£0.40',
        'TOTAL                              £1.95',
        '========================================',
        'Proven lowest total',
      ].join('\n'),
    );
  });

  it('shows zero savings as £0.00, not -£0.00', () => {
    const text = formatReceipt(receipt([unit(0, 'A', 50), unit(1, 'B', 30), unit(2, 'C', 20), unit(3, 'D', 15)]));
    expect(text).toContain('Savings                            £0.00');
    expect(text).toContain('TOTAL                              £1.15');
  });

  it('puts a spend threshold under the subtotal, with the basket discounts', () => {
    const r = receipt([unit(0, 'Wine', 2500)], [discount('£5 off £20', 500, [0], 'spend-threshold')]);
    expect(formatReceipt(r).split('\n').slice(2)).toEqual([
      '----------------------------------------',
      'Subtotal                          £25.00',
      '  £5 off £20                      -£5.00',
      'Savings                           -£5.00',
      'TOTAL                             £20.00',
      '========================================',
      'Proven lowest total',
    ]);
  });

  it('gives a weighed line its weight and rate: 412 g at £1.99/kg is 82p', () => {
    const apples: ReceiptLine = { index: 0, sku: 'AP', name: 'Loose apples', unit: 'kg', quantity: 1, grams: 412, pricePerKg: money(199), unitPrice: money(82), price: money(82) };
    const lines = formatReceipt(receipt([apples])).split('\n');
    expect(lines.slice(1, 3)).toEqual(['Loose apples                       £0.82', '  0.412 kg @ £1.99/kg']);
  });

  it('gives a weighed line its weight alone when a price label set its price', () => {
    const apples: ReceiptLine = { index: 0, sku: 'AP', name: 'Loose apples', unit: 'kg', quantity: 1, grams: 412, unitPrice: money(300), price: money(300) };
    expect(formatReceipt(receipt([apples])).split('\n')[2]).toBe('  0.412 kg');
  });

  it('gives several units their count and unit price: 3 @ 50p is £1.50', () => {
    expect(formatReceipt(receipt([unit(0, 'A', 50, 3)])).split('\n').slice(1, 3)).toEqual(['A                                  £1.50', '  3 @ £0.50']);
  });

  it('prints a reduced-to-clear label under its line', () => {
    const cake: ReceiptLine = { ...unit(0, 'Cake', 300), reducedPrice: money(99) };
    const lines = formatReceipt(receipt([cake], [discount('Reduced to £0.99', 201, [0], 'reduced-to-clear')])).split('\n');
    expect(lines.slice(1, 3)).toEqual(['Cake                               £3.00', '  Reduced to £0.99                -£2.01']);
  });

  it.each<[string, Partial<Receipt>, string[]]>([
    ['says when the total is proven the lowest', { optimal: true }, ['Proven lowest total']],
    ['says when the total is not proven the lowest', { optimal: false }, ['Not proven optimal', '(search budget reached)']],
    ['says a first-come receipt never sought the lowest total', { optimal: false, strategy: 'first-come' }, ['First-come pricing:', 'the lowest total was not sought']],
  ])('%s', (_name, extra, status) => {
    const lines = formatReceipt(receipt([unit(0, 'A', 50)], [], extra)).split('\n');
    expect(lines.slice(lines.indexOf('='.repeat(40)) + 1)).toEqual(status);
  });

  it('lists near misses after the total, wrapped to the width', () => {
    const hint: NearMiss = { offerId: 'A3', label: '3 A for 1.30', sku: 'A', name: 'A', saving: money(20), inBasket: true, message: 'Add one more A: 3 A for 1.30 saves £0.20' };
    const text = formatReceipt(receipt([unit(0, 'A', 50), unit(1, 'A', 50)], [], { nearMisses: [hint] }), { width: 30 });
    expect(text.split('\n').slice(-4)).toEqual(['-'.repeat(30), 'Near misses:', '  Add one more A: 3 A for 1.30', '  saves £0.20']);
  });

  it('wraps a long name and keeps the amount in its column', () => {
    const lines = formatReceipt(receipt([unit(0, 'Extra mature farmhouse cheddar, sliced', 450)]), { width: 30 }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['Extra mature farmhouse', 'cheddar, sliced          £4.50']);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
  });

  it('formats money in the receipt currency: 115 cents is €1.15, 115 yen is ¥115', () => {
    expect(formatReceipt(receipt([unit(0, 'A', 115)], [], { currency: 'EUR' }))).toContain('€1.15');
    expect(formatReceipt(receipt([unit(0, 'A', 115)], [], { currency: 'JPY' }))).toContain('¥115');
  });
});

describe('formatKilograms', () => {
  it.each([
    [412, '0.412'],
    [1250, '1.250'],
    [5, '0.005'],
    [20000, '20.000'],
  ])('writes %i g as %s kg', (grams, kg) => {
    expect(formatKilograms(grams)).toBe(kg);
  });
});
