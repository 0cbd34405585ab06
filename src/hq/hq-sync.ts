import { validatePriceBook } from '../pricing';
import { enrolmentFrom, isEnrolment, parseHqAddress, type Enrolment } from './enrolment';
import { createHqClient, type HqClient, type HqClientOptions } from './hq-client';
import { initialHqState, useHqStore, type HqBook } from './hq-store';
import { drainOutbox, EMPTY_CURSOR, type OutboxCursor, type OutboxSource } from './outbox';

// The till's link to head office: reads the enrolment back at start, checks the book on start,
// every minute and when the network returns, and drains the outbox whenever there is something
// to send. Everything it learns goes into `useHqStore`; the screens only read that.

/** What the sync needs of the journal (the app passes the till's journal). */
export interface HqJournal extends OutboxSource {
  tillId(): Promise<string>;
  setting(name: string): Promise<unknown>;
  saveSetting(name: string, value: unknown): Promise<void>;
}

const ENROLMENT = 'hq.enrolment';
const BOOK = 'hq.book';
const OUTBOX = 'hq.outbox';

/** How often the till asks for a newer book. */
export const BOOK_POLL_MS = 60_000;

/** What kept values belong to: a cursor or book of another head office or store is not used. */
const sameLink = (value: unknown, e: Enrolment): boolean =>
  typeof value === 'object' && value !== null && (value as { baseUrl?: unknown }).baseUrl === e.baseUrl && (value as { store?: unknown }).store === e.store;

export interface HqSyncOptions {
  readonly journal: () => Promise<HqJournal>;
  /** Whether this page uploads now (only the tab that owns the till does; others only read the book). */
  readonly uploads: () => boolean;
  readonly makeClient?: (options: HqClientOptions) => HqClient;
  readonly now?: () => Date;
}

/** The running link; `stop` ends its timers and listeners. */
export interface HqSync {
  /** Tests the address and token with head office and, when they name this till, keeps them. */
  enrol(address: string, token: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Forgets the enrolment (the journal keeps every entry; the till goes back to its own books). */
  unenrol(): Promise<void>;
  /** Something new is in the journal (or the network is back): send it. */
  nudge(): void;
  /** Checks for a newer book now. */
  checkBook(): Promise<void>;
  stop(): void;
}

/** Starts the link with head office for this page. */
export function startHqSync(options: HqSyncOptions): HqSync {
  const makeClient = options.makeClient ?? createHqClient;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const set = useHqStore.setState;
  let stopped = false;
  let draining = false;
  let wake: (() => void) | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  /** Bumped by every enrol and unenrol: work started for an older link stops. */
  let link = 0;

  const enrolment = () => useHqStore.getState().enrolment;
  const clientOf = (e: Enrolment) => makeClient({ baseUrl: e.baseUrl, token: e.token });

  const checkBook = async () => {
    const e = enrolment();
    if (e === null || stopped) return;
    const mine = link;
    const result = await clientOf(e).fetchBook(useHqStore.getState().book?.etag);
    if (mine !== link) return;
    if (result.kind === 'book') {
      const book: HqBook = { book: result.book, etag: result.etag, version: result.version, at: now() };
      await (await options.journal()).saveSetting(BOOK, { baseUrl: e.baseUrl, store: e.store, ...book });
      set({ book, bookProblem: undefined, bookCheckedAt: now() });
    } else if (result.kind === 'unchanged') set({ bookProblem: undefined, bookCheckedAt: now() });
    else if (result.kind === 'invalid-book') set({ bookProblem: 'Head office sent a book this till cannot read: it keeps the prices it has.' });
    else if (result.kind === 'unauthorized') set({ bookProblem: 'Head office no longer knows this till: enrol it again in the back office.' });
    else set({ bookProblem: result.message });
  };

  const countWaiting = async (journal: HqJournal, cursor: OutboxCursor) => {
    const waiting = await journal.countAfter(cursor.receipt);
    set((s) => ({ outbox: { ...s.outbox, waiting, lastUploadAt: cursor.lastUploadAt } }));
  };

  const drain = async () => {
    const e = enrolment();
    if (e === null || draining || stopped || !options.uploads()) return;
    draining = true;
    const mine = link;
    try {
      const journal = await options.journal();
      const kept = await journal.setting(OUTBOX);
      const cursor = sameLink(kept, e) ? { ...EMPTY_CURSOR, ...(kept as { cursor: OutboxCursor }).cursor } : EMPTY_CURSOR;
      await countWaiting(journal, cursor);
      await drainOutbox({
        source: journal,
        client: clientOf(e),
        cursor,
        saveCursor: async (next) => {
          await journal.saveSetting(OUTBOX, { baseUrl: e.baseUrl, store: e.store, cursor: next });
          await countWaiting(journal, next);
        },
        // A timer, not a microtask: the page paints and handles scans between batches.
        pause: (ms) =>
          new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(!stopped && mine === link), ms);
            wake = () => {
              clearTimeout(timer);
              resolve(!stopped && mine === link);
            };
          }),
        now,
        random: Math.random,
        report: (state, at) => {
          if (mine !== link) return;
          set((s) => ({ outbox: { ...s.outbox, state } }));
          // A failed try follows a nudge (a new sale, say): what waits may have grown.
          if (state.kind !== 'sending') void countWaiting(journal, at);
        },
      });
    } finally {
      wake = undefined;
      draining = false;
    }
    // Enrolled again meanwhile: the new link's outbox starts now.
    if (mine !== link) void drain();
  };

  const nudge = () => {
    if (wake !== undefined) wake();
    else void drain();
  };
  const online = () => {
    void checkBook();
    nudge();
  };

  /** Starts the minute's book check and the first drain for the enrolment in the store. */
  const follow = () => {
    clearInterval(pollTimer);
    if (enrolment() === null) return;
    // The minute's check also sends what refunds and Z reports (recorded elsewhere) added.
    pollTimer = setInterval(() => {
      void checkBook();
      nudge();
    }, BOOK_POLL_MS);
    void checkBook();
    void drain();
  };

  void (async () => {
    const journal = await options.journal();
    const kept = await journal.setting(ENROLMENT);
    const e = isEnrolment(kept) ? kept : null;
    const book = e === null ? null : await keptBook(journal, e);
    if (stopped) return;
    set({ ...initialHqState, loaded: true, enrolment: e, book });
    follow();
  })().catch(() => set({ loaded: true }));
  window.addEventListener('online', online);

  return {
    async enrol(address, token) {
      const parsed = parseHqAddress(address);
      if (!parsed.ok) return parsed;
      if (token.trim() === '') return { ok: false, message: 'Enter the till token head office gave for this till.' };
      const journal = await options.journal();
      const answer = await makeClient({ baseUrl: parsed.baseUrl, token: token.trim() }).whoAmI();
      const result = enrolmentFrom(answer, parsed.baseUrl, token.trim(), await journal.tillId(), now());
      if (!result.ok) return result;
      await journal.saveSetting(ENROLMENT, result.enrolment);
      link += 1;
      wake?.();
      const book = await keptBook(journal, result.enrolment);
      set({ ...initialHqState, loaded: true, enrolment: result.enrolment, book });
      follow();
      return { ok: true };
    },
    async unenrol() {
      await (await options.journal()).saveSetting(ENROLMENT, undefined);
      link += 1;
      wake?.();
      clearInterval(pollTimer);
      set({ ...initialHqState, loaded: true });
    },
    nudge,
    checkBook,
    stop() {
      stopped = true;
      wake?.();
      clearInterval(pollTimer);
      window.removeEventListener('online', online);
    },
  };
}

/** The book kept for this enrolment, if it is still one the engine reads. */
async function keptBook(journal: HqJournal, e: Enrolment): Promise<HqBook | null> {
  const kept = await journal.setting(BOOK);
  if (!sameLink(kept, e)) return null;
  const { book, etag, version, at } = kept as HqBook;
  const valid = validatePriceBook(book);
  return valid.ok && typeof etag === 'string' && typeof version === 'number' ? { book: valid.book, etag, version, at } : null;
}
