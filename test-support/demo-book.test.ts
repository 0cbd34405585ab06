/**
 * The shipped demo price book, `public/books/demo.json` (Hollybush Market): it is what the
 * generator writes, it validates, its barcodes read as the barcode rules say, and hand-worked
 * demo baskets price to the totals worked out below. Totals are worked by hand, never by calling
 * the engine; every amount is in pence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBarcodeIndex, itemReferenceOf, resolveBarcode, validateGtin } from '../src/barcodes';
import { priceBasket, validatePriceBook, type BasketItem, type PriceBook } from '../src/pricing';
import { DEMO_BOOK_URL, renderDemoBook } from '../scripts/make-demo-book';

const shippedText = readFileSync(DEMO_BOOK_URL, 'utf8');
const validation = validatePriceBook(JSON.parse(shippedText));

function demoBook(): PriceBook {
  if (!validation.ok) throw new Error(`demo.json is invalid: ${JSON.stringify(validation.issues, null, 2)}`);
  return validation.book;
}

/** The day the demo baskets are priced: every current offer is valid, Easter 2025 has expired. */
const DATE = '2026-11-21';

describe('the shipped demo book', () => {
  it('is exactly what scripts/make-demo-book.ts writes (rerun it after editing the script)', () => {
    expect(shippedText).toBe(renderDemoBook());
  });

  it('validates with validatePriceBook', () => {
    expect(validation.ok ? [] : validation.issues).toEqual([]);
  });

  it('is Hollybush Market, version 1, in pounds', () => {
    const book = demoBook();
    expect({ id: book.id, name: book.name, version: book.version, currency: book.currency }).toEqual({
      id: 'demo',
      name: 'Hollybush Market',
      version: 1,
      currency: 'GBP',
    });
  });

  it('has at least 180 products in at least 12 categories, every product in one', () => {
    const { products } = demoBook();
    const categories = new Set(products.map((p) => p.category));
    expect(products.length).toBeGreaterThanOrEqual(180);
    expect(categories.size).toBeGreaterThanOrEqual(12);
    expect(products.filter((p) => p.category === undefined)).toEqual([]);
  });

  it('has an offer of every kind, each with a label', () => {
    const { offers } = demoBook();
    const kinds = new Set(offers.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['amount-off', 'bundle', 'cheapest-free', 'multi-buy', 'percent-off', 'spend-threshold']);
    expect(offers.filter((o) => o.label === undefined || o.label === '').map((o) => o.id)).toEqual([]);
  });

  it('has an offer valid through 2027, one that expired in 2025, a limit and priorities', () => {
    const { offers } = demoBook();
    expect(offers.some((o) => o.validUntil !== undefined && o.validUntil >= '2027-12-31' && (o.validFrom ?? '') <= DATE)).toBe(true);
    expect(offers.some((o) => o.validUntil !== undefined && o.validUntil.startsWith('2025-'))).toBe(true);
    expect(offers.some((o) => o.limit !== undefined)).toBe(true);
    expect(offers.filter((o) => o.priority !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(offers.filter((o) => o.kind === 'spend-threshold' && o.exclusive === true)).toEqual([]);
  });
});

describe('its barcodes', () => {
  const book = demoBook();
  const index = buildBarcodeIndex(book.products);

  it('give every product at least one barcode, every one valid', () => {
    expect(book.products.filter((p) => (p.barcodes ?? []).length === 0).map((p) => p.sku)).toEqual([]);
    const invalid = book.products.flatMap((p) => (p.barcodes ?? []).filter((code) => !validateGtin(code).ok));
    expect(invalid).toEqual([]);
  });

  it('give every product sold by the unit a GS1 UK (50) code, and every weighed one a 21 base code', () => {
    for (const p of book.products) {
      const codes = p.barcodes ?? [];
      if (p.unit === 'kg') {
        expect(codes.some((c) => c.startsWith('21') && itemReferenceOf(c) !== undefined), p.sku).toBe(true);
      } else {
        expect(codes.some((c) => c.startsWith('50')), p.sku).toBe(true);
      }
    }
  });

  it('give at least 8 products sold by the unit a 20 base code for reduced-to-clear labels', () => {
    const labelled = book.products.filter((p) => p.unit === 'each' && (p.barcodes ?? []).some((c) => c.startsWith('20') && itemReferenceOf(c) !== undefined));
    expect(labelled.length).toBeGreaterThanOrEqual(8);
    expect(new Set(labelled.map((p) => p.category))).toEqual(new Set(['bakery', 'meat', 'fish', 'ready-meals']));
  });

  it('never share an item reference or a GTIN between products', () => {
    const references = book.products.flatMap((p) => (p.barcodes ?? []).flatMap((c) => itemReferenceOf(c) ?? []));
    expect(references.length).toBeGreaterThan(0);
    expect(new Set(references).size).toBe(references.length);
    const plain = book.products.flatMap((p) => (p.barcodes ?? []).filter((c) => itemReferenceOf(c) === undefined));
    expect(new Set(plain).size).toBe(plain.length);
  });

  // Check digits worked by hand: 12-digit bodies weigh odd positions 1 and even positions 3.
  it.each([
    // 505719 11 0 001: 5+0+5+21+1+27+1+3+0+0+0+3 = 66 → 4. Cola, drinks (11), first in its category.
    { code: '5057191100014', expected: { ok: true, label: 'gtin', sku: 'cola-500' } },
    // EAN-8 5057190: from the right 0·3+9·1+1·3+7·1+5·3+0·1+5·3 = 49 → 1.
    { code: '50571901', expected: { ok: true, label: 'gtin', sku: 'spearmint-gum' } },
    // Scale label 21 00101 00412: 2+3+1+1 (item 00101) + 4·3+1·1+2·3 (412 g) = 26 → 4.
    { code: '2100101004124', expected: { ok: true, label: 'weight-embedded', sku: 'bananas-loose', grams: 412 } },
    // Reduced label 29 04001 00150: 2+27+12+1 (item 04001) + 1·3+5·1 (150p) = 50 → 0.
    { code: '2904001001500', expected: { ok: true, label: 'reduced-to-clear', sku: 'rm-lasagne', reducedPrice: 150 } },
    // Deli Stilton's scale label, 250 g: 21 00202 00250: 2+3+2·1+2·1+2·3+5·1 = 20 → 0.
    { code: '2100202002500', expected: { ok: true, label: 'weight-embedded', sku: 'deli-stilton', grams: 250 } },
  ])('read $code as $expected.sku', ({ code, expected }) => {
    expect(resolveBarcode(index, code)).toEqual(expected);
  });
});

describe('hand-worked demo baskets', () => {
  const book = demoBook();
  const total = (items: readonly BasketItem[], strategy: 'optimal' | 'first-come' = 'optimal') => {
    const result = priceBasket(book, items, { date: DATE, strategy });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return { total: result.receipt.total, offers: result.receipt.discounts.map((d) => d.offerId).sort() };
  };

  it.each<{ name: string; items: BasketItem[]; total: number; offers: string[] }>([
    {
      // Chicken & bacon 325 + sea salt crisps 110 + cola 155 = 590; meal deal 350.
      name: 'a meal deal costs 3.50',
      items: [{ sku: 'sw-chicken-bacon' }, { sku: 'crisps-sea-salt' }, { sku: 'cola-500' }],
      total: 350,
      offers: ['meal-deal'],
    },
    {
      // 325 + 110 + 2 × 155 = 745. Meal deal with one cola: 350 + 155 = 505. The colas as
      // 2 for 2.00 instead: 200 + 325 + 110 = 635. A cola can't be in both, so the meal deal wins.
      name: 'a dear main and two colas: the meal deal beats the drinks multi-buy',
      items: [{ sku: 'sw-chicken-bacon' }, { sku: 'crisps-sea-salt' }, { sku: 'cola-500', quantity: 2 }],
      total: 505,
      offers: ['meal-deal'],
    },
    {
      // Egg & cress 200 + chocolate bar 85 + 2 × cola 155 = 595. Meal deal with one cola:
      // 350 + 155 = 505. The colas 2 for 2.00 instead: 200 + 200 + 85 = 485. The multi-buy wins.
      name: 'a cheap main and two colas: the drinks multi-buy beats the meal deal',
      items: [{ sku: 'sw-egg-cress' }, { sku: 'choc-bar' }, { sku: 'cola-500', quantity: 2 }],
      total: 485,
      offers: ['soft-drinks-2-for-200'],
    },
    {
      // Cheddar 299 + Red Leicester 289 + Stilton 325 + Comté 425 = 1338. Best: 3 for 2 on
      // cheddar, Leicester, Stilton (Leicester 289 free) and 25% off Comté (106.25 → 106):
      // 1338 − 289 − 106 = 943. (3 for 2 with Comté instead and 25% off Stilton, 81.25 → 81,
      // saves only 289 + 81 = 370; 25% off both premiums without the 3 for 2 saves 187.)
      name: 'cheese 3 for 2 beside 25% off premium cheese',
      items: [{ sku: 'cheddar-mature' }, { sku: 'red-leicester' }, { sku: 'stilton' }, { sku: 'comte' }],
      total: 943,
      offers: ['cheese-3-for-2', 'premium-cheese-25'],
    },
    {
      // Bananas 412 g at 94/kg: 38.728 → 39. Deli Stilton 250 g at 1850/kg: 462.5 → 463, and
      // 25% off the weighed line as one unit: 115.75 → 116. Carrots 1030 g at 65/kg: 66.95 → 67.
      // 39 + 463 + 67 − 116 = 453.
      name: 'weighed lines, one of them 25% off',
      items: [{ sku: 'bananas-loose', grams: 412 }, { sku: 'deli-stilton', grams: 250 }, { sku: 'carrots-loose', grams: 1030 }],
      total: 453,
      offers: ['premium-cheese-25'],
    },
    {
      // Burgers 350 + buns 150 (bundle 400, saves 100), Malbec 850 (25%: 212.5 → 213),
      // chicken 525, salmon 450, cheddar 299, milk 155, bananas 1200 g at 94/kg = 112.8 → 113,
      // toilet rolls 450, coffee 550, chips 210, olive oil 575: full 4677.
      // After offers 4677 − 100 − 213 = 4364 ≥ 4000, so 5.00 off: 4364 − 500 = 3864.
      name: 'a big shop over 40.00 after offers gets 5.00 off',
      items: [
        { sku: 'beef-burgers-4' },
        { sku: 'burger-buns-4' },
        { sku: 'wine-malbec' },
        { sku: 'chicken-breasts' },
        { sku: 'salmon-fillets-2' },
        { sku: 'cheddar-mature' },
        { sku: 'milk-semi-4pt' },
        { sku: 'bananas-loose', grams: 1200 },
        { sku: 'toilet-roll-9' },
        { sku: 'instant-coffee' },
        { sku: 'oven-chips' },
        { sku: 'olive-oil' },
      ],
      total: 3864,
      offers: ['burgers-and-buns', 'selected-wines-25', 'spend-40-save-5'],
    },
    {
      // 2 × Rioja 1000, chicken 450, sirloin 575, olive oil 575, ground coffee 375, milk 155,
      // eggs 345: full 4475. 25% off both Riojas (250 each) leaves 3975, under 40.00: 3975.
      // 25% off one Rioja only leaves 4225 ≥ 4000, so 5.00 off too: 4475 − 250 − 500 = 3725.
      name: 'near 40.00: one wine discount is given up to keep the 5.00 off',
      items: [
        { sku: 'wine-rioja-reserva', quantity: 2 },
        { sku: 'chicken-whole' },
        { sku: 'sirloin-steak' },
        { sku: 'olive-oil' },
        { sku: 'ground-coffee' },
        { sku: 'milk-semi-4pt' },
        { sku: 'eggs-12' },
      ],
      total: 3725,
      offers: ['selected-wines-25', 'spend-40-save-5'],
    },
    {
      // Bio laundry 650 + dishwasher tablets 450 + toilet rolls 450 = 1550. 1.00 off the laundry
      // takes it out of full-price spend (900 < 1500): 1450. Without it, 10% of 1550 = 155: 1395.
      name: '10% off household beats 1.00 off laundry, which would drop it below 15.00 full-price spend',
      items: [{ sku: 'laundry-bio' }, { sku: 'dishwasher-tablets' }, { sku: 'toilet-roll-9' }],
      total: 1395,
      offers: ['household-spend-15'],
    },
    {
      // Lasagne 325 reduced to 150, cottage pie 300. Reduced: 150 + 300 = 450. As 2 ready meals
      // for 5.00 at full price: 500. The reduced label wins.
      name: 'a reduced-to-clear lasagne beats 2 ready meals for 5.00',
      items: [{ sku: 'rm-lasagne', reducedPrice: 150 }, { sku: 'rm-cottage-pie' }],
      total: 450,
      offers: ['reduced-to-clear'],
    },
    {
      // Strawberry 60 + vanilla 70 + rhubarb 75 + raspberry 60 = 265. The three dearest
      // (70 + 75 + 60 = 205) for 150, the fourth 60: 210.
      name: 'any 3 yoghurt pots for 1.50, mixed flavours',
      items: [{ sku: 'yog-strawberry' }, { sku: 'yog-vanilla' }, { sku: 'yog-rhubarb' }, { sku: 'yog-raspberry' }],
      total: 210,
      offers: ['yoghurts-3-for-150'],
    },
    {
      // 3 × 275 = 825; half price (137.5 → 138 off) on 2 only, by the limit: 825 − 276 = 549.
      name: 'half price strawberries stop at the limit of 2',
      items: [{ sku: 'strawberries-400', quantity: 3 }],
      total: 549,
      offers: ['strawberries-half-price', 'strawberries-half-price'],
    },
    {
      // 2 × 120 = 240: the Easter 2025 offer has expired.
      name: 'the expired Easter hot cross buns offer does nothing',
      items: [{ sku: 'hot-cross-buns-4', quantity: 2 }],
      total: 240,
      offers: [],
    },
  ])('$name: $total', ({ items, total: expected, offers }) => {
    expect(total(items)).toEqual({ total: expected, offers: [...offers].sort() });
  });

  it('gives the Easter 2025 hot cross buns 2 for 2.00 at Easter 2025', () => {
    const result = priceBasket(book, [{ sku: 'hot-cross-buns-4', quantity: 2 }], { date: '2025-04-10' });
    expect(result.ok && result.receipt.total).toBe(200);
  });

  it('shows first-come losing to optimal on the cheese basket: priority puts 25% off premium first', () => {
    // First-come: 25% off Stilton (81) and Comté (106), leaving two cheeses, too few for 3 for 2:
    // 1338 − 187 = 1151, against the optimal 943.
    const items: BasketItem[] = [{ sku: 'cheddar-mature' }, { sku: 'red-leicester' }, { sku: 'stilton' }, { sku: 'comte' }];
    expect(total(items, 'first-come')).toEqual({ total: 1151, offers: ['premium-cheese-25', 'premium-cheese-25'] });
  });
});
