import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import type { Kysely } from 'kysely';
import * as z from 'zod';
import { validatePriceBook } from '../../src/pricing';
import { hashToken, newToken } from '../auth/tokens';
import type { HqDatabase } from '../db/schema';
import { idSchema, parseBody, tillIdSchema, unprocessable } from '../http/problems';
import { currentBook, publishBook } from '../stores/books';

/** A thousand-product book is a few hundred kilobytes; this leaves room and still bounds a request. */
const BOOK_BODY_LIMIT = 8 * 1024 * 1024;

/** PostgreSQL's SQLSTATE for a duplicate key. */
const UNIQUE_VIOLATION = '23505';

const newStoreSchema = z.strictObject({ id: idSchema, name: z.string().trim().min(1, 'a store needs a name').max(200) });
const newTillSchema = z.strictObject({ id: tillIdSchema });
const storeParams = z.object({ store: idSchema });
const tillParams = z.object({ store: idSchema, till: tillIdSchema });

/** Stores, their books and their tills: everything behind the admin token. */
export function adminRoutes(app: FastifyInstance, db: Kysely<HqDatabase>, guard: RouteShorthandOptions) {

  app.post('/api/admin/stores', guard, async (request, reply) => {
    const body = parseBody(newStoreSchema, request.body, reply);
    if (body === undefined) return reply;
    const inserted = await db.insertInto('stores').values({ store_id: body.id, name: body.name }).onConflict((c) => c.doNothing()).returning('store_id').executeTakeFirst();
    if (inserted === undefined) return reply.code(409).send({ message: `Store "${body.id}" already exists` });
    return reply.code(201).send({ id: body.id, name: body.name });
  });

  app.get('/api/admin/stores', guard, async () => {
    const stores = await db.selectFrom('stores').select(['store_id', 'name']).orderBy('store_id').execute();
    const versions = await db.selectFrom('store_books').select(['store_id']).select((eb) => eb.fn.max('version').as('version')).groupBy('store_id').execute();
    const tills = await db.selectFrom('tills').select(['store_id', 'till_id', 'revoked_at']).orderBy('till_id').execute();
    return {
      stores: stores.map((s) => ({
        id: s.store_id,
        name: s.name,
        bookVersion: versions.find((v) => v.store_id === s.store_id)?.version ?? null,
        tills: tills.filter((t) => t.store_id === s.store_id).map((t) => ({ id: t.till_id, revoked: t.revoked_at !== null })),
      })),
    };
  });

  app.put('/api/admin/stores/:store/book', { ...guard, bodyLimit: BOOK_BODY_LIMIT }, async (request, reply) => {
    const params = parseBody(storeParams, request.params, reply);
    if (params === undefined) return reply;
    if (!(await storeExists(db, params.store))) return reply.code(404).send({ message: `No store "${params.store}"` });
    const validation = validatePriceBook(request.body);
    if (!validation.ok) return unprocessable(reply, validation.issues, 'The price book is not valid');
    const version = await publishBook(db, params.store, JSON.stringify(request.body));
    if (version === undefined) return reply.code(409).send({ message: 'Another book was published for this store at the same moment: publish again' });
    return { version };
  });

  app.get('/api/admin/stores/:store/book', guard, async (request, reply) => {
    const params = parseBody(storeParams, request.params, reply);
    if (params === undefined) return reply;
    const book = await currentBook(db, params.store);
    if (book === undefined) return reply.code(404).send({ message: `No book has been published for store "${params.store}"` });
    return reply.header('HQ-Book-Version', String(book.version)).type('application/json; charset=utf-8').send(book.json);
  });

  app.post('/api/admin/stores/:store/tills', guard, async (request, reply) => {
    const params = parseBody(storeParams, request.params, reply);
    const body = params && parseBody(newTillSchema, request.body, reply);
    if (params === undefined || body === undefined) return reply;
    if (!(await storeExists(db, params.store))) return reply.code(404).send({ message: `No store "${params.store}"` });
    const token = newToken();
    const enrolled = await enrolTill(db, params.store, body.id, token);
    if (!enrolled) return reply.code(409).send({ message: `Till "${body.id}" is already enrolled in store "${params.store}": revoke it first to issue a new token` });
    return reply.code(201).send({ token });
  });

  app.delete('/api/admin/stores/:store/tills/:till', guard, async (request, reply) => {
    const params = parseBody(tillParams, request.params, reply);
    if (params === undefined) return reply;
    const revoked = await db.transaction().execute(async (tx) => {
      const done = await tx.updateTable('tills').set({ revoked_at: new Date() }).where('store_id', '=', params.store).where('till_id', '=', params.till).where('revoked_at', 'is', null).returning('till_id').executeTakeFirst();
      await tx.deleteFrom('till_tokens').where('store_id', '=', params.store).where('till_id', '=', params.till).execute();
      return done !== undefined;
    });
    if (!revoked) return reply.code(404).send({ message: `No enrolled till "${params.till}" in store "${params.store}"` });
    return reply.code(204).send();
  });
}

async function storeExists(db: Kysely<HqDatabase>, storeId: string): Promise<boolean> {
  return (await db.selectFrom('stores').select('store_id').where('store_id', '=', storeId).executeTakeFirst()) !== undefined;
}

/**
 * Enrols a till (again, if it was revoked) with a token's hash. False when it is enrolled already,
 * including when another enrolment of the same till commits first (the primary key refuses it).
 */
async function enrolTill(db: Kysely<HqDatabase>, store: string, till: string, token: string): Promise<boolean> {
  try {
    return await db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('tills').select('revoked_at').where('store_id', '=', store).where('till_id', '=', till).forUpdate().executeTakeFirst();
      if (row !== undefined && row.revoked_at === null) return false;
      if (row === undefined) await tx.insertInto('tills').values({ store_id: store, till_id: till, revoked_at: null }).execute();
      else await tx.updateTable('tills').set({ revoked_at: null, enrolled_at: new Date() }).where('store_id', '=', store).where('till_id', '=', till).execute();
      await tx.insertInto('till_tokens').values({ token_hash: hashToken(token), store_id: store, till_id: till }).execute();
      return true;
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}
