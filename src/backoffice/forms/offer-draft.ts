import type { Offer, PriceBook } from '../../pricing';
import { compact, problemsFor, readInteger, readList, readMoney, withEntry, writeMoney, type FieldProblems, type ReadError } from './draft-fields';

/** The offer kinds, in the order the form offers them. */
export const OFFER_KINDS = ['multi-buy', 'bundle', 'cheapest-free', 'percent-off', 'amount-off', 'spend-threshold'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** What each kind is called on screen. */
export const KIND_NAMES: Readonly<Record<OfferKind, string>> = {
  'multi-buy': 'Multi-buy',
  bundle: 'Bundle',
  'cheapest-free': 'Cheapest free',
  'percent-off': 'Percent off',
  'amount-off': 'Amount off',
  'spend-threshold': 'Spend threshold',
};

export const BASES = ['before-offers', 'after-offers', 'full-price-only'] as const;
export type Basis = (typeof BASES)[number];

/** One bundle slot as typed. */
export interface SlotDraft {
  readonly products: string;
  readonly categories: string;
  readonly quantity: string;
}

/**
 * An offer as the form holds it: every field as typed text, for every kind at once, so switching
 * kind keeps what the manager already typed. Money is in the currency's major unit ("1.30").
 */
export interface OfferDraft {
  readonly kind: OfferKind;
  readonly id: string;
  readonly label: string;
  readonly products: string;
  readonly categories: string;
  readonly priority: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly limit: string;
  readonly quantity: string;
  readonly price: string;
  readonly slots: readonly SlotDraft[];
  readonly buy: string;
  readonly free: string;
  readonly percent: string;
  readonly amount: string;
  readonly threshold: string;
  /** A spend threshold gives an amount or a percent off. */
  readonly reward: 'amount' | 'percent';
  readonly basis: Basis;
  readonly exclusive: boolean;
}

/** A bundle slot as a new one starts: one unit of nothing yet. */
export const EMPTY_SLOT: SlotDraft = { products: '', categories: '', quantity: '1' };

/** A blank offer of a kind. */
export function emptyDraft(kind: OfferKind = 'multi-buy'): OfferDraft {
  return {
    kind, id: '', label: '', products: '', categories: '', priority: '', validFrom: '', validUntil: '', limit: '',
    quantity: '', price: '', slots: [EMPTY_SLOT, EMPTY_SLOT], buy: '', free: '', percent: '', amount: '', threshold: '',
    reward: 'amount', basis: 'after-offers', exclusive: false,
  };
}

const text = (v: number | undefined): string => (v === undefined ? '' : String(v));
const joined = (v: readonly string[] | undefined): string => (v ?? []).join(', ');

/** The form's text for an existing offer. */
export function offerToDraft(offer: Offer, fractionDigits: number): OfferDraft {
  const base: OfferDraft = {
    ...emptyDraft(offer.kind),
    id: offer.id,
    label: offer.label ?? '',
    products: joined(offer.products),
    categories: joined(offer.categories),
    priority: text(offer.priority),
    validFrom: offer.validFrom ?? '',
    validUntil: offer.validUntil ?? '',
    limit: text(offer.limit),
  };
  const m = (v: number | undefined) => writeMoney(v, fractionDigits);
  switch (offer.kind) {
    case 'multi-buy':
      return { ...base, quantity: text(offer.quantity), price: m(offer.price) };
    case 'bundle':
      return {
        ...base,
        price: m(offer.price),
        slots: offer.slots.map((s) => ({ products: joined(s.products), categories: joined(s.categories), quantity: text(s.quantity) })),
      };
    case 'cheapest-free':
      return { ...base, buy: text(offer.buy), free: text(offer.free) };
    case 'percent-off':
      return { ...base, percent: text(offer.percent) };
    case 'amount-off':
      return { ...base, amount: m(offer.amount) };
    case 'spend-threshold':
      return {
        ...base,
        threshold: m(offer.threshold),
        reward: offer.percent !== undefined ? 'percent' : 'amount',
        amount: m(offer.amount),
        percent: text(offer.percent),
        basis: offer.basis,
        exclusive: offer.exclusive ?? false,
      };
  }
}

/**
 * The offer JSON a draft stands for, exactly as a book would hold it (only the fields of its
 * kind, absent fields left out), and the fields whose text could not be read at all.
 */
export function draftToOffer(draft: OfferDraft, fractionDigits: number): { offer: Record<string, unknown>; readErrors: ReadError[] } {
  const readErrors: ReadError[] = [];
  const money = (field: string, value: string): number | undefined => {
    const read = readMoney(value, fractionDigits);
    if (read.error !== undefined) readErrors.push({ field, message: read.error });
    return read.value;
  };
  const int = (field: string, value: string): number | undefined => {
    const read = readInteger(value);
    if (read.error !== undefined) readErrors.push({ field, message: read.error });
    return read.value;
  };
  const common = {
    id: draft.id.trim(),
    kind: draft.kind,
    label: draft.label.trim() === '' ? undefined : draft.label.trim(),
    priority: int('priority', draft.priority),
    validFrom: draft.validFrom.trim() === '' ? undefined : draft.validFrom.trim(),
    validUntil: draft.validUntil.trim() === '' ? undefined : draft.validUntil.trim(),
    limit: int('limit', draft.limit),
  };
  const targets = { products: readList(draft.products), categories: readList(draft.categories) };
  let specific: Record<string, unknown>;
  switch (draft.kind) {
    case 'multi-buy':
      specific = { ...targets, quantity: int('quantity', draft.quantity), price: money('price', draft.price) };
      break;
    case 'bundle':
      specific = {
        slots: draft.slots.map((s, i) => compact({ products: readList(s.products), categories: readList(s.categories), quantity: int(`slots.${i}.quantity`, s.quantity) })),
        price: money('price', draft.price),
      };
      break;
    case 'cheapest-free':
      specific = { ...targets, buy: int('buy', draft.buy), free: int('free', draft.free) };
      break;
    case 'percent-off':
      specific = { ...targets, percent: int('percent', draft.percent) };
      break;
    case 'amount-off':
      specific = { ...targets, amount: money('amount', draft.amount) };
      break;
    case 'spend-threshold':
      specific = {
        ...targets,
        threshold: money('threshold', draft.threshold),
        ...(draft.reward === 'amount' ? { amount: money('amount', draft.amount) } : { percent: int('percent', draft.percent) }),
        basis: draft.basis,
        exclusive: draft.exclusive ? true : undefined,
      };
      break;
  }
  return { offer: compact({ ...common, ...specific }), readErrors };
}

/**
 * Checks a draft as the engine would: the candidate offer is put into the book (at the end, so a
 * duplicate id is reported on it, not on the offer it copies) and the whole book is validated.
 * Messages come back by field; problems the change would cause elsewhere are general.
 */
export function validateOfferDraft(book: PriceBook, editing: number | null, draft: OfferDraft, fractionDigits: number): FieldProblems {
  const { offer, readErrors } = draftToOffer(draft, fractionDigits);
  const others = book.offers.filter((_, i) => i !== editing);
  const candidate = withEntry({ ...book, offers: others }, 'offers', null, offer);
  const problems = problemsFor(candidate, `$.offers[${others.length}]`, readErrors);
  // A threshold's "exactly one of amount or percent" is about the offer as a whole; the form shows it by the reward.
  const { entity, ...fields } = problems.fields;
  return entity === undefined ? problems : { ...problems, fields: { ...fields, [draft.kind === 'spend-threshold' ? draft.reward : 'entity']: entity } };
}

/** The book with the draft saved in place of the offer at `editing` (or added when null). */
export function bookWithOffer(book: PriceBook, editing: number | null, draft: OfferDraft, fractionDigits: number): Record<string, unknown> {
  return withEntry(book, 'offers', editing, draftToOffer(draft, fractionDigits).offer);
}
