import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import type { Kysely } from 'kysely';
import * as z from 'zod';
import { validatePriceBook, type PriceBook } from '../../src/pricing';
import type { HqDatabase } from '../db/schema';
import { idSchema, parseBody, unprocessable, type Problem } from '../http/problems';
import { reportQuerySchema } from '../reports/report-range';
import { storeWhatIf } from '../what-if/chain-what-if';

/** Draft books for up to this many stores per request. */
const MAX_STORES = 50;

const whatIfSchema = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  tz: reportQuerySchema.shape.tz,
  drafts: z.record(idSchema, z.unknown()).refine((d) => Object.keys(d).length >= 1 && Object.keys(d).length <= MAX_STORES, `give 1 to ${MAX_STORES} stores' draft books`),
});

/** `POST /api/admin/what-if`: the chain's recorded sales re-priced with a draft book per store. */
export function whatIfRoutes(app: FastifyInstance, db: Kysely<HqDatabase>, guard: RouteShorthandOptions) {
  app.post('/api/admin/what-if', { ...guard, bodyLimit: 16 * 1024 * 1024 }, async (request, reply) => {
    const body = parseBody(whatIfSchema, request.body, reply);
    if (body === undefined) return reply;
    const drafts: [string, PriceBook][] = [];
    const problems: Problem[] = [];
    for (const [store, raw] of Object.entries(body.drafts)) {
      const v = validatePriceBook(raw);
      if (v.ok) drafts.push([store, v.book]);
      else problems.push(...v.issues.map((i) => ({ path: `$.drafts.${store}${i.path.slice(1)}`, message: i.message })));
    }
    if (problems.length > 0) return unprocessable(reply, problems, 'A draft book is not valid');
    const stores = [];
    for (const [store, book] of drafts) stores.push(await storeWhatIf(db, store, book, body));
    return { stores };
  });
}
