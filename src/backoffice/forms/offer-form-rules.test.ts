import { describe, expect, it } from 'vitest';
import { emptyDraft, offerToDraft, type OfferDraft } from './offer-draft';
import { categoriesOf, checkedOffer, shownError, withNewSlot, withoutSlot, withSlot } from './offer-form-rules';
import { testBook } from './test-book';

const book = testBook();
const problems = { fields: { price: 'price is required' }, general: [] };
const bundle: OfferDraft = { ...emptyDraft('bundle'), slots: [{ products: 'APL', categories: '', quantity: '1' }, { products: 'PER', categories: '', quantity: '2' }] };

describe('the offer form’s rules', () => {
  it.each([
    ['hides a problem while the field is first typed', 'price', false, [], undefined],
    ['shows it once the field was left', 'price', false, ['price'], 'price is required'],
    ['shows it once a save was tried', 'price', true, [], 'price is required'],
    ['shows nothing for a field with no problem', 'quantity', true, ['quantity'], undefined],
  ] as const)('%s', (_, field, tried, touched, shown) => {
    expect(shownError(problems, field, tried, new Set(touched))).toBe(shown);
  });

  it.each([
    ['changes only the slot named', withSlot(bundle, 1, { quantity: '3' }), [{ products: 'APL', categories: '', quantity: '1' }, { products: 'PER', categories: '', quantity: '3' }]],
    ['removes the slot named', withoutSlot(bundle, 0), [{ products: 'PER', categories: '', quantity: '2' }]],
    ['adds an empty slot of one unit', withNewSlot(bundle), [...bundle.slots, { products: '', categories: '', quantity: '1' }]],
  ])('%s', (_, patch, slots) => {
    expect(patch.slots).toEqual(slots);
  });

  it('keeps a bundle’s last slot', () => {
    expect(withoutSlot({ ...bundle, slots: bundle.slots.slice(0, 1) }, 0)).toEqual({});
  });

  it('lists each category once, in the order of the products', () => {
    expect(categoriesOf(book)).toEqual(['fruit', 'cheese', 'bags']);
  });

  it('gives the offer the engine accepts in place of the one edited, and nothing for a draft it refuses', () => {
    const edited = { ...offerToDraft(book.offers[0]!, 2), price: '1.10' };
    expect(checkedOffer(book, 0, edited, 2)).toEqual({ ...book.offers[0], price: 110 });
    // The same id beside the offer it came from is a duplicate: only in its place is it valid.
    expect(checkedOffer(book, null, edited, 2)).toBeUndefined();
    expect(checkedOffer(book, 0, { ...edited, price: 'lots' }, 2)).toBeUndefined();
  });
});
