import type { FastifyReply } from 'fastify';
import * as z from 'zod';

/** A problem in a request body: where (a JSON path such as `$.entries[3].total`) and why. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** At most this many problems are sent back: the first ones are enough to fix a body. */
const MAX_PROBLEMS = 50;

/** Sends 422 `{ message, problems }`. */
export function unprocessable(reply: FastifyReply, problems: readonly Problem[], message = 'The request body is not valid') {
  return reply.code(422).send({ message, problems: problems.slice(0, MAX_PROBLEMS) });
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

/** Parses a body with a zod schema; on failure sends 422 with every problem and returns undefined. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, reply: FastifyReply): T | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  void unprocessable(reply, parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })));
  return undefined;
}

/** A store's or till's id: short, and safe in a URL, a header and an ETag. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1 to 64 letters, digits, "-" or "_"');

/** A till's id: the journal's till UUID, or any id of the same shape as a store's. */
export const tillIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'a till id is 1 to 100 letters, digits, "-" or "_"');
