import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildHq } from '../app';
import { hashToken, newToken } from '../auth/tokens';
import { openDatabase, type DatabaseKind, type OpenDatabase } from '../db/open-database';

/** The databases the HQ suite runs on: PGlite always, PostgreSQL when `HQ_TEST_DATABASE_URL` is set. */
export const testDatabases: readonly DatabaseKind[] = process.env.HQ_TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

/** A head office listening on a free loopback port, on a database of its own. */
export interface Harness {
  readonly url: string;
  readonly adminToken: string;
  readonly database: OpenDatabase;
  /** Calls the API as admin (or with `token`), JSON in and out. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the JSON they expect; the API schemas are what is under test
  call(method: string, path: string, options?: { body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** A fresh, empty PostgreSQL database on the test server, dropped by `drop()`. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.HQ_TEST_DATABASE_URL!;
  const name = `hq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Starts a head office on an empty database of the given kind. */
export async function startHq(kind: DatabaseKind): Promise<Harness> {
  const postgres = kind === 'postgresql' ? await freshPostgres() : undefined;
  const database = await openDatabase(postgres ? { url: postgres.url } : { memory: true });
  const adminToken = newToken();
  const app = buildHq({ db: database.db, kind: database.kind, adminTokenHash: hashToken(adminToken) });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    adminToken,
    database,
    async call(method, path, options = {}) {
      const token = options.token === undefined ? adminToken : options.token;
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${url}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
    },
    async close() {
      await app.close();
      await database.close();
      await postgres?.drop();
    },
  };
}
