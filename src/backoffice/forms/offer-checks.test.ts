import { describe, expect, it } from 'vitest';
import type { Offer } from '../../pricing';
import { money } from '../../pricing';
import { describeTargets, describeValidity, offerWarnings, validOn } from './offer-checks';
import { testBook } from './test-book';

const book = testBook();
const format = (minor: number) => `£${(minor / 100).toFixed(2)}`;
const today = '2024-06-15';

describe('offers that target nothing or can never apply', () => {
  it.each<[string, Offer, string[]]>([
    ['a multi-buy that saves is fine', { id: 'm', kind: 'multi-buy', categories: ['fruit'], quantity: 3, price: money(120) }, []],
    [
      'a multi-buy dearer than its dearest units never saves',
      { id: 'm', kind: 'multi-buy', categories: ['fruit'], quantity: 2, price: money(120) },
      ['Never saves: 2 of the dearest product cost £1.20, not more than £1.20'],
    ],
    ['a count-based offer on weighed cheese never applies', { id: 'c', kind: 'cheapest-free', categories: ['cheese'], buy: 3, free: 1 }, ['Targets only weighed products, but counts units: it can never apply']],
    ['a percent off weighed cheese is fine', { id: 'p', kind: 'percent-off', categories: ['cheese'], percent: 10 }, []],
    ['a percent off free bags never saves', { id: 'p', kind: 'percent-off', products: ['BAG'], percent: 10 }, ['Never saves: every product it targets is free']],
    ['an expired offer', { id: 'p', kind: 'percent-off', products: ['APL'], percent: 10, validUntil: '2024-06-14' }, ['Expired: it ended on 2024-06-14']],
    ['an offer ending today is still fine', { id: 'p', kind: 'percent-off', products: ['APL'], percent: 10, validUntil: today }, []],
    [
      'a bundle whose slot holds only weighed products',
      { id: 'b', kind: 'bundle', slots: [{ products: ['APL'], quantity: 1 }, { categories: ['cheese'], quantity: 1 }], price: money(100) },
      ['Slot 2 targets no product sold by the unit, so the bundle can never be filled'],
    ],
    [
      'a bundle priced at its dearest filling never saves',
      { id: 'b', kind: 'bundle', slots: [{ products: ['APL'], quantity: 1 }, { products: ['PER'], quantity: 2 }], price: money(170) },
      ['Never saves: even the dearest filling costs £1.70, not more than the bundle price £1.70'],
    ],
    ['a whole-basket threshold is fine', book.offers[2]!, []],
  ])('%s', (_name, offer, warnings) => {
    expect(offerWarnings(book, offer, today, format)).toEqual(warnings);
  });
});

describe('describing an offer', () => {
  it.each<[string, Offer, string]>([
    ['by category', book.offers[0]!, 'category fruit'],
    ['a bundle slot by slot', book.offers[1]!, 'Apples + 2 × Pears'],
    ['a threshold with no targets', book.offers[2]!, 'Whole basket'],
    ['by product name and category', { id: 'x', kind: 'percent-off', products: ['APL', 'GONE'], categories: ['fruit', 'cheese'], percent: 5 }, 'Apples, GONE; categories fruit, cheese'],
  ])('targets %s', (_name, offer, text) => {
    expect(describeTargets(book, offer)).toBe(text);
  });

  it.each<[string | undefined, string | undefined, string, boolean]>([
    [undefined, undefined, 'Always', true],
    ['2024-06-15', undefined, 'From 2024-06-15', true],
    ['2024-06-16', undefined, 'From 2024-06-16', false],
    [undefined, '2024-06-15', 'Until 2024-06-15', true],
    ['2024-01-01', '2024-06-14', '2024-01-01 to 2024-06-14', false],
  ])('valid from %s until %s reads "%s" and is active on 2024-06-15: %s', (validFrom, validUntil, text, active) => {
    const dates = { ...(validFrom === undefined ? {} : { validFrom }), ...(validUntil === undefined ? {} : { validUntil }) };
    expect(describeValidity(dates)).toBe(text);
    expect(validOn(dates, today)).toBe(active);
  });
});
