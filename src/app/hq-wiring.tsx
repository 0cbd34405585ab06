import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PriceBook } from '../pricing';
import { HeadOfficePanel } from '../hq/head-office-panel';
import { useHqBook, useHqEnrolment, type HqBook } from '../hq/hq-store';
import { startHqSync, type HqSync } from '../hq/hq-sync';
import { HqHeaderStatus } from '../hq/outbox-status';
import { tillJournal } from '../sales/journal-loader';
import type { TillOwnership } from '../sales/till-lock';
import type { RecordSale } from '../till/checkout/record-sale';
import { useBasketLines, useTenders } from '../till/sale/sale-store';
import type { BookChoice } from '../till/books/book-choice';
import { BookInUseGate } from './book-wiring';
import { recordSaleAsOperator } from './staff-wiring';

let link: HqSync | undefined;
let uploads = false;

/**
 * Keeps this page's link with head office running. Every tab reads the enrolment and the book; only
 * the tab that owns the till uploads its journal.
 */
export function useHqLink(ownership: TillOwnership): void {
  useEffect(() => {
    uploads = ownership === 'owner';
    if (uploads) hqLink().nudge();
    else hqLink();
  }, [ownership]);
}

/** The page's one link, started on first use (it lasts the page's life). */
const hqLink = (): HqSync => (link ??= startHqSync({ journal: tillJournal, uploads: () => uploads }));

/** The back office's Head office tab. */
export function HeadOfficeTab() {
  return <HeadOfficePanel link={hqLink()} tillId={tillIdOfJournal} />;
}

const tillIdOfJournal = async () => (await tillJournal()).tillId();

/** Records a sale priced with head office's book `version`, then sends it on. */
const recordingHqVersion =
  (version: number): RecordSale =>
  async (sale, after) => {
    const recorded = await recordSaleAsOperator({ ...sale, book: { ...sale.book, hqVersion: version } }, after);
    link?.nudge();
    return recorded;
  };

/** What the till prices with: the book, its address and key, the header's label, and how sales are recorded. */
type TillBook = (book: PriceBook, url: string, key: string, label: ReactNode, recordSale: RecordSale) => ReactNode;

/**
 * The till's book: head office's when the till is enrolled and has one, else the shipped or edited
 * book chosen by `?book=` (as before head office).
 */
export function TillBookGate({ choice, children }: { readonly choice: BookChoice; readonly children: TillBook }) {
  const enrolment = useHqEnrolment();
  const latest = useHqBook();
  // Until the enrolment is read back (a few milliseconds), and while none is kept: the till's own books.
  if (enrolment === null || latest === null) {
    return <BookInUseGate choice={choice}>{(book, url, key, label) => children(book, url, key, label, recordSaleAsOperator)}</BookInUseGate>;
  }
  return <HqBookBetweenSales latest={latest} store={enrolment.store}>{children}</HqBookBetweenSales>;
}

/**
 * Head office's book, switched only between sales: while the basket has lines or money was taken,
 * the sale keeps the version it started with, and a newer one waits for it to end.
 */
function HqBookBetweenSales({ latest, store, children }: { readonly latest: HqBook; readonly store: string; readonly children: TillBook }) {
  const lines = useBasketLines();
  const tenders = useTenders();
  const underWay = lines.length > 0 || tenders.length > 0;
  const [applied, setApplied] = useState(latest);
  // Adjusting state while rendering (as use-sale-book does): the first render between sales takes the latest.
  if (applied !== latest && !underWay) setApplied(latest);
  const url = `hq:${store}`;
  const recordSale = useMemo(() => recordingHqVersion(applied.version), [applied.version]);
  return children(applied.book, url, `${url}#${applied.version}`, <HqHeaderStatus appliedVersion={applied.version} />, recordSale);
}
