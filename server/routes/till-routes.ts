import type { FastifyInstance, FastifyReply, RouteShorthandOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { HqDatabase } from '../db/schema';
import { tillOf } from '../http/auth-hooks';
import { unprocessable } from '../http/problems';
import { storeBatch, type BatchOutcome } from '../sales/store-batch';
import { storeZReports } from '../sales/store-z-reports';
import { currentBook, currentVersion } from '../stores/books';

/**
 * An upload's size limit: a 40-line sale is about 10 KB of JSON, so a full batch of long baskets
 * fits; a till packs its outbox into batches under both this and the batch's 1,000 entries.
 */
export const SALES_BODY_LIMIT = 16 * 1024 * 1024;

/** The book's ETag: its store and version, so a till moved to another store never gets a 304 for the old one. */
export function bookEtag(storeId: string, version: number): string {
  return `"${storeId}.v${version}"`;
}

/** Whether an `If-None-Match` header names this ETag (weak or strong, in a list, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** What an enrolled till may do: read its store's book, upload its journal, say who it is. */
export function tillRoutes(app: FastifyInstance, db: Kysely<HqDatabase>, guard: RouteShorthandOptions) {
  app.get('/api/till', guard, async (request) => {
    const till = tillOf(request);
    const store = await db.selectFrom('stores').select('name').where('store_id', '=', till.storeId).executeTakeFirst();
    return { store: till.storeId, storeName: store?.name ?? till.storeId, till: till.tillId };
  });

  app.get('/api/book', guard, async (request, reply) => {
    const { storeId } = tillOf(request);
    reply.header('Cache-Control', 'private, no-cache');
    const version = await currentVersion(db, storeId);
    if (version === undefined) return reply.code(404).send({ message: 'Head office has not published a price book for this store yet' });
    const etag = bookEtag(storeId, version);
    reply.header('ETag', etag).header('HQ-Book-Version', String(version));
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const book = await currentBook(db, storeId);
    if (book === undefined) return reply.code(404).send({ message: 'Head office has not published a price book for this store yet' });
    // A publish between the two reads: send the newer book under its own ETag.
    return reply.header('ETag', bookEtag(storeId, book.version)).header('HQ-Book-Version', String(book.version)).type('application/json; charset=utf-8').send(book.json);
  });

  app.post('/api/sales', { ...guard, bodyLimit: SALES_BODY_LIMIT }, async (request, reply) => answer(reply, await storeBatch(db, tillOf(request), request.body)));

  app.post('/api/z-reports', { ...guard, bodyLimit: 1024 * 1024 }, async (request, reply) => answer(reply, await storeZReports(db, tillOf(request), request.body)));
}

/** 200 with a result per item, 422 with problems, or 403: one shape for every upload. */
function answer(reply: FastifyReply, outcome: BatchOutcome) {
  if (outcome.kind === 'invalid') return unprocessable(reply, outcome.problems, 'An item of the batch is not valid: nothing of the batch was stored');
  if (outcome.kind === 'forbidden') return reply.code(403).send({ message: outcome.message, path: outcome.path });
  const stored = outcome.results.filter((r) => r.status === 'stored').length;
  return reply.send({ stored, duplicate: outcome.results.length - stored, results: outcome.results });
}
