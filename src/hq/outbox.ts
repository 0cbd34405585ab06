import type { JournalEntry, ZReport } from '../sales';
import { retryDelayMs, type HqClient } from './hq-client';

// The journal is the outbox: entries go to head office in receipt-number order, a batch at a time,
// and a cursor (the last receipt number and Z number head office confirmed) says what is left.
// No entry is ever removed or marked: the cursor only moves past entries head office answered
// `stored` or `duplicate` for, so a retry after any failure sends them again and HQ keeps them once.

/** What the outbox reads from the journal. */
export interface OutboxSource {
  entriesAfter(receiptNumber: number, limit: number): Promise<JournalEntry[]>;
  countAfter(receiptNumber: number): Promise<number>;
  zReportsAfter(zNumber: number, limit: number): Promise<ZReport[]>;
}

/** How far head office has confirmed this till's journal. */
export interface OutboxCursor {
  /** The last receipt number head office has (every entry up to it). */
  readonly receipt: number;
  /** The last Z number head office has. */
  readonly z: number;
  /** When head office last confirmed a batch (ISO instant). */
  readonly lastUploadAt?: string;
}

export const EMPTY_CURSOR: OutboxCursor = { receipt: 0, z: 0 };

/**
 * Entries per request. Small enough that reading and serialising a batch takes a few milliseconds
 * of the till's thread (scans wait for nothing longer), large enough that 10,000 entries are 50
 * requests.
 */
export const OUTBOX_BATCH = 200;

/** Z reports per request (head office takes up to 100). */
const Z_BATCH = 50;

/** Why the outbox stopped until someone acts: retrying would not help. */
export type OutboxStop =
  /** The token is unknown or revoked: enrol again. */
  | { readonly kind: 'unauthorized'; readonly message: string }
  /** Head office refused a batch (another till's entry, or an invalid one): nothing is dropped, a person must look. */
  | { readonly kind: 'refused'; readonly message: string };

/** What one step of the outbox did. */
export type OutboxStep =
  /** Nothing left to send. */
  | { readonly kind: 'empty' }
  /** A batch reached head office; the cursor moved (save it before the next step). */
  | { readonly kind: 'sent'; readonly cursor: OutboxCursor; readonly count: number }
  /** Head office did not answer: try the same batch again later. */
  | { readonly kind: 'unavailable'; readonly message: string }
  | OutboxStop;

/**
 * Sends the next batch: the entries after the cursor, else the Z reports whose entries head office
 * already has (a Z reconciles its period, so it follows its entries).
 */
export async function sendNextBatch(source: OutboxSource, client: HqClient, cursor: OutboxCursor, now: string, batch = OUTBOX_BATCH): Promise<OutboxStep> {
  const entries = await source.entriesAfter(cursor.receipt, batch);
  if (entries.length > 0) {
    const result = await client.uploadSales(entries);
    if (result.kind !== 'uploaded') return stepOf(result, 'entries', entries[0]!.receiptNumber);
    return { kind: 'sent', count: entries.length, cursor: { ...cursor, receipt: entries.at(-1)!.receiptNumber, lastUploadAt: now } };
  }
  const reports = (await source.zReportsAfter(cursor.z, Z_BATCH)).filter((z) => z.toReceipt <= cursor.receipt);
  if (reports.length === 0) return { kind: 'empty' };
  const result = await client.uploadZReports(reports);
  if (result.kind !== 'uploaded') return stepOf(result, 'Z reports', reports[0]!.zNumber);
  return { kind: 'sent', count: reports.length, cursor: { ...cursor, z: reports.at(-1)!.zNumber, lastUploadAt: now } };
}

function stepOf(result: Exclude<Awaited<ReturnType<HqClient['uploadSales']>>, { kind: 'uploaded' }>, what: string, from: number): OutboxStep {
  switch (result.kind) {
    case 'unavailable':
    case 'unauthorized':
      return result;
    case 'forbidden':
      return { kind: 'refused', message: `Head office refused the ${what} from number ${from}: ${result.message}` };
    case 'invalid': {
      const first = result.problems[0];
      return { kind: 'refused', message: `Head office refused the ${what} from number ${from}: ${first === undefined ? result.message : `${first.path} ${first.message}`}` };
    }
  }
}

/** Where the outbox stands, for the screen. */
export type OutboxState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly message: string; readonly retryAt: string }
  | OutboxStop;

/** What draining needs besides the journal and head office. */
export interface DrainOptions {
  readonly source: OutboxSource;
  readonly client: HqClient;
  readonly cursor: OutboxCursor;
  /** Saves the cursor durably; the next batch is read only once this resolves. */
  readonly saveCursor: (cursor: OutboxCursor) => Promise<void>;
  /**
   * Waits `ms` milliseconds (0: yields to the page, so scans run between batches). May resolve
   * early (the network came back, a sale was recorded) and resolves `false` to stop draining.
   */
  readonly pause: (ms: number) => Promise<boolean>;
  readonly now: () => string;
  readonly random: () => number;
  /** Told every change of state and cursor. */
  readonly report: (state: OutboxState, cursor: OutboxCursor) => void;
}

/**
 * Sends batches until the outbox is empty or stopped: one batch, save the cursor, yield, the next;
 * while head office is unavailable, waits with exponential backoff and jitter, then tries again.
 * Resolves with the final cursor and state.
 */
export async function drainOutbox(options: DrainOptions): Promise<{ cursor: OutboxCursor; state: OutboxState }> {
  const { source, client, saveCursor, pause, report } = options;
  let cursor = options.cursor;
  let attempt = 0;
  for (;;) {
    report({ kind: 'sending' }, cursor);
    const step = await sendNextBatch(source, client, cursor, options.now());
    if (step.kind === 'empty') {
      report({ kind: 'idle' }, cursor);
      return { cursor, state: { kind: 'idle' } };
    }
    if (step.kind === 'unauthorized' || step.kind === 'refused') {
      report(step, cursor);
      return { cursor, state: step };
    }
    let wait = 0;
    if (step.kind === 'sent') {
      cursor = step.cursor;
      await saveCursor(cursor);
      attempt = 0;
    } else {
      attempt += 1;
      wait = retryDelayMs(attempt, options.random());
      const state: OutboxState = { kind: 'waiting', attempt, message: step.message, retryAt: new Date(Date.parse(options.now()) + wait).toISOString() };
      report(state, cursor);
    }
    if (!(await pause(wait))) return { cursor, state: { kind: 'idle' } };
  }
}
