import * as z from 'zod/mini';
import { validatePriceBook, type BookIssue, type PriceBook } from '../pricing';
import type { JournalEntry, ZReport } from '../sales';

// The till's side of the head office contract (docs/hq.md): plain fetch, no React, no storage.
// Every outcome is data: the outbox and the book poller decide what to do from `kind` alone.

/** Where head office is and who this till is there. */
export interface HqClientOptions {
  /** Head office's address, such as `http://hq.example:8787` (no trailing path). */
  readonly baseUrl: string;
  /** The till's token, as enrolment gave it. */
  readonly token: string;
  /** Milliseconds before a request is given up as unavailable (default 15 s). */
  readonly timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

/** Why a request did not get an answer to act on. */
export type HqFailure =
  /** The token is unknown or revoked: the till must be enrolled again. Retrying will not help. */
  | { readonly kind: 'unauthorized'; readonly message: string }
  /** No answer, a timeout or a server error: retry later, with backoff. */
  | { readonly kind: 'unavailable'; readonly message: string };

/** What `fetchBook` found. */
export type BookResult =
  | { readonly kind: 'book'; readonly book: PriceBook; readonly etag: string; readonly version: number }
  /** The ETag given is still current: keep the book you have. */
  | { readonly kind: 'unchanged' }
  /** Head office has published no book for this store yet. */
  | { readonly kind: 'none'; readonly message: string }
  /** Head office sent a book the engine refuses (it validates on publish, so this means a version mismatch). */
  | { readonly kind: 'invalid-book'; readonly issues: readonly BookIssue[] }
  | HqFailure;

/** What became of one uploaded entry: `stored` now, or a `duplicate` of one stored before. Either way it is at head office. */
export interface EntryUploadResult {
  readonly id: string;
  readonly status: 'stored' | 'duplicate';
}

/** What `uploadSales` got back. Only `uploaded` means the entries are safe at head office. */
export type UploadResult =
  | { readonly kind: 'uploaded'; readonly stored: number; readonly duplicate: number; readonly results: readonly EntryUploadResult[] }
  /** An entry is not valid (path and reason per problem): nothing was stored; retrying the same batch will not help. */
  | { readonly kind: 'invalid'; readonly message: string; readonly problems: readonly { readonly path: string; readonly message: string }[] }
  /** An entry belongs to another till or store: nothing was stored; retrying will not help. */
  | { readonly kind: 'forbidden'; readonly message: string; readonly path?: string }
  | HqFailure;

/** Who head office says this till is. */
export type WhoAmIResult = { readonly kind: 'till'; readonly store: string; readonly storeName: string; readonly till: string } | HqFailure;

const messageSchema = z.object({ message: z.optional(z.string()) });
const uploadedSchema = z.object({
  stored: z.number(),
  duplicate: z.number(),
  results: z.array(z.object({ id: z.string(), status: z.enum(['stored', 'duplicate']) })),
});
const problemsSchema = z.object({ message: z.string(), problems: z.array(z.object({ path: z.string(), message: z.string() })) });
const forbiddenSchema = z.object({ message: z.string(), path: z.optional(z.string()) });
const whoAmISchema = z.object({ store: z.string(), storeName: z.string(), till: z.string() });

/** The most entries `uploadSales` sends in one request (head office refuses more). */
export const MAX_UPLOAD_BATCH = 1000;

/** The largest upload body head office accepts, in bytes of JSON: pack batches under it too. */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** A client for one enrolled till. */
export interface HqClient {
  /** The store's current book; pass the ETag of the book you have to get `unchanged` cheaply. */
  fetchBook(etag?: string): Promise<BookResult>;
  /** Uploads journal entries, oldest first, at most {@link MAX_UPLOAD_BATCH}. Safe to retry: entries are kept once by id. */
  uploadSales(entries: readonly JournalEntry[]): Promise<UploadResult>;
  /** Uploads closed days (Z reports), at most 100. Safe to retry: kept once by id. */
  uploadZReports(reports: readonly ZReport[]): Promise<UploadResult>;
  /** Checks the token and says which store and till it is (for the enrolment screen). */
  whoAmI(): Promise<WhoAmIResult>;
}

/** Makes a client for the till whose token is given. */
export function createHqClient(options: HqClientOptions): HqClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');
  const request = async (path: string, init: RequestInit = {}, extra: Record<string, string> = {}): Promise<Response | HqFailure> => {
    try {
      return await doFetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json', ...extra },
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      return { kind: 'unavailable', message: `Head office did not answer: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  return {
    async fetchBook(etag) {
      const response = await request('/api/book', {}, etag === undefined ? {} : { 'if-none-match': etag });
      if (!(response instanceof Response)) return response;
      if (response.status === 304) return { kind: 'unchanged' };
      if (response.status === 404) return { kind: 'none', message: await messageOf(response, 'No book published for this store') };
      const failure = await failureOf(response);
      if (failure !== undefined) return failure;
      const validation = validatePriceBook(await jsonOf(response));
      if (!validation.ok) return { kind: 'invalid-book', issues: validation.issues };
      const version = Number(response.headers.get('hq-book-version'));
      return { kind: 'book', book: validation.book, etag: response.headers.get('etag') ?? '', version };
    },

    async uploadSales(entries) {
      if (entries.length === 0 || entries.length > MAX_UPLOAD_BATCH) throw new Error(`uploadSales takes 1 to ${MAX_UPLOAD_BATCH} entries, not ${entries.length}`);
      return uploadResultOf(await request('/api/sales', { method: 'POST', body: JSON.stringify({ entries }) }, { 'content-type': 'application/json' }));
    },

    async uploadZReports(reports) {
      if (reports.length === 0 || reports.length > 100) throw new Error(`uploadZReports takes 1 to 100 reports, not ${reports.length}`);
      return uploadResultOf(await request('/api/z-reports', { method: 'POST', body: JSON.stringify({ reports }) }, { 'content-type': 'application/json' }));
    },

    async whoAmI() {
      const response = await request('/api/till');
      if (!(response instanceof Response)) return response;
      const failure = await failureOf(response);
      if (failure !== undefined) return failure;
      const body = whoAmISchema.safeParse(await jsonOf(response));
      return body.success ? { kind: 'till', ...body.data } : { kind: 'unavailable', message: 'Head office sent an answer this till does not understand' };
    },
  };
}

/** Reads an upload's answer: per-item results, or why the batch was refused, or a failure. */
async function uploadResultOf(response: Response | HqFailure): Promise<UploadResult> {
  if (!(response instanceof Response)) return response;
  if (response.status === 422) {
    const body = problemsSchema.safeParse(await jsonOf(response));
    return body.success ? { kind: 'invalid', ...body.data } : { kind: 'invalid', message: 'Head office refused the batch', problems: [] };
  }
  if (response.status === 403) {
    const body = forbiddenSchema.safeParse(await jsonOf(response));
    return { kind: 'forbidden', message: body.success ? body.data.message : 'Head office refused the batch', ...(body.success && body.data.path !== undefined ? { path: body.data.path } : {}) };
  }
  const failure = await failureOf(response);
  if (failure !== undefined) return failure;
  const body = uploadedSchema.safeParse(await jsonOf(response));
  if (!body.success) return { kind: 'unavailable', message: 'Head office sent an answer this till does not understand' };
  return { kind: 'uploaded', ...body.data };
}

/** The failure an unsuccessful status means, or undefined for a 2xx. */
async function failureOf(response: Response): Promise<HqFailure | undefined> {
  if (response.ok) return undefined;
  if (response.status === 401) return { kind: 'unauthorized', message: await messageOf(response, 'Head office does not know this till: enrol it again') };
  return { kind: 'unavailable', message: `Head office answered ${response.status}: ${await messageOf(response, response.statusText)}` };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function messageOf(response: Response, fallback: string): Promise<string> {
  const body = messageSchema.safeParse(await jsonOf(response));
  return (body.success ? body.data.message : undefined) ?? fallback;
}

/**
 * How long to wait before retry `attempt` (1, 2, ...): doubling from 1 s up to 5 minutes, with
 * full jitter (`random` in [0, 1)) so a store's tills coming back together do not retry in step.
 */
export function retryDelayMs(attempt: number, random: number): number {
  const ceiling = Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
