import { useMemo, useState } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { describeTargets, describeValidity, offerWarnings, validOn } from '../forms/offer-checks';
import { emptyDraft, KIND_NAMES, offerToDraft } from '../forms/offer-draft';
import { OfferForm } from './offer-form';

export interface OffersPanelProps {
  readonly book: PriceBook;
  /** Offers disabled in the back office. */
  readonly parked: readonly Offer[];
  readonly today: string;
  readonly fractionDigits: number;
  readonly format: (minor: number) => string;
  /** Stores the book's offers and the disabled ones; resolves false when the engine refused them. */
  readonly onChange: (offers: readonly Offer[], parked: readonly Offer[]) => Promise<boolean>;
}

interface Row {
  readonly offer: Offer;
  readonly disabled: boolean;
}

type Editing = { readonly row: Row | null } | undefined;

/** The book's offers, searchable, each with its kind, targets, validity, whether it is active today and any warning. */
export function OffersPanel({ book, parked, today, fractionDigits, format, onChange }: OffersPanelProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(undefined);
  const [deleting, setDeleting] = useState<Row | undefined>(undefined);
  const rows = useMemo<Row[]>(() => [...book.offers.map((offer) => ({ offer, disabled: false })), ...parked.map((offer) => ({ offer, disabled: true }))], [book, parked]);
  const shown = rows.filter((r) => matches(book, r.offer, query));

  const without = (list: readonly Offer[], id: string) => list.filter((o) => o.id !== id);
  const save = async (previous: Row | null, offer: Offer, disabled: boolean) => {
    const keptOffers = previous === null || previous.disabled ? book.offers : without(book.offers, previous.offer.id);
    const keptParked = previous?.disabled === true ? without(parked, previous.offer.id) : parked;
    // An enabled offer edited and left enabled keeps its place in the book.
    const inPlace = previous !== null && !previous.disabled && !disabled;
    const offers = disabled ? keptOffers : inPlace ? book.offers.map((o) => (o.id === previous.offer.id ? offer : o)) : [...keptOffers, offer];
    if (await onChange(offers, disabled ? [...keptParked, offer] : keptParked)) setEditing(undefined);
  };
  const toggle = (row: Row) =>
    row.disabled
      ? onChange([...book.offers, row.offer], without(parked, row.offer.id))
      : onChange(without(book.offers, row.offer.id), [...parked, row.offer]);
  const remove = async (row: Row) => {
    if (await onChange(without(book.offers, row.offer.id), without(parked, row.offer.id))) setDeleting(undefined);
  };
  const editIndex = (row: Row | null) => (row === null || row.disabled ? null : book.offers.findIndex((o) => o.id === row.offer.id));

  return (
    <section aria-labelledby="offers-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="offers-heading" className="mr-auto text-2xl font-semibold text-ink-900">
          Offers <span className="text-ink-500">({rows.length})</span>
        </h2>
        <input type="search" aria-label="Search offers" placeholder="Search offers" value={query} onChange={(e) => setQuery(e.target.value)} className="min-h-12 w-72 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300" />
        <Button variant="primary" onClick={() => setEditing({ row: null })}>
          New offer
        </Button>
      </div>
      <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-ink-200">
        <table className="w-full text-left">
          <thead className="border-b border-ink-200 text-sm text-ink-600">
            <tr>
              <th className="px-4 py-3 font-semibold">Offer</th>
              <th className="px-4 py-3 font-semibold">Kind</th>
              <th className="px-4 py-3 font-semibold">Targets</th>
              <th className="px-4 py-3 font-semibold">Valid</th>
              <th className="px-4 py-3 font-semibold">Today</th>
              <th className="px-4 py-3 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {shown.map((row) => {
              const { offer } = row;
              const warnings = offerWarnings(book, offer, today, format);
              const active = !row.disabled && validOn(offer, today) && warnings.length === 0;
              const name = offer.label ?? offer.id;
              return (
                <tr key={`${row.disabled ? 'off' : 'on'}:${offer.id}`} aria-label={name} className={row.disabled ? 'bg-ink-50 text-ink-500' : ''}>
                  <td className="px-4 py-3 align-top">
                    <div className="font-semibold text-ink-900">{name}</div>
                    <div className="font-mono text-sm text-ink-500">{offer.id}</div>
                    {warnings.length > 0 && (
                      <ul aria-label={`Warnings for ${name}`} className="mt-1 text-sm text-hint-800">
                        {warnings.map((w) => (
                          <li key={w}>⚠ {w}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-4 py-3 align-top">{KIND_NAMES[offer.kind]}</td>
                  <td className="max-w-72 px-4 py-3 align-top">
                    <span className="line-clamp-3">
                      {describeTargets(book, offer)}
                    </span>
                  </td>
                  <td className="px-4 py-3 align-top whitespace-nowrap">{describeValidity(offer)}</td>
                  <td className="px-4 py-3 align-top">
                    <span className={`rounded-lg px-2 py-1 text-sm font-semibold whitespace-nowrap ${active ? 'bg-brand-50 text-brand-800' : 'bg-ink-100 text-ink-600'}`}>
                      {row.disabled ? 'Disabled' : active ? 'Active' : validOn(offer, today) ? 'Never applies' : 'Not today'}
                    </span>
                  </td>
                  <td className="px-4 py-2 align-top">
                    <div className="flex justify-end gap-2">
                      <Button onClick={() => setEditing({ row })} aria-label={`Edit ${name}`}>
                        Edit
                      </Button>
                      <Button onClick={() => void toggle(row)} aria-label={`${row.disabled ? 'Enable' : 'Disable'} ${name}`}>
                        {row.disabled ? 'Enable' : 'Disable'}
                      </Button>
                      <Button variant="danger" onClick={() => setDeleting(row)} aria-label={`Delete ${name}`}>
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {shown.length === 0 && <p className="px-4 py-6 text-center text-ink-600">{rows.length === 0 ? 'This book has no offers yet.' : `No offer matches “${query}”.`}</p>}
      </div>

      {editing !== undefined && (
        <OfferForm
          book={book}
          editing={editIndex(editing.row)}
          initial={editing.row === null ? emptyDraft() : offerToDraft(editing.row.offer, fractionDigits)}
          isNew={editing.row === null}
          startDisabled={editing.row?.disabled ?? false}
          fractionDigits={fractionDigits}
          format={format}
          today={today}
          onSave={(offer, disabled) => save(editing.row, offer, disabled)}
          onClose={() => setEditing(undefined)}
        />
      )}
      {deleting !== undefined && (
        <Dialog title={`Delete ${deleting.offer.label ?? deleting.offer.id}?`} onClose={() => setDeleting(undefined)} size="sm">
          <p className="text-ink-700">The offer leaves the book. Sales already recorded keep what they saved.</p>
          <div className="mt-5 flex justify-end gap-3">
            <Button onClick={() => setDeleting(undefined)} data-autofocus>
              Keep it
            </Button>
            <Button variant="danger" onClick={() => void remove(deleting)}>
              Delete offer
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

function matches(book: PriceBook, offer: Offer, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [offer.id, offer.label ?? '', KIND_NAMES[offer.kind], describeTargets(book, offer)].some((s) => s.toLowerCase().includes(q));
}
