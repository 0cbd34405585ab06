import { enrolmentFrom, parseHqAddress, type Enrolment } from './enrolment';
import { bookCheckOutcome } from './hq-book-check';
import { createHqClient, type HqClient, type HqClientOptions } from './hq-client';
import { keepBook, keptBook, keptEnrolment, SETTING } from './hq-kept';
import { createOutboxDrainer, type LinkTurn, type OutboxJournal } from './hq-outbox-drain';
import { initialHqState, useHqStore } from './hq-store';

// The till's link to head office: reads the enrolment back at start, checks the book on start,
// every minute and when the network returns, and drains the outbox whenever there is something
// to send. Everything it learns goes into `useHqStore`; the screens only read that.

/** What the sync needs of the journal (the app passes the till's journal). */
export interface HqJournal extends OutboxJournal {
  tillId(): Promise<string>;
}

/** How often the till asks for a newer book. */
export const BOOK_POLL_MS = 60_000;

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

/** The link's turns: bumped by every enrol and unenrol, and ended for good by stop. */
function linkTurns(): LinkTurn & { next(): void; stop(): void; stopped(): boolean } {
  let link = 0;
  let stopped = false;
  return {
    current: () => link,
    live: (n) => !stopped && n === link,
    next: () => void (link += 1),
    stop: () => void (stopped = true),
    stopped: () => stopped,
  };
}

/** Starts the link with head office for this page. */
export function startHqSync(options: HqSyncOptions): HqSync {
  const makeClient = options.makeClient ?? createHqClient;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const set = useHqStore.setState;
  const turn = linkTurns();
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  const enrolment = () => useHqStore.getState().enrolment;
  const clientOf = (e: Enrolment) => makeClient({ baseUrl: e.baseUrl, token: e.token });
  const outbox = createOutboxDrainer({ journal: options.journal, uploads: options.uploads, enrolment, clientOf, now, turn });

  const checkBook = async () => {
    const e = enrolment();
    const mine = turn.current();
    if (e === null || !turn.live(mine)) return;
    const result = await clientOf(e).fetchBook(useHqStore.getState().book?.etag);
    if (mine !== turn.current()) return;
    const { keep, patch } = bookCheckOutcome(result, now());
    if (keep !== undefined) await keepBook(await options.journal(), e, keep);
    set(patch);
  };
  const online = () => {
    void checkBook();
    outbox.nudge();
  };

  /** Shows the enrolment (and its kept book), then starts the minute's book check and the first drain. */
  const follow = async (journal: HqJournal, e: Enrolment | null) => {
    const book = e === null ? null : await keptBook(journal, e);
    if (turn.stopped()) return;
    set({ ...initialHqState, loaded: true, enrolment: e, book });
    clearInterval(pollTimer);
    if (e === null) return;
    // The minute's check also sends what refunds and Z reports (recorded elsewhere) added.
    pollTimer = setInterval(online, BOOK_POLL_MS);
    void checkBook();
    void outbox.drain();
  };

  void (async () => {
    const journal = await options.journal();
    await follow(journal, await keptEnrolment(journal));
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
      await journal.saveSetting(SETTING.enrolment, result.enrolment);
      turn.next();
      outbox.wake();
      await follow(journal, result.enrolment);
      return { ok: true };
    },
    async unenrol() {
      await (await options.journal()).saveSetting(SETTING.enrolment, undefined);
      turn.next();
      outbox.wake();
      clearInterval(pollTimer);
      set({ ...initialHqState, loaded: true });
    },
    nudge: outbox.nudge,
    checkBook,
    stop() {
      turn.stop();
      outbox.wake();
      clearInterval(pollTimer);
      window.removeEventListener('online', online);
    },
  };
}
