/**
 * `npm run bench:hq [-- --tills 200 --sales 500 --batch 50 --limit-s 600]`: the head office under
 * a chain's uploads. Simulated tills (20 stores × 10 tills by default) each upload their sales in
 * batches, all at once, over loopback, to a head office running as a child process, as a till's
 * outbox does: a batch is retried (backoff from 100 ms, doubling to 2 s) until it is acknowledged.
 *
 * Two runs per database: `steady`, and `kill`, where the head office is SIGKILLed once a third of
 * the sales are acknowledged and started again on the same data. Each run then reads the database
 * directly and proves 0 lost and 0 doubled: the count, the sum of totals and an MD5 of the sorted
 * entry ids at head office equal what was sent.
 *
 * `--rate N` offers N sales/s across the chain instead (each till's batches spaced out as its sales
 * would come), for the latency at a load the head office sustains rather than at saturation.
 *
 * PGlite always; PostgreSQL too when HQ_TEST_DATABASE_URL (or HQ_BENCH_DATABASE_URL) names a server
 * where it may create a database, e.g. `bash server/scripts/with-test-postgres.sh npm run bench:hq`.
 * Bounded: a run that passes `--limit-s` fails.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseKind } from '../server/db/open-database';
import { sampleSale } from '../server/test-support/sample-entries';
import type { SaleEntry } from '../src/sales/journal-entry';
import { freePort, startHqProcess, type HqProcess } from './hq-load-child';

const { values: args } = parseArgs({
  options: {
    tills: { type: 'string', default: '200' },
    sales: { type: 'string', default: '500' },
    batch: { type: 'string', default: '50' },
    'limit-s': { type: 'string', default: '600' },
    only: { type: 'string' },
    rate: { type: 'string' },
  },
});
const TILLS = Number(args.tills);
const SALES = Number(args.sales);
const BATCH = Number(args.batch);
const LIMIT_MS = Number(args['limit-s']) * 1000;
/** Sales per second offered by the whole chain, or undefined: every till as fast as answers come. */
const RATE = args.rate === undefined ? undefined : Number(args.rate);
const TILLS_PER_STORE = 10;

interface Till {
  readonly store: string;
  readonly id: string;
  token: string;
  readonly sales: readonly SaleEntry[];
}

interface RunResult {
  readonly database: DatabaseKind;
  readonly mode: 'steady' | 'kill';
  readonly sent: number;
  readonly seconds: number;
  readonly salesPerSecond: number;
  readonly p50ms: number;
  readonly p99ms: number;
  readonly requests: number;
  /** Batches acknowledged in each 5-second slice of the run. */
  readonly acksPer5s: readonly number[];
  readonly retries: number;
  readonly storedAcks: number;
  readonly duplicateAcks: number;
  readonly atHq: { readonly count: number; readonly distinct: number; readonly sum: number; readonly idsMd5: string };
  readonly ok: boolean;
}

/** The chain's sales: random baskets (1 to 9 apples and a loaf, cash or card), numbered per till. */
function makeTills(): Till[] {
  return Array.from({ length: TILLS }, (_, t) => {
    const store = `store-${String(Math.floor(t / TILLS_PER_STORE)).padStart(3, '0')}`;
    const id = `${store}-till-${t % TILLS_PER_STORE}`;
    const sales = Array.from({ length: SALES }, (_, i) =>
      sampleSale(id, i + 1, { id: `${id}-${randomBytes(8).toString('hex')}`, apples: 1 + ((t * 7 + i * 13) % 9), card: (t + i) % 3 === 0 }),
    );
    return { store, id, token: '', sales };
  });
}

function idsMd5(ids: string[]): string {
  return createHash('md5').update([...ids].sort().join(',')).digest('hex');
}

async function admin(hq: HqProcess, token: string, method: string, path: string, body: unknown): Promise<{ token?: string }> {
  const response = await fetch(`${hq.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { token?: string };
}

/** Enrols every till (its store first) and keeps its token. */
async function enrol(hq: HqProcess, adminToken: string, tills: Till[]): Promise<void> {
  for (const store of new Set(tills.map((t) => t.store))) await admin(hq, adminToken, 'POST', '/api/admin/stores', { id: store, name: store });
  for (const till of tills) till.token = (await admin(hq, adminToken, 'POST', `/api/admin/stores/${till.store}/tills`, { id: till.id })).token!;
}

interface Counters {
  acked: number;
  storedAcks: number;
  duplicateAcks: number;
  retries: number;
  readonly began: number;
  latencies: number[];
  /** When each acknowledgement came, ms since the run began: shows a stall as a gap. */
  ackTimes: number[];
}

/**
 * One till's outbox: batches in order, each retried until head office acknowledges it. With a
 * chain rate, the till's batches are due every `tills × batch / rate` seconds from a random start,
 * as sales happen; a batch that is late goes as soon as the one before is acknowledged.
 */
async function uploadTill(getUrl: () => string, till: Till, counters: Counters, deadline: number): Promise<void> {
  const interval = RATE === undefined ? 0 : (TILLS * BATCH * 1000) / RATE;
  const firstDue = performance.now() + Math.random() * interval;
  for (let start = 0; start < till.sales.length; start += BATCH) {
    const wait = firstDue + (start / BATCH) * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const body = JSON.stringify({ entries: till.sales.slice(start, start + BATCH) });
    for (let attempt = 1; ; attempt++) {
      if (Date.now() > deadline) throw new Error(`Time limit reached with till ${till.id} still uploading`);
      const began = performance.now();
      try {
        const response = await fetch(`${getUrl()}/api/sales`, { method: 'POST', headers: { authorization: `Bearer ${till.token}`, 'content-type': 'application/json' }, body });
        if (response.ok) {
          const answer = (await response.json()) as { stored: number; duplicate: number };
          counters.latencies.push(performance.now() - began);
          counters.ackTimes.push(performance.now() - counters.began);
          counters.acked += answer.stored + answer.duplicate;
          counters.storedAcks += answer.stored;
          counters.duplicateAcks += answer.duplicate;
          break;
        }
        if (response.status < 500) throw new Error(`Till ${till.id}: head office refused a batch (${response.status}): ${await response.text()}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('Till ')) throw error;
      }
      counters.retries++;
      await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** (attempt - 1))));
    }
  }
}

/** What head office holds, read from the database itself. */
async function readBack(target: { url: string } | { dataDir: string }): Promise<RunResult['atHq']> {
  const database = await openDatabase(target);
  try {
    const totals = await sql<{ count: unknown; distinct: unknown; sum: unknown }>`select count(*) as count, count(distinct entry_id) as distinct, sum(total) as sum from journal_entries`.execute(database.db);
    const ids = await database.db.selectFrom('journal_entries').select('entry_id').execute();
    const row = totals.rows[0]!;
    return { count: Number(row.count), distinct: Number(row.distinct), sum: Number(row.sum ?? 0), idsMd5: idsMd5(ids.map((r) => r.entry_id)) };
  } finally {
    await database.close();
  }
}

function perSlice(times: readonly number[], sliceMs: number): number[] {
  const slices: number[] = [];
  for (const t of times) {
    const i = Math.floor(t / sliceMs);
    while (slices.length <= i) slices.push(0);
    slices[i]!++;
  }
  return slices;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A fresh PostgreSQL database for one run, dropped afterwards. */
async function freshPostgres(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hq_bench_${randomBytes(5).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

async function runOnce(database: DatabaseKind, mode: RunResult['mode'], pgBase: string | undefined): Promise<RunResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hq-load-'));
  const postgres = database === 'postgresql' ? await freshPostgres(pgBase!) : undefined;
  const adminToken = randomBytes(32).toString('base64url');
  const env = { HQ_DATA: dataDir, HQ_ADMIN_TOKEN: adminToken, DATABASE_URL: postgres?.url ?? '' };
  const port = await freePort();
  let hq = await startHqProcess(env, port);
  try {
    const tills = makeTills();
    await enrol(hq, adminToken, tills);
    const sent = tills.flatMap((t) => t.sales);
    const began = performance.now();
    const counters: Counters = { acked: 0, storedAcks: 0, duplicateAcks: 0, retries: 0, began, latencies: [], ackTimes: [] };
    const deadline = Date.now() + LIMIT_MS;
    const uploads = Promise.all(tills.map((t) => uploadTill(() => hq.url, t, counters, deadline)));
    if (mode === 'kill') {
      while (counters.acked < sent.length / 3) await new Promise((r) => setTimeout(r, 20));
      await hq.kill();
      console.log(`  killed head office at ${counters.acked} of ${sent.length} acknowledged; restarting`);
      hq = await startHqProcess(env, port);
    }
    await uploads;
    const seconds = (performance.now() - began) / 1000;
    await hq.stop();
    const atHq = await readBack(postgres ? { url: postgres.url } : { dataDir: join(dataDir, 'pglite') });
    const sum = sent.reduce((s, e) => s + e.total, 0);
    const lat = [...counters.latencies].sort((a, b) => a - b);
    const ok = atHq.count === sent.length && atHq.distinct === sent.length && atHq.sum === sum && atHq.idsMd5 === idsMd5(sent.map((e) => e.id));
    return { database, mode, sent: sent.length, seconds, salesPerSecond: sent.length / seconds, p50ms: percentile(lat, 50), p99ms: percentile(lat, 99), requests: lat.length, acksPer5s: perSlice(counters.ackTimes, 5000), retries: counters.retries, storedAcks: counters.storedAcks, duplicateAcks: counters.duplicateAcks, atHq, ok };
  } finally {
    await hq.stop().catch(() => undefined);
    await postgres?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const pgBase = process.env.HQ_BENCH_DATABASE_URL ?? process.env.HQ_TEST_DATABASE_URL;
  const databases: DatabaseKind[] = pgBase ? ['pglite', 'postgresql'] : ['pglite'];
  console.log(`${TILLS} tills × ${SALES} sales in batches of ${BATCH}, ${RATE === undefined ? 'as fast as answered' : `offered at ${RATE} sales/s`}, ${databases.join(' and ')}, loopback`);
  const results: RunResult[] = [];
  for (const database of databases) {
    for (const mode of ['steady', 'kill'] as const) {
      if (args.only !== undefined && args.only !== `${database}-${mode}`) continue;
      console.log(`${database}, ${mode}:`);
      const r = await runOnce(database, mode, pgBase);
      results.push(r);
      console.log(
        `  ${r.sent} sent in ${r.seconds.toFixed(1)} s: ${Math.round(r.salesPerSecond)} sales/s; upload p50 ${r.p50ms.toFixed(0)} ms, p99 ${r.p99ms.toFixed(0)} ms over ${r.requests} batches; ${r.retries} retries` +
          `\n  batches acknowledged per 5 s: ${r.acksPer5s.join(' ')}` +
          `\n  acknowledged ${r.storedAcks} stored + ${r.duplicateAcks} duplicate; at head office ${r.atHq.count} entries (${r.atHq.distinct} distinct), sum ${r.atHq.sum}, ids md5 ${r.atHq.idsMd5.slice(0, 12)}` +
          `\n  ${r.ok ? 'OK: 0 lost, 0 doubled' : 'FAILED: head office does not hold exactly what was sent'}`,
      );
    }
  }
  console.log(JSON.stringify(results));
  if (results.some((r) => !r.ok)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
