import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { OffersPanel, ProductsPanel, bookWithProduct, localDate } from '../../backoffice';
import { minorUnitDigits, moneyFormatter, validatePriceBook, type BookIssue, type Offer, type PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { IssueList } from '../../ui/issue-list';
import { Notice } from '../../ui/notice';
import { TabList } from '../../ui/tab-list';
import { createAdminClient, type AdminConnection, type StoreSummary } from '../admin-client';
import { answerOf, headOfficeQueries, HeadOfficeError } from '../head-office-queries';
import { BookFileInput } from './book-file-input';
import { failureText } from './failure-text';

/** A store's book as edited here and not yet published, with the offers switched off in it. */
export interface Draft {
  readonly book: PriceBook;
  readonly parked: readonly Offer[];
}

/** Drafts by store id. */
export type Drafts = Readonly<Record<string, Draft>>;

export interface PublishPanelProps {
  readonly connection: AdminConnection;
  readonly stores: readonly StoreSummary[];
  readonly drafts: Drafts;
  readonly onDrafts: (drafts: Drafts) => void;
}

/** Choose a store; edit its book (or import one) and publish it to its tills. */
export function PublishPanel({ connection, stores, drafts, onDrafts }: PublishPanelProps) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const store = stores.find((s) => s.id === chosen) ?? stores[0];
  if (store === undefined) return <p className="rounded-xl bg-white p-6 text-ink-700 ring-1 ring-ink-200">Add a store first (Stores and tills).</p>;
  const setDraft = (draft: Draft | undefined) => {
    const { [store.id]: _old, ...others } = drafts;
    onDrafts(draft === undefined ? others : { ...others, [store.id]: draft });
  };
  return (
    <section aria-labelledby="books-heading" className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end gap-4">
        <h2 id="books-heading" className="mr-auto text-2xl font-semibold text-ink-900">
          Price books
        </h2>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold text-ink-800">Store</span>
          <select value={store.id} onChange={(e) => setChosen(e.target.value)} className="min-h-12 min-w-64 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300">
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.id})
              </option>
            ))}
          </select>
        </label>
      </div>
      <StoreBook key={store.id} connection={connection} store={store} draft={drafts[store.id]} onDraft={setDraft} />
    </section>
  );
}

type Notice = { readonly kind: 'status'; readonly text: string } | { readonly kind: 'refused'; readonly text: string; readonly issues: readonly BookIssue[]; readonly label: string } | undefined;

interface StoreBookProps {
  readonly connection: AdminConnection;
  readonly store: StoreSummary;
  readonly draft: Draft | undefined;
  readonly onDraft: (draft: Draft | undefined) => void;
}

function StoreBook({ connection, store, draft, onDraft }: StoreBookProps) {
  const published = useQuery(headOfficeQueries.book(connection, store.id));
  const [notice, setNotice] = useState<Notice>(undefined);
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: (book: PriceBook) => answerOf(createAdminClient(connection).publishBook(store.id, book)),
    onSuccess: async ({ version }) => {
      onDraft(undefined);
      setNotice({ kind: 'status', text: `Published version ${version} to ${store.name}: its tills switch to it between sales.` });
      await queryClient.invalidateQueries({ queryKey: headOfficeQueries.all(connection) });
    },
    onError: (error) => {
      const problems = error instanceof HeadOfficeError && error.failure.kind === 'refused' ? error.failure.problems : [];
      setNotice({ kind: 'refused', text: `Head office refused the book: ${failureText(error)}. Nothing was published.`, issues: problems, label: 'Publish problems' });
    },
  });
  const current = draft?.book ?? (published.data?.kind === 'book' ? published.data.book : undefined);

  /** Keeps an edit as the draft when the engine accepts the book; says why not otherwise. */
  const edited = async (next: unknown, parked: readonly Offer[], what: string): Promise<boolean> => {
    const validation = validatePriceBook(next);
    if (!validation.ok) {
      setNotice({ kind: 'refused', text: `${what} was not kept: the book would have problems.`, issues: validation.issues, label: 'Problems' });
      return false;
    }
    onDraft({ book: validation.book, parked });
    setNotice({ kind: 'status', text: `${what} Not published yet.` });
    return true;
  };

  if (published.isPending) return <p className="text-ink-600">Loading {store.name}’s book…</p>;
  return (
    <div className="flex flex-col gap-4">
      <section aria-label="Book state" className="flex flex-wrap items-center gap-4 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
        <p className="mr-auto text-ink-800">
          {published.isError ? failureText(published.error) : published.data.kind === 'none' ? `${store.name} has no published book yet.` : `Published: version ${published.data.version}.`}
          {draft !== undefined && <strong className="ml-2">Edited here, not yet published.</strong>}
        </p>
        <BookFileInput current={current} onBook={(book, file) => edited(book, draft?.parked ?? [], `Imported ${file}.`)} onRefused={(file, issues) => setNotice({ kind: 'refused', text: `${file} was not imported: it has ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}.`, issues, label: 'Import problems' })} />
        <Button disabled={draft === undefined} onClick={() => onDraft(undefined)}>
          Discard edits
        </Button>
        <Button variant="primary" disabled={draft === undefined || publish.isPending} onClick={() => draft !== undefined && publish.mutate(draft.book)}>
          Publish to {store.name}
        </Button>
      </section>
      {published.data?.kind === 'invalid' && <IssueList issues={published.data.issues} label="Problems in the published book" />}
      {notice?.kind === 'status' && <Notice tone="done">{notice.text}</Notice>}
      {notice?.kind === 'refused' && <Notice tone="problem" issues={notice.issues} issuesLabel={notice.label}>{notice.text}</Notice>}
      {current !== undefined && <BookEditors book={current} parked={draft?.parked ?? []} edited={edited} />}
    </div>
  );
}

const BOOK_TABS = [
  { id: 'offers', label: 'Offers' },
  { id: 'products', label: 'Products' },
] as const;

/** The back office's own offer and product editors, on the draft. */
function BookEditors({ book, parked, edited }: { readonly book: PriceBook; readonly parked: readonly Offer[]; readonly edited: (next: unknown, parked: readonly Offer[], what: string) => Promise<boolean> }) {
  const [tab, setTab] = useState<(typeof BOOK_TABS)[number]['id']>('offers');
  const format = useMemo(() => moneyFormatter(book.currency), [book.currency]);
  const fractionDigits = minorUnitDigits(book.currency);
  return (
    <div className="flex flex-col gap-4">
      <TabList label="Book" tabs={BOOK_TABS} current={tab} onChoose={setTab} />
      {tab === 'offers' && <OffersPanel book={book} parked={parked} today={localDate(new Date())} fractionDigits={fractionDigits} format={format} onChange={(offers, nextParked) => edited({ ...book, offers }, nextParked, 'Offers updated.')} />}
      {tab === 'products' && <ProductsPanel book={book} fractionDigits={fractionDigits} format={format} onSave={(index, draft) => edited(bookWithProduct(book, index, draft, fractionDigits), parked, `${draft.name} updated.`)} />}
    </div>
  );
}
