import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../sales';
import type { Enrolment } from './enrolment';
import type { HqClient, UploadResult } from './hq-client';
import { createOutboxDrainer, type LinkTurn, type OutboxJournal } from './hq-outbox-drain';
import { initialHqState, useHqStore } from './hq-store';

const north: Enrolment = { baseUrl: 'http://hq', token: 't', store: 'north', storeName: 'North', till: 'till-1', at: '2024-06-15T10:00:00.000Z' };
const entries = [{ id: 'e1', receiptNumber: 1 }, { id: 'e2', receiptNumber: 2 }] as JournalEntry[];

function journal(): OutboxJournal & { settings: Map<string, unknown> } {
  const settings = new Map<string, unknown>();
  return {
    settings,
    setting: async (name) => settings.get(name),
    saveSetting: async (name, value) => void settings.set(name, structuredClone(value)),
    entriesAfter: async (n, limit) => entries.filter((e) => e.receiptNumber > n).slice(0, limit),
    countAfter: async (n) => entries.filter((e) => e.receiptNumber > n).length,
    zReportsAfter: async () => [],
  };
}

/** Head office down for the first `failures` uploads, then storing everything. */
function office(failures: number) {
  const uploaded: string[] = [];
  let tries = 0;
  const client = {
    uploadSales: async (sent: readonly JournalEntry[]): Promise<UploadResult> => {
      tries += 1;
      if (tries <= failures) return { kind: 'unavailable', message: 'down' };
      uploaded.push(...sent.map((e) => e.id));
      return { kind: 'uploaded', stored: sent.length, duplicate: 0, results: sent.map((e) => ({ id: e.id, status: 'stored' })) };
    },
    uploadZReports: async () => ({ kind: 'uploaded', stored: 0, duplicate: 0, results: [] }),
  } as unknown as HqClient;
  return { client, uploaded, tries: () => tries };
}

const NOW = '2024-06-15T10:00:00.000Z';
const turn = (live = true): LinkTurn => ({ current: () => 0, live: () => live });
const settled = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let stopAll: (() => void)[] = [];
beforeEach(() => useHqStore.setState(initialHqState));
afterEach(() => {
  stopAll.forEach((stop) => stop());
  stopAll = [];
});

describe('the outbox runner', () => {
  it('sends what waits, keeps the cursor for the link and counts nothing left', async () => {
    const j = journal();
    const hq = office(0);
    await createOutboxDrainer({ journal: async () => j, uploads: () => true, enrolment: () => north, clientOf: () => hq.client, now: () => NOW, turn: turn() }).drain();
    expect(hq.uploaded).toEqual(['e1', 'e2']);
    expect(j.settings.get('hq.outbox')).toEqual({ baseUrl: 'http://hq', store: 'north', cursor: { receipt: 2, z: 0, lastUploadAt: NOW } });
    expect(useHqStore.getState().outbox).toMatchObject({ waiting: 0, lastUploadAt: NOW, state: { kind: 'idle' } });
  });

  it.each([
    ['a page that does not upload', { uploads: () => false }],
    ['no enrolment', { enrolment: () => null }],
    ['a stopped link', { turn: turn(false) }],
  ])('sends nothing for %s', async (_, options) => {
    const hq = office(0);
    const j = journal();
    await createOutboxDrainer({ journal: async () => j, uploads: () => true, enrolment: () => north, clientOf: () => hq.client, now: () => NOW, turn: turn(), ...options }).drain();
    expect(hq.tries()).toBe(0);
    expect(j.settings.size).toBe(0);
  });

  it('a nudge ends the wait after a failed try: the entries go at once', async () => {
    const hq = office(1);
    const drainer = createOutboxDrainer({ journal: async () => journal(), uploads: () => true, enrolment: () => north, clientOf: () => hq.client, now: () => NOW, turn: turn() });
    stopAll.push(drainer.wake);
    const running = drainer.drain();
    await settled(() => useHqStore.getState().outbox.state.kind === 'waiting');
    expect(useHqStore.getState().outbox.state.kind).toBe('waiting');
    drainer.nudge();
    await running;
    expect(hq.uploaded).toEqual(['e1', 'e2']);
  });
});
