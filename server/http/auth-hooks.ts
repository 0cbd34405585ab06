import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { bearerToken, hashToken, sameHash } from '../auth/tokens';
import type { HqDatabase } from '../db/schema';

/** The till a request comes from, as its token says. */
export interface TillIdentity {
  readonly storeId: string;
  readonly tillId: string;
}

const tills = new WeakMap<FastifyRequest, TillIdentity>();

/** The till a `requireTill` request was authenticated as. */
export function tillOf(request: FastifyRequest): TillIdentity {
  const till = tills.get(request);
  if (till === undefined) throw new Error('tillOf called on a route without requireTill');
  return till;
}

function unauthorized(reply: FastifyReply, message: string) {
  return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ message });
}

/** A preHandler that lets through only the admin token (compared as hashes, in constant time). */
export function requireAdmin(adminTokenHash: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined || !sameHash(hashToken(token), adminTokenHash)) return unauthorized(reply, 'An admin token is required (Authorization: Bearer <token>)');
  };
}

/** A preHandler that lets through an enrolled, unrevoked till's token and notes which till it is. */
export function requireTill(db: Kysely<HqDatabase>) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) return unauthorized(reply, 'A till token is required (Authorization: Bearer <token>)');
    const hash = hashToken(token);
    const row = await db.selectFrom('till_tokens').select(['token_hash', 'store_id', 'till_id']).where('token_hash', '=', hash).executeTakeFirst();
    // The lookup is by hash, so timing tells nothing of the token; the comparison is constant-time anyway.
    if (row === undefined || !sameHash(row.token_hash, hash)) return unauthorized(reply, 'This till token is not known or has been revoked: enrol the till again');
    tills.set(request, { storeId: row.store_id, tillId: row.till_id });
  };
}
