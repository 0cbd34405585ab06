import { validatePriceBook, type Offer, type PriceBook } from '../../pricing';
import type { FieldProblems } from './draft-fields';
import { draftToOffer, EMPTY_SLOT, type OfferDraft, type SlotDraft } from './offer-draft';

// The offer form's rules, apart from its markup: which problems show, how bundle slots change,
// and what the draft is as an offer once the engine accepts it.

/** The draft as a typed offer, when the engine accepts it in the book (in place of the offer at `editing`). */
export function checkedOffer(book: PriceBook, editing: number | null, draft: OfferDraft, fractionDigits: number): Offer | undefined {
  const others = book.offers.filter((_, i) => i !== editing);
  const validation = validatePriceBook({ ...book, offers: [...others, draftToOffer(draft, fractionDigits).offer] });
  return validation.ok ? validation.book.offers[others.length] : undefined;
}

/** A field's problem, shown once the field has been left or a save was tried (not while it is first typed). */
export function shownError(problems: FieldProblems, field: string, tried: boolean, touched: ReadonlySet<string>): string | undefined {
  return tried || touched.has(field) ? problems.fields[field] : undefined;
}

/** The draft with slot `i` changed. */
export const withSlot = (draft: OfferDraft, i: number, patch: Partial<SlotDraft>): Partial<OfferDraft> => ({ slots: draft.slots.map((s, j) => (i === j ? { ...s, ...patch } : s)) });

/** The draft without slot `i`; a bundle keeps at least one slot. */
export const withoutSlot = (draft: OfferDraft, i: number): Partial<OfferDraft> => (draft.slots.length <= 1 ? {} : { slots: draft.slots.filter((_, j) => j !== i) });

/** The draft with one more, empty, slot. */
export const withNewSlot = (draft: OfferDraft): Partial<OfferDraft> => ({ slots: [...draft.slots, EMPTY_SLOT] });

/** The book's categories, once each, in the order of its products (the form suggests them). */
export const categoriesOf = (book: PriceBook): string[] => [...new Set(book.products.flatMap((p) => (p.category === undefined ? [] : [p.category])))];
