import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../../pricing';
import { bookWithOffer, draftToOffer, emptyDraft, offerToDraft, validateOfferDraft, type OfferDraft } from './offer-draft';
import { testBook } from './test-book';

const book = testBook();

describe('an offer in the form', () => {
  it.each(book.offers.map((offer) => [offer.id, offer] as const))('%s round-trips through the form unchanged', (_id, offer) => {
    expect(draftToOffer(offerToDraft(offer, 2), 2)).toEqual({ offer, readErrors: [] });
  });

  it('keeps only the fields of the chosen kind', () => {
    const draft: OfferDraft = { ...emptyDraft('percent-off'), id: 'p', products: 'APL', percent: '25', price: '9.99', quantity: '3' };
    expect(draftToOffer(draft, 2).offer).toEqual({ id: 'p', kind: 'percent-off', products: ['APL'], percent: 25 });
  });

  it('writes a threshold with a percent reward, its basis and exclusivity', () => {
    const draft: OfferDraft = { ...emptyDraft('spend-threshold'), id: 't', threshold: '20', reward: 'percent', percent: '5', amount: '1', basis: 'full-price-only', exclusive: true };
    expect(draftToOffer(draft, 2).offer).toEqual({ id: 't', kind: 'spend-threshold', threshold: 2000, percent: 5, basis: 'full-price-only', exclusive: true });
  });
});

describe('checking an offer as the engine does', () => {
  const multiBuy = (over: Partial<OfferDraft>): OfferDraft => ({ ...emptyDraft('multi-buy'), id: 'new', products: 'APL', quantity: '2', price: '0.90', ...over });

  it.each<[string, OfferDraft, Record<string, string>]>([
    ['a good multi-buy has no problems', multiBuy({}), {}],
    ['an empty price is required', multiBuy({ price: '' }), { price: 'price is required' }],
    ['a price that is not an amount', multiBuy({ price: 'lots' }), { price: 'write an amount such as 1.30' }],
    ['a negative price', multiBuy({ price: '-1' }), { price: 'price must not be negative' }],
    ['a fractional quantity', multiBuy({ quantity: '2.5' }), { quantity: 'quantity must be a whole number' }],
    ['a zero quantity', multiBuy({ quantity: '0' }), { quantity: 'quantity must be at least 1' }],
    ['an unknown SKU', multiBuy({ products: 'APL, ZZZ' }), { products: 'unknown SKU "ZZZ": no product has it' }],
    ['an unknown category', multiBuy({ products: '', categories: 'wine' }), { categories: 'unknown category "wine": no product is in it' }],
    ['no targets at all', multiBuy({ products: '' }), { entity: 'an offer must target products or categories' }],
    ['an id already used', multiBuy({ id: 'meal' }), { id: 'duplicate offer id "meal"' }],
    ['no id', multiBuy({ id: ' ' }), { id: 'id must not be empty' }],
    ['dates the wrong way round', multiBuy({ validFrom: '2024-06-02', validUntil: '2024-06-01' }), { validUntil: 'validUntil is before validFrom' }],
    ['a date that is not one', multiBuy({ validFrom: '1/6/2024' }), { validFrom: 'must be a date written YYYY-MM-DD' }],
    ['a zero limit', multiBuy({ limit: '0' }), { limit: 'limit must be at least 1' }],
    ['a fractional priority', multiBuy({ priority: '1.5' }), { priority: 'priority must be a whole number' }],
    ['a priority that is no number', multiBuy({ priority: 'high' }), { priority: 'write a whole number' }],
    ['cheapest-free giving all away', { ...emptyDraft('cheapest-free'), id: 'c', categories: 'fruit', buy: '3', free: '3' }, { free: 'free must be fewer than buy' }],
    ['a percent over 100', { ...emptyDraft('percent-off'), id: 'p', products: 'APL', percent: '150' }, { percent: 'percent must be at most 100' }],
    ['an amount of zero', { ...emptyDraft('amount-off'), id: 'a', products: 'APL', amount: '0' }, { amount: 'amount must be more than zero' }],
    ['a threshold with no amount', { ...emptyDraft('spend-threshold'), id: 't', threshold: '10' }, { amount: 'a spend-threshold needs exactly one of "amount" or "percent"' }],
    [
      'a bundle slot naming nothing and one naming an unknown SKU',
      { ...emptyDraft('bundle'), id: 'b', price: '1', slots: [{ products: '', categories: '', quantity: '1' }, { products: 'NOPE', categories: '', quantity: '1' }] },
      { 'slots.0': 'a slot must name products or categories', 'slots.1.products': 'unknown SKU "NOPE": no product has it' },
    ],
  ])('%s', (_name, draft, fields) => {
    expect(validateOfferDraft(book, null, draft, 2)).toEqual({ fields, general: [] });
  });

  it('lets an offer keep its own id when it is edited in place', () => {
    const index = book.offers.findIndex((o) => o.id === 'meal');
    const draft = offerToDraft(book.offers[index]!, 2);
    expect(validateOfferDraft(book, index, { ...draft, price: '1.40' }, 2)).toEqual({ fields: {}, general: [] });
    const saved = validatePriceBook(bookWithOffer(book, index, { ...draft, price: '1.40' }, 2));
    expect(saved.ok && saved.book.offers[index]).toMatchObject({ id: 'meal', price: 140 });
  });
});
