import { describe, expect, it } from 'vitest';
import { validatePriceBook, type PriceBook } from '../src/pricing';
import { createPricer, limitsFor, priceBatch, priceCodes } from './price-baskets';
import { barcodeBook, codes, datedOfferBook } from './test-books';

function bookOf(json: unknown): PriceBook {
  const v = validatePriceBook(json);
  if (!v.ok) throw new Error(`test book is invalid: ${JSON.stringify(v.issues)}`);
  return v.book;
}

const settings = { strategy: 'optimal', date: '2024-06-15', format: 'json' } as const;

describe('priceCodes', () => {
  it('prices a barcode basket: milk 125p + 412 g of apples at 199p/kg (82p) = 207p', () => {
    const outcome = priceCodes(createPricer(bookOf(barcodeBook), settings), [codes.milk, codes.apples412g]);
    expect(outcome.ok && outcome.receipt.total).toBe(207);
    expect(outcome.ok && JSON.parse(outcome.output)).toEqual(outcome.ok && outcome.receipt);
  });

  it('prices a cake at its label price, then reduced: 250p at the label, 99p reduced to clear', () => {
    const outcome = priceCodes(createPricer(bookOf(barcodeBook), settings), [codes.cakeAt250, codes.cakeReducedTo99]);
    expect(outcome.ok && outcome.receipt.total).toBe(250 + 99);
  });

  it('reports what the engine finds: a weighed product scanned without a weight', () => {
    expect(priceCodes(createPricer(bookOf(barcodeBook), settings), ['MILK', 'APPLES'])).toEqual({
      ok: false,
      errors: ['Loose apples is sold by weight: give its weight in grams (or the price on its label)'],
    });
  });

  it.each([
    ['2024-01-31', 108],
    ['2024-02-01', 120],
  ])('prices at the given date: on %s milk costs %ip (10%% off in January only)', (date, total) => {
    const outcome = priceCodes(createPricer(bookOf(datedOfferBook), { ...settings, date }), ['MILK']);
    expect(outcome.ok && outcome.receipt.total).toBe(total);
  });
});

describe('priceBatch', () => {
  const kata = bookOf({
    currency: 'GBP',
    products: [{ sku: 'A', name: 'A', price: 50 }, { sku: 'B', name: 'B', price: 30 }],
    offers: [{ id: 'A3', kind: 'multi-buy', products: ['A'], quantity: 3, price: 130 }],
  });

  it('prices every line in order, numbering lines as an editor does (blank lines count)', () => {
    const text = '["A","B"]\n\n["A","A","A"]\r\n["Z"]\n[{"sku":"B","quantity":0}]\n';
    const outcomes = [...priceBatch(createPricer(kata, settings), text)];
    expect(outcomes.map((o) => (o.ok ? { line: o.line, total: o.receipt.total } : { line: o.line, errors: o.errors }))).toEqual([
      { line: 1, total: 80 },
      { line: 3, total: 130 },
      { line: 4, errors: ['No product has SKU "Z"'] },
      { line: 5, errors: ['The quantity of B must be a whole number of at least 1'] },
    ]);
  });

  it('renders text receipts when asked', () => {
    const [first] = [...priceBatch(createPricer(kata, { ...settings, format: 'text' }), '["A","A","A"]')];
    expect(first?.ok && first.output).toContain('TOTAL                              £1.30');
  });

  it('gives each pricer one pricing context of its own, for its book, passed with every basket it prices', () => {
    const pricer = createPricer(kata, settings);
    expect(pricer.options.context?.book).toBe(kata);
    expect(createPricer(kata, settings).options.context).not.toBe(pricer.options.context);
  });
});

describe('limitsFor', () => {
  it.each([
    // Five times the default guard: five times the default steps.
    [200, { maxMs: 200, maxSteps: 10_000_000 }],
    // A shorter guard keeps the default steps: the clock decides.
    [10, { maxMs: 10, maxSteps: 2_000_000 }],
  ])('gives a budget of %i ms the limits %j', (budgetMs, limits) => {
    expect(limitsFor(budgetMs)).toEqual(limits);
  });

  it('passes the budget to the engine, and nothing without one', () => {
    expect(createPricer(bookOf(barcodeBook), { ...settings, budgetMs: 200 }).options.limits).toEqual({ maxMs: 200, maxSteps: 10_000_000 });
    expect(createPricer(bookOf(barcodeBook), settings).options.limits).toBeUndefined();
  });
});
