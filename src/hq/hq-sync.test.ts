// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../sales';
import type { BookResult, HqClient, UploadResult, WhoAmIResult } from './hq-client';
import { initialHqState, useHqStore } from './hq-store';
import { startHqSync, type HqJournal, type HqSync } from './hq-sync';

const book = { id: 'kata', currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 50 }], offers: [] };

/** A journal's settings and entries in memory. */
function memoryJournal(entries: JournalEntry[] = []): HqJournal & { settings: Map<string, unknown> } {
  const settings = new Map<string, unknown>();
  return {
    settings,
    tillId: async () => 'till-1',
    setting: async (name) => settings.get(name),
    saveSetting: async (name, value) => void (value === undefined ? settings.delete(name) : settings.set(name, structuredClone(value))),
    entriesAfter: async (n, limit) => entries.filter((e) => e.receiptNumber > n).slice(0, limit),
    countAfter: async (n) => entries.filter((e) => e.receiptNumber > n).length,
    zReportsAfter: async () => [],
  };
}

/** Head office as the client sees it: who the token is, the book, and every upload answered. */
function office(who: WhoAmIResult, bookResult: BookResult) {
  const uploaded: string[] = [];
  const client: HqClient = {
    whoAmI: async () => who,
    fetchBook: async () => bookResult,
    uploadSales: async (entries): Promise<UploadResult> => {
      uploaded.push(...entries.map((e) => e.id));
      return { kind: 'uploaded', stored: entries.length, duplicate: 0, results: entries.map((e) => ({ id: e.id, status: 'stored' })) };
    },
    uploadZReports: async () => ({ kind: 'uploaded', stored: 0, duplicate: 0, results: [] }),
  };
  return { client, uploaded };
}

const settled = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const running: HqSync[] = [];
const start = (journal: HqJournal, client: HqClient) => {
  const sync = startHqSync({ journal: async () => journal, uploads: () => true, makeClient: () => client });
  running.push(sync);
  return sync;
};
beforeEach(() => useHqStore.setState(initialHqState));
afterEach(() => running.splice(0).forEach((s) => s.stop()));

describe('the link with head office', () => {
  const north = { kind: 'till', store: 'north', storeName: 'North', till: 'till-1' } as const;
  const published: BookResult = { kind: 'book', book: book as never, etag: '"north.v1"', version: 1 };

  it('enrols a till head office names, fetches its book and sends the journal; a restart reads both back', async () => {
    const journal = memoryJournal([{ id: 'e1', receiptNumber: 1 } as JournalEntry, { id: 'e2', receiptNumber: 2 } as JournalEntry]);
    const hq = office(north, published);
    const sync = start(journal, hq.client);
    await settled(() => useHqStore.getState().loaded);
    expect(await sync.enrol('hq.example:8787', ' token ')).toEqual({ ok: true });
    expect(useHqStore.getState().enrolment).toMatchObject({ baseUrl: 'http://hq.example:8787', token: 'token', store: 'north', till: 'till-1' });
    await settled(() => useHqStore.getState().book !== null && hq.uploaded.length === 2 && useHqStore.getState().outbox.state.kind === 'idle');
    expect(useHqStore.getState().book?.version).toBe(1);
    expect(hq.uploaded).toEqual(['e1', 'e2']);
    expect(useHqStore.getState().outbox.waiting).toBe(0);

    sync.stop();
    useHqStore.setState(initialHqState);
    const offline = office({ kind: 'unavailable', message: 'down' }, { kind: 'unavailable', message: 'down' });
    start(journal, offline.client);
    await settled(() => useHqStore.getState().loaded);
    expect(useHqStore.getState().enrolment?.store).toBe('north');
    expect(useHqStore.getState().book).toMatchObject({ version: 1, etag: '"north.v1"' });
    await settled(() => useHqStore.getState().bookProblem !== undefined);
    expect(offline.uploaded).toEqual([]);
  });

  it('keeps nothing when head office names another till, and says so', async () => {
    const journal = memoryJournal();
    const sync = start(journal, office({ ...north, till: 'till-9' }, published).client);
    await settled(() => useHqStore.getState().loaded);
    const result = await sync.enrol('http://hq', 'token');
    expect(result.ok ? '' : result.message).toContain('this till is “till-1”');
    expect(journal.settings.size).toBe(0);
    expect(useHqStore.getState().enrolment).toBeNull();
  });

  it('forgets the enrolment on leaving, keeping the journal', async () => {
    const journal = memoryJournal();
    const sync = start(journal, office(north, published).client);
    await settled(() => useHqStore.getState().loaded);
    await sync.enrol('http://hq', 'token');
    await sync.unenrol();
    expect(useHqStore.getState().enrolment).toBeNull();
    expect(journal.settings.has('hq.enrolment')).toBe(false);
  });
});
