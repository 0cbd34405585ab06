import { resolve } from 'node:path';
import { buildHq } from './app';
import { adminToken } from './auth/admin-token';
import { hashToken } from './auth/tokens';
import { openDatabase } from './db/open-database';

/**
 * `npm run hq`: the head office on embedded PGlite under `HQ_DATA` (default ./data/hq), or on
 * the PostgreSQL server at `DATABASE_URL`; listening on `HQ_PORT` (default 8787).
 */
async function main(): Promise<void> {
  const dataDir = resolve(process.env.HQ_DATA ?? 'data/hq');
  const port = Number(process.env.HQ_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`HQ_PORT must be a port number, not "${process.env.HQ_PORT}"`);
  const host = process.env.HQ_HOST ?? '127.0.0.1';
  const url = process.env.DATABASE_URL;
  const admin = await adminToken(process.env.HQ_ADMIN_TOKEN, dataDir);
  const database = await openDatabase(url !== undefined && url !== '' ? { url } : { dataDir: resolve(dataDir, 'pglite') });
  const app = buildHq({
    db: database.db,
    kind: database.kind,
    adminTokenHash: hashToken(admin.token),
    logger: { level: process.env.HQ_LOG_LEVEL ?? 'info' },
    corsOrigins: (process.env.HQ_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''),
  });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port, host });
  const address = app.server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  if (admin.created) {
    // Printed once, on the start that generated it; later starts read it from the file.
    console.log(`\nAdmin token (shown once; kept in ${admin.file}, owner-only):\n  ${admin.token}\n`);
  }
  console.log(`Head office on http://${host}:${actual} (database: ${database.kind})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
