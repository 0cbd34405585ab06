/**
 * `npx tsx bench/outbox.bench.ts [-- --entries N]`: what uploading a till's backlog costs the
 * till's thread, where scans run too. N journal entries (10,000 by default: 5-line sales, as the
 * journal records them) wait in the outbox; `drainOutbox` sends them as the till does (batches of
 * 200, the cursor saved after each, a timer turn between batches) through the real
 * `createHqClient` (JSON out, the answer validated), whose fetch here answers `stored` for every
 * entry after 5 ms (the network; head office's own work is elsewhere, so its fetch does not parse).
 *
 * The figure that matters is how long a scan could wait: the event loop's delay
 * (`monitorEventLoopDelay`, 1 ms resolution) during the drain, p50, p99 and max, beside the
 * drain's time per batch, cold (just started: the first batch compiles the code on its way) and
 * warm. Reading a batch from IndexedDB is left out: a browser's IndexedDB works
 * off the page's thread, and only hands the page the 200 entries (structured clone).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createHqClient } from '../src/hq/hq-client';
import { drainOutbox, EMPTY_CURSOR, OUTBOX_BATCH, type OutboxSource } from '../src/hq/outbox';
import type { SaleEntry } from '../src/sales/journal-entry';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '10000' } } });
const count = Number(values.entries);

const hash = (n: number) => n.toString(16).padStart(64, '0');
const skus = ['A', 'B', 'C', 'D', 'E'];
/** Sale `n` (1, 2, ...): 3 A and one each of B to E at 50, by card, as the journal records it. */
const sale = (n: number): SaleEntry =>
  ({
    kind: 'sale',
    id: `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
    tillId: '11111111-2222-4333-8444-555555555555',
    receiptNumber: n,
    at: new Date(Date.UTC(2026, 11, 1, 8) + n * 20_000).toISOString(),
    currency: 'GBP',
    storeName: 'North',
    book: { id: 'kata', version: 1, hqVersion: 1 },
    items: skus.map((sku) => ({ sku, quantity: sku === 'A' ? 3 : 1 })),
    lines: skus.map((sku, index) => ({ index, sku, name: sku, unit: 'each', quantity: sku === 'A' ? 3 : 1, unitPrice: 50, price: sku === 'A' ? 150 : 50, paid: sku === 'A' ? 150 : 50 })),
    discounts: [],
    tenders: [{ kind: 'card', amount: 350 }],
    change: 0,
    subtotal: 350,
    savings: 0,
    total: 350,
    prevHash: hash(n - 1),
    hash: hash(n),
  }) as unknown as SaleEntry;

const all = Array.from({ length: count }, (_, i) => sale(i + 1));
let batch: readonly SaleEntry[] = [];
const source: OutboxSource = {
  entriesAfter: async (after, limit) => (batch = all.slice(after, after + limit)),
  countAfter: async (after) => all.length - after,
  zReportsAfter: async () => [],
};

let requests = 0;
const fakeFetch: typeof fetch = async (_url, init) => {
  requests += 1;
  if (typeof init?.body !== 'string') throw new Error('the client sends JSON text');
  await new Promise((resolve) => setTimeout(resolve, 5));
  const results = batch.map(({ id }) => ({ id, status: 'stored' }));
  return new Response(JSON.stringify({ stored: results.length, duplicate: 0, results }), { status: 200, headers: { 'content-type': 'application/json' } });
};
const client = createHqClient({ baseUrl: 'http://hq.bench', token: 'bench', fetch: fakeFetch });

/** Drains the whole backlog once, printing its time and the event loop's delay meanwhile. */
async function timedDrain(what: string) {
  requests = 0;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const start = performance.now();
  const result = await drainOutbox({
    source,
    client,
    cursor: EMPTY_CURSOR,
    saveCursor: async () => {},
    pause: (wait) => new Promise((resolve) => setTimeout(() => resolve(true), wait)),
    now: () => new Date().toISOString(),
    random: Math.random,
    report: () => {},
  });
  const elapsed = performance.now() - start;
  delay.disable();
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  console.log(`${what}: ${result.cursor.receipt} entries in ${requests} requests of ${OUTBOX_BATCH}, ${(elapsed / 1000).toFixed(2)} s, ${(elapsed / requests).toFixed(1)} ms a batch (5 of them the simulated network)`);
  console.log(`  event-loop delay meanwhile: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
}

// Cold: the first upload after the till starts (the first batch also compiles the code on the way).
// Warm: the same backlog again, as every later batch runs.
await timedDrain('cold');
await timedDrain('warm');
