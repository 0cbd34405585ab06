import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from './db/open-database';
import type { HqDatabase } from './db/schema';
import { requireAdmin, requireTill } from './http/auth-hooks';
import { adminRoutes } from './routes/admin-routes';
import { reportRoutes } from './routes/report-routes';
import { tillRoutes } from './routes/till-routes';
import { whatIfRoutes } from './routes/what-if-routes';

export interface HqOptions {
  readonly db: Kysely<HqDatabase>;
  readonly kind: DatabaseKind;
  /** SHA-256 (hex) of the admin token: the token itself is never held. */
  readonly adminTokenHash: string;
  /** Fastify's logger: off in tests; the request log never includes headers, so no token. */
  readonly logger?: FastifyServerOptions['logger'];
  /**
   * Origins whose pages may call the API (the till runs in a browser, on its own origin). Default
   * any: every call carries a bearer token, never a cookie, so a page elsewhere gains nothing.
   */
  readonly corsOrigins?: readonly string[];
}

/** Bodies without a route of their own are small (a store, a till). */
const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Builds the head office's HTTP API (docs/hq.md) on an open, migrated database. */
export function buildHq(options: HqOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: DEFAULT_BODY_LIMIT });
  void app.register(cors, {
    origin: options.corsOrigins === undefined || options.corsOrigins.length === 0 ? '*' : [...options.corsOrigins],
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    exposedHeaders: ['ETag', 'HQ-Book-Version'],
    maxAge: 600,
  });
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send({ message: 'Head office could not complete the request: see its log' });
    }
    return reply.code(status).send({ message: error.message });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ message: `No route ${request.method} ${request.url.split('?')[0]}` }));

  app.get('/api/health', async () => ({ ok: true, database: options.kind }));
  const admin = { preHandler: requireAdmin(options.adminTokenHash) };
  adminRoutes(app, options.db, admin);
  reportRoutes(app, options.db, admin);
  whatIfRoutes(app, options.db, admin);
  tillRoutes(app, options.db, { preHandler: requireTill(options.db) });
  return app;
}
