import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry, ZReport } from '../sales';
import type { HqClient, UploadResult } from './hq-client';
import { drainOutbox, EMPTY_CURSOR, sendNextBatch, type OutboxCursor, type OutboxSource, type OutboxState } from './outbox';

/** Entries numbered 1..n (only what the outbox reads: id and receipt number). */
const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}`, receiptNumber: i + 1 }) as JournalEntry);
const zReport = (zNumber: number, toReceipt: number) => ({ id: `z${zNumber}`, zNumber, toReceipt }) as ZReport;

function journal(all: readonly JournalEntry[], zs: readonly ZReport[] = []): OutboxSource {
  return {
    entriesAfter: async (n, limit) => all.filter((e) => e.receiptNumber > n).slice(0, limit),
    countAfter: async (n) => all.filter((e) => e.receiptNumber > n).length,
    zReportsAfter: async (n, limit) => zs.filter((z) => z.zNumber > n).slice(0, limit),
  };
}

type Fault = 'none' | 'down' | 'lost-answer';

/** Head office as a set of ids; each call takes the next fault (a lost answer stores, then fails). */
function headOffice(faults: Fault[] = []) {
  const kept: string[] = [];
  const seen = new Set<string>();
  const upload = async (items: readonly { id: string }[]): Promise<UploadResult> => {
    const fault = faults.shift() ?? 'none';
    if (fault === 'down') return { kind: 'unavailable', message: 'connection refused' };
    const results = items.map(({ id }) => {
      const status = seen.has(id) ? ('duplicate' as const) : ('stored' as const);
      seen.add(id);
      if (status === 'stored') kept.push(id);
      return { id, status };
    });
    if (fault === 'lost-answer') return { kind: 'unavailable', message: 'timed out' };
    return { kind: 'uploaded', stored: results.filter((r) => r.status === 'stored').length, duplicate: 0, results };
  };
  const client = { uploadSales: upload, uploadZReports: upload } as unknown as HqClient;
  return { client, kept };
}

const NOW = '2026-12-07T10:00:00.000Z';

async function drain(source: OutboxSource, client: HqClient, cursor: OutboxCursor = EMPTY_CURSOR) {
  const saved: OutboxCursor[] = [];
  const waits: number[] = [];
  const states: OutboxState[] = [];
  const result = await drainOutbox({
    source,
    client,
    cursor,
    saveCursor: async (c) => void saved.push(c),
    pause: async (ms) => (waits.push(ms), true),
    now: () => NOW,
    random: () => 0.5,
    report: (state) => states.push(state),
  });
  return { ...result, saved, waits, states };
}

describe('the outbox', () => {
  it('sends the journal in batches of 200, in order, saving the cursor after each', async () => {
    const office = headOffice();
    const { cursor, saved, state } = await drain(journal(entries(450)), office.client);
    expect(saved.map((c) => c.receipt)).toEqual([200, 400, 450]);
    expect(cursor).toEqual({ receipt: 450, z: 0, lastUploadAt: NOW });
    expect(office.kept).toEqual(entries(450).map((e) => e.id));
    expect(state).toEqual({ kind: 'idle' });
  });

  it('sends a Z report once head office has its entries, after them', async () => {
    const office = headOffice();
    const { cursor } = await drain(journal(entries(3), [zReport(1, 3)]), office.client);
    expect(office.kept).toEqual(['e1', 'e2', 'e3', 'z1']);
    expect(cursor.z).toBe(1);
    expect(await sendNextBatch(journal(entries(2), [zReport(1, 3)]), office.client, { receipt: 2, z: 0 }, NOW)).toEqual({ kind: 'empty' });
  });

  it('waits longer after each failure (1 s, 2 s, 4 s with jitter at the middle), then starts again from 1 s', async () => {
    const office = headOffice(['down', 'down', 'down', 'none', 'down']);
    const { waits, cursor } = await drain(journal(entries(250)), office.client);
    expect(waits).toEqual([750, 1500, 3000, 0, 750, 0]);
    expect(cursor.receipt).toBe(250);
  });

  it.each([
    ['a revoked token', { kind: 'unauthorized', message: 'Head office does not know this till' } as const, { kind: 'unauthorized' }],
    ['an entry of another till', { kind: 'forbidden', message: 'Entry of another till', path: '$.entries[0].tillId' } as const, { kind: 'refused', message: 'Head office refused the entries from number 1: Entry of another till' }],
    ['an invalid entry', { kind: 'invalid', message: 'no', problems: [{ path: '$.entries[0].total', message: 'must be a whole number' }] } as const, { kind: 'refused', message: 'Head office refused the entries from number 1: $.entries[0].total must be a whole number' }],
  ])('stops at %s without moving the cursor', async (_name, answer, state) => {
    const client = { uploadSales: async () => answer } as unknown as HqClient;
    const result = await drain(journal(entries(5)), client);
    expect(result.state).toMatchObject(state);
    expect(result.cursor).toEqual(EMPTY_CURSOR);
    expect(result.saved).toEqual([]);
  });

  describe('properties', () => {
    it('whatever fails on the way, head office ends with every entry exactly once, in order', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 700 }), fc.array(fc.constantFrom<Fault>('none', 'down', 'lost-answer'), { maxLength: 12 }), async (n, faults) => {
          const office = headOffice([...faults]);
          const { cursor } = await drain(journal(entries(n)), office.client);
          expect(office.kept).toEqual(entries(n).map((e) => e.id));
          expect(cursor.receipt).toBe(n);
        }),
        { numRuns: 60 },
      );
    });

    it('a till restarted from any saved cursor sends nothing twice and leaves nothing out', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 500 }), fc.nat(), async (n, at) => {
          const start = at % (n + 1);
          const office = headOffice();
          await drain(journal(entries(n)), office.client, { receipt: start, z: 0 });
          expect(office.kept).toEqual(entries(n).slice(start).map((e) => e.id));
        }),
        { numRuns: 40 },
      );
    });
  });
});
