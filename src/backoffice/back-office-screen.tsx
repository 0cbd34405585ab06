import { useMemo, useState, type ReactNode } from 'react';
import { minorUnitDigits, moneyFormatter, type BookIssue, type Offer, type PriceBook } from '../pricing';
import { BookInUse } from '../ui/book-in-use';
import { Notice } from '../ui/notice';
import { TabList } from '../ui/tab-list';
import { effectiveBook, versionOf } from './edits/book-edits';
import { useBookEditor, useEditRecord } from './edits/book-edits-queries';
import { bookWithProduct, type ProductDraft } from './forms/product-draft';
import { localDate } from './local-dates';
import { BookChoice, type BookEntry } from './screen/book-choice';
import { OffersPanel } from './screen/offers-panel';
import { ProductsPanel } from './screen/products-panel';
import { ResetDialog } from './screen/reset-dialog';
import { TransferPanel } from './screen/transfer-panel';
import { WhatIfPanel } from './screen/what-if-panel';
import type { LoadSales } from './what-if/what-if';
import { AppHeader } from '../ui/app-header';

export interface BackOfficeScreenProps {
  /** The shipped book's address: edits are kept per address. */
  readonly url: string;
  readonly shipped: PriceBook;
  /** The shipped books (from `public/books/index.json`), to choose which to edit. */
  readonly books: readonly BookEntry[];
  /** Recorded sales between two times, from the sales journal. */
  readonly loadSales: LoadSales;
  /** Links to the app's other screens. */
  readonly nav?: ReactNode;
  /** The Staff tab's panel (the app composes it from the staff feature). */
  readonly staff?: ReactNode;
  /** The Head office tab's panel (enrolment and sync, composed by the app from `src/hq`). */
  readonly headOffice?: ReactNode;
}

const TABS = [
  { id: 'offers', label: 'Offers' },
  { id: 'products', label: 'Products' },
  { id: 'what-if', label: 'What if' },
  { id: 'transfer', label: 'Import and export' },
  { id: 'staff', label: 'Staff' },
  { id: 'head-office', label: 'Head office' },
] as const;
type Tab = (typeof TABS)[number]['id'];

type Notice = { readonly kind: 'saved'; readonly text: string } | { readonly kind: 'refused'; readonly text: string; readonly issues: readonly BookIssue[] } | undefined;

/**
 * The back office: the price book's offers and products, import and export, and what-if over
 * recorded sales. Every change is validated by the engine and stored as the next edited version
 * of the book; the till prices with it at once.
 */
export default function BackOfficeScreen({ url, shipped, books, loadSales, nav, staff, headOffice }: BackOfficeScreenProps) {
  const record = useEditRecord(url);
  const effective = useMemo(() => effectiveBook(shipped, record.data), [shipped, record.data]);
  const editor = useBookEditor(url, shipped);
  const [tab, setTab] = useState<Tab>('offers');
  const [notice, setNotice] = useState<Notice>(undefined);
  const [confirmReset, setConfirmReset] = useState(false);
  const { book, parked } = effective;
  const format = useMemo(() => moneyFormatter(book.currency), [book.currency]);
  const fractionDigits = minorUnitDigits(book.currency);
  const today = localDate(new Date());

  const save = async (next: unknown, nextParked: readonly Offer[], what: string): Promise<boolean> => {
    const result = await editor.save(next, nextParked);
    setNotice(result.ok ? { kind: 'saved', text: `${what} Saved as version ${String(result.record.book?.version)}.` } : { kind: 'refused', text: `${what} was not saved: the book would have problems.`, issues: result.issues });
    return result.ok;
  };
  const saveProduct = (index: number, draft: ProductDraft) => save(bookWithProduct(book, index, draft, fractionDigits), parked, `${draft.name} updated.`);
  const saveOffers = (offers: readonly Offer[], nextParked: readonly Offer[]) => save({ ...book, offers }, nextParked, 'Offers updated.');

  if (record.isPending) {
    return (
      <main className="grid min-h-dvh place-items-center bg-ink-100" aria-busy="true">
        <p className="text-lg text-ink-600">Loading the back office…</p>
      </main>
    );
  }

  return (
    <div className="flex min-h-dvh flex-col bg-ink-100">
      <AppHeader
        title="Back office"
        nav={nav}
        end={
          <div className="min-w-0">
            <BookInUse name={book.name ?? book.id ?? url} version={String(book.version ?? versionOf(shipped))} edited={effective.edited} problem={effective.problem} />
          </div>
        }
      />
      <main className="mx-auto flex w-full max-w-7xl flex-col gap-6 p-6">
        <BookChoice url={url} shipped={shipped} books={books} effective={effective} onReset={() => setConfirmReset(true)} />

        {notice?.kind === 'saved' && <Notice tone="done">{notice.text}</Notice>}
        {notice?.kind === 'refused' && <Notice tone="problem" issues={notice.issues}>{notice.text}</Notice>}

        <TabList label="Back office" tabs={TABS.filter((t) => (t.id !== 'staff' || staff !== undefined) && (t.id !== 'head-office' || headOffice !== undefined))} current={tab} onChoose={setTab} />
        <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
          {tab === 'offers' && <OffersPanel book={book} parked={parked} today={today} fractionDigits={fractionDigits} format={format} onChange={saveOffers} />}
          {tab === 'products' && <ProductsPanel book={book} fractionDigits={fractionDigits} format={format} onSave={saveProduct} />}
          {tab === 'what-if' && <WhatIfPanel book={book} parked={parked} today={today} format={format} loadSales={loadSales} />}
          {tab === 'transfer' && <TransferPanel book={book} onImport={(imported, file) => save(imported, parked, `Imported ${file}: the till now prices with it.`)} />}
          {tab === 'staff' && staff}
          {tab === 'head-office' && headOffice}
        </div>
      </main>

      {confirmReset && (
        <ResetDialog
          onKeep={() => setConfirmReset(false)}
          onReset={() =>
            void editor.reset().then(() => {
              setConfirmReset(false);
              setNotice({ kind: 'saved', text: 'Back to the shipped book.' });
            })
          }
        />
      )}
    </div>
  );
}
