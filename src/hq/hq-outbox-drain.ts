import type { Enrolment } from './enrolment';
import type { HqClient } from './hq-client';
import { cursorFrom, keepCursor, SETTING, type HqSettings } from './hq-kept';
import { useHqStore } from './hq-store';
import { drainOutbox, type OutboxCursor, type OutboxSource } from './outbox';

/** What the outbox needs of the journal: its entries after a cursor, and the settings it keeps the cursor in. */
export type OutboxJournal = OutboxSource & HqSettings;

/** Which link work belongs to. Every enrol and unenrol starts a new one; work begun for an older one stops. */
export interface LinkTurn {
  /** The current link's number. */
  current(): number;
  /** Whether work begun for link `n` may go on (the sync is running and `n` is still the link). */
  live(n: number): boolean;
}

export interface OutboxDrainerOptions {
  readonly journal: () => Promise<OutboxJournal>;
  /** Whether this page uploads now (only the tab that owns the till does). */
  readonly uploads: () => boolean;
  readonly enrolment: () => Enrolment | null;
  readonly clientOf: (e: Enrolment) => HqClient;
  /** Now, as an ISO instant. */
  readonly now: () => string;
  readonly turn: LinkTurn;
}

/** The outbox's runner: one drain at a time, a nudge cuts a backoff short. */
export interface OutboxDrainer {
  /** Sends what waits, unless a drain is running already (or there is no link, or this page does not upload). */
  drain(): Promise<void>;
  /** Something new to send: ends the running drain's wait, or starts a drain. */
  nudge(): void;
  /** Ends the running drain's wait (it then checks whether it may go on). */
  wake(): void;
}

/** Counts what still waits after the cursor, into the store. */
async function countWaiting(journal: OutboxSource, cursor: OutboxCursor): Promise<void> {
  const waiting = await journal.countAfter(cursor.receipt);
  useHqStore.setState((s) => ({ outbox: { ...s.outbox, waiting, lastUploadAt: cursor.lastUploadAt } }));
}

/** Makes the outbox's runner; everything it learns goes into `useHqStore`. */
export function createOutboxDrainer({ journal: openJournal, uploads, enrolment, clientOf, now, turn }: OutboxDrainerOptions): OutboxDrainer {
  let draining = false;
  let wake: (() => void) | undefined;

  // A timer, not a microtask: the page paints and handles scans between batches.
  const pause = (mine: number) => (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(turn.live(mine)), ms);
      wake = () => {
        clearTimeout(timer);
        resolve(turn.live(mine));
      };
    });

  const run = async (e: Enrolment, mine: number) => {
    const journal = await openJournal();
    const cursor = cursorFrom(await journal.setting(SETTING.outbox), e);
    await countWaiting(journal, cursor);
    await drainOutbox({
      source: journal,
      client: clientOf(e),
      cursor,
      saveCursor: async (next) => {
        await keepCursor(journal, e, next);
        await countWaiting(journal, next);
      },
      pause: pause(mine),
      now,
      random: Math.random,
      report: (state, at) => {
        if (mine !== turn.current()) return;
        useHqStore.setState((s) => ({ outbox: { ...s.outbox, state } }));
        // A failed try follows a nudge (a new sale, say): what waits may have grown.
        if (state.kind !== 'sending') void countWaiting(journal, at);
      },
    });
  };

  const drain = async (): Promise<void> => {
    const e = enrolment();
    const mine = turn.current();
    if (e === null || draining || !turn.live(mine) || !uploads()) return;
    draining = true;
    try {
      await run(e, mine);
    } finally {
      wake = undefined;
      draining = false;
    }
    // Enrolled again meanwhile: the new link's outbox starts now.
    if (mine !== turn.current()) void drain();
  };

  return {
    drain,
    nudge: () => {
      if (wake !== undefined) wake();
      else void drain();
    },
    wake: () => wake?.(),
  };
}
