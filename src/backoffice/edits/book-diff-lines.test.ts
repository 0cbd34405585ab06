import { describe, expect, it } from 'vitest';
import { money, type Offer, type PriceBook, type Product } from '../../pricing';
import { testBook } from '../forms/test-book';
import { diffBooks } from './book-diff';
import { describeDiff, storeWarning } from './book-diff-lines';

const base = testBook();
const [apl, per, chd, bag] = base.products as [Product, Product, Product, Product];
const [fruit3, meal, spend10] = base.offers as [Offer, Offer, Offer];
const words = (imported: PriceBook) => describeDiff(diffBooks(base, imported), base.currency).map((g) => [g.title, ...g.lines]);

describe('an import’s changes in words', () => {
  it.each<[string, PriceBook, string[][]]>([
    ['say nothing for the same book', base, []],
    ['give a price old → new in the book’s currency', { ...base, products: [{ ...apl, price: money(55) }, per, chd, bag] }, [['Prices changed', 'Apples £0.50 → £0.55']]],
    ['give a weighed product’s price per kg', { ...base, products: [apl, per, { ...chd, price: money(1250) }, bag] }, [['Prices changed', 'Cheddar £11.00/kg → £12.50/kg']]],
    [
      'list a renamed and repriced product under both, by its new name',
      { ...base, products: [apl, { ...per, name: 'Conference pears', price: money(65) }, chd, bag] },
      [
        ['Prices changed', 'Conference pears £0.60 → £0.65'],
        ['Products renamed', 'Pears → Conference pears'],
      ],
    ],
    [
      'give added and removed products with their SKU and price',
      { ...base, products: [apl, per, chd, { sku: 'FIG', name: 'Figs', price: money(80), unit: 'each' }] },
      [
        ['Products added', 'Figs (FIG) £0.80'],
        ['Products removed', 'Bag (BAG) £0.00'],
      ],
    ],
    [
      'give unit, barcode and category changes, and a new order',
      { ...base, products: [per, { ...apl, unit: 'kg', barcodes: [], category: undefined }, chd, bag] },
      [['Other product changes', 'Apples: unit each → kg; barcodes 5000123456789 → none; category fruit → none', 'The products come in another order (the till’s buttons follow it)']],
    ],
    [
      'give offers added, removed and changed, each changed field old → new',
      {
        ...base,
        offers: [
          { ...fruit3, price: money(110), label: '3 fruit for 1.10' } as Offer,
          { ...meal, slots: [{ products: ['APL'], quantity: 2 }, { products: ['PER'], quantity: 1 }], validUntil: undefined } as Offer,
          { id: 'bag', kind: 'amount-off', products: ['BAG'], amount: money(5) } as Offer,
        ],
      },
      [
        ['Offers added', 'bag (amount-off)'],
        ['Offers removed', 'spend10 (spend-threshold)'],
        ['Offers changed', '3 fruit for 1.10: label 3 fruit for 1.20 → 3 fruit for 1.10; price £1.20 → £1.10', 'meal: slots APL + 2 × PER → 2 × APL + PER; validUntil 2024-12-31 → none'],
      ],
    ],
    [
      'give the store name and currency, amounts after in the new currency',
      { ...base, name: 'Corner', currency: 'EUR', products: [{ ...apl, price: money(55) }, per, chd, bag] },
      [
        ['Store', 'Store name: none → Corner', 'Currency: GBP → EUR (every amount is read in the new currency)'],
        ['Prices changed', 'Apples £0.50 → €0.55'],
      ],
    ],
    ['give a changed threshold offer’s yes/no field', { ...base, offers: [fruit3, meal, { ...spend10, exclusive: false } as Offer] }, [['Offers changed', 'spend10: exclusive yes → no']]],
  ])('%s', (_fact, imported, expected) => {
    expect(words(imported)).toEqual(expected);
  });
});

describe('the warning for another store’s book', () => {
  it.each<[string, Partial<PriceBook>, string | undefined]>([
    ['is none for the same store', { name: 'Another name' }, undefined],
    ['names both stores', { id: 'riverside' }, 'This book is for another store: riverside instead of shop.'],
    ['says when the imported book names no store', { id: undefined }, 'This book names no store: the book in use is shop’s.'],
  ])('%s', (_fact, change, warning) => {
    expect(storeWarning(diffBooks(base, { ...base, ...change }))).toBe(warning);
  });

  it('says when the book in use names no store', () => {
    expect(storeWarning(diffBooks({ ...base, id: undefined }, base))).toBe('This book is for store shop; the book in use names none.');
  });
});
