import { useMemo, useState } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { DataTable, type Column } from '../../ui/data-table';
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
      <DataTable
        caption="Offers"
        captionHidden
        columns={offerColumns(book, { edit: (row) => setEditing({ row }), toggle: (row) => void toggle(row), remove: setDeleting })}
        rows={shown.map((row) => shownRow(book, row, today, format))}
        rowKey={({ row }) => `${row.disabled ? 'off' : 'on'}:${row.offer.id}`}
        rowLabel={({ name }) => name}
        rowClassName={({ row }) => (row.disabled ? 'bg-ink-50 text-ink-500' : '')}
        empty={rows.length === 0 ? 'This book has no offers yet.' : `No offer matches “${query}”.`}
      />

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

/** A row as the table shows it: the offer, its name, its warnings and whether it applies today. */
interface ShownRow {
  readonly row: Row;
  readonly name: string;
  readonly warnings: readonly string[];
  readonly active: boolean;
  /** Within its validity dates today (active unless disabled or warned about). */
  readonly validToday: boolean;
}

function shownRow(book: PriceBook, row: Row, today: string, format: (minor: number) => string): ShownRow {
  const warnings = offerWarnings(book, row.offer, today, format);
  const validToday = validOn(row.offer, today);
  return { row, name: row.offer.label ?? row.offer.id, warnings, validToday, active: !row.disabled && validToday && warnings.length === 0 };
}

interface RowActions {
  readonly edit: (row: Row) => void;
  readonly toggle: (row: Row) => void;
  readonly remove: (row: Row) => void;
}

function offerColumns(book: PriceBook, actions: RowActions): readonly Column<ShownRow>[] {
  const top = 'align-top';
  return [
    {
      header: 'Offer',
      className: top,
      cell: ({ row, name, warnings }) => (
        <>
          <div className="font-semibold text-ink-900">{name}</div>
          <div className="font-mono text-sm text-ink-500">{row.offer.id}</div>
          {warnings.length > 0 && (
            <ul aria-label={`Warnings for ${name}`} className="mt-1 text-sm text-hint-800">
              {warnings.map((w) => (
                <li key={w}>⚠ {w}</li>
              ))}
            </ul>
          )}
        </>
      ),
    },
    { header: 'Kind', className: top, cell: ({ row }) => KIND_NAMES[row.offer.kind] },
    { header: 'Targets', className: `${top} max-w-72`, cell: ({ row }) => <span className="line-clamp-3">{describeTargets(book, row.offer)}</span> },
    { header: 'Valid', className: `${top} whitespace-nowrap`, cell: ({ row }) => describeValidity(row.offer) },
    {
      header: 'Today',
      className: top,
      cell: ({ row, active, validToday }) => (
        <span className={`rounded-lg px-2 py-1 text-sm font-semibold whitespace-nowrap ${active ? 'bg-brand-50 text-brand-800' : 'bg-ink-100 text-ink-600'}`}>
          {row.disabled ? 'Disabled' : active ? 'Active' : validToday ? 'Never applies' : 'Not today'}
        </span>
      ),
    },
    {
      header: 'Actions',
      headerHidden: true,
      className: 'align-top',
      cell: ({ row, name }) => (
        <div className="flex justify-end gap-2">
          <Button onClick={() => actions.edit(row)} aria-label={`Edit ${name}`}>
            Edit
          </Button>
          <Button onClick={() => actions.toggle(row)} aria-label={`${row.disabled ? 'Enable' : 'Disable'} ${name}`}>
            {row.disabled ? 'Enable' : 'Disable'}
          </Button>
          <Button variant="danger" onClick={() => actions.remove(row)} aria-label={`Delete ${name}`}>
            Delete
          </Button>
        </div>
      ),
    },
  ];
}
