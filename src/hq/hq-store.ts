import { create } from 'zustand';
import type { PriceBook } from '../pricing';
import type { Enrolment } from './enrolment';
import type { OutboxState } from './outbox';

/** A book head office sent, as kept in the journal's database (so a till that starts offline has it). */
export interface HqBook {
  readonly book: PriceBook;
  readonly etag: string;
  /** The version head office published it as (1, 2, ... per store). */
  readonly version: number;
  /** When it was downloaded (ISO instant). */
  readonly at: string;
}

/** What the till knows of head office: who it is there, the book it sent, the outbox. */
export interface HqState {
  /** False until the enrolment was read back from storage. */
  readonly loaded: boolean;
  readonly enrolment: Enrolment | null;
  readonly book: HqBook | null;
  /** Why the latest book could not be fetched, when it could not (the till keeps the one it has). */
  readonly bookProblem: string | undefined;
  /** When head office last answered a book check (ISO instant). */
  readonly bookCheckedAt: string | undefined;
  readonly outbox: {
    readonly state: OutboxState;
    /** Entries not yet confirmed by head office. */
    readonly waiting: number;
    readonly lastUploadAt: string | undefined;
  };
}

export const initialHqState: HqState = {
  loaded: false,
  enrolment: null,
  book: null,
  bookProblem: undefined,
  bookCheckedAt: undefined,
  outbox: { state: { kind: 'idle' }, waiting: 0, lastUploadAt: undefined },
};

/** The till's view of head office; written only by the sync (`hq-sync.ts`). */
export const useHqStore = create<HqState>()(() => initialHqState);

export const useHqEnrolment = (): Enrolment | null => useHqStore((s) => s.enrolment);
export const useHqBook = (): HqBook | null => useHqStore((s) => s.book);
export const useHqLoaded = (): boolean => useHqStore((s) => s.loaded);
export const useHqBookProblem = (): string | undefined => useHqStore((s) => s.bookProblem);
export const useHqOutbox = (): HqState['outbox'] => useHqStore((s) => s.outbox);
