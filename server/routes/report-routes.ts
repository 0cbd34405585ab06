import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { HqDatabase } from '../db/schema';
import { parseBody } from '../http/problems';
import { gapReport } from '../reports/gap-report';
import { reportQuerySchema } from '../reports/report-range';
import { offerReport, salesReport } from '../reports/sales-report';
import { vatReport } from '../reports/vat-report';
import { zCheck } from '../reports/z-check';

/** The chain's reports: query parameters `from`, `to` (ISO instants), `store`, `tz` (IANA zone). */
export function reportRoutes(app: FastifyInstance, db: Kysely<HqDatabase>, guard: RouteShorthandOptions) {
  app.get('/api/admin/reports/sales', guard, async (request, reply) => {
    const q = parseBody(reportQuerySchema, request.query, reply);
    if (q === undefined) return reply;
    return { tz: q.tz, days: await salesReport(db, q) };
  });

  app.get('/api/admin/reports/vat', guard, async (request, reply) => {
    const q = parseBody(reportQuerySchema, request.query, reply);
    if (q === undefined) return reply;
    return { tz: q.tz, days: await vatReport(db, q) };
  });

  app.get('/api/admin/reports/offers', guard, async (request, reply) => {
    const q = parseBody(reportQuerySchema, request.query, reply);
    if (q === undefined) return reply;
    return { offers: await offerReport(db, q) };
  });

  app.get('/api/admin/reports/gaps', guard, async (request, reply) => {
    const q = parseBody(reportQuerySchema.pick({ store: true }), request.query, reply);
    if (q === undefined) return reply;
    return { tills: await gapReport(db, q.store) };
  });

  app.get('/api/admin/reports/z', guard, async (request, reply) => {
    const q = parseBody(reportQuerySchema.pick({ store: true }), request.query, reply);
    if (q === undefined) return reply;
    return { zReports: await zCheck(db, q.store) };
  });
}
