import * as z from 'zod/mini';

// Head office's admin side (docs/hq.md), for the console: plain fetch, no React, no storage. Every
// outcome is data: `ok` with the validated answer, or why not, in words a manager can act on.

/** Where head office is and the admin token. */
export interface AdminConnection {
  /** Head office's address, such as `http://localhost:8787`. */
  readonly baseUrl: string;
  readonly token: string;
}

export interface AdminClientOptions extends AdminConnection {
  /** Milliseconds before a request is given up (default 30 s: a chain what-if takes a while). */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** A problem head office found in a body, at its JSON path. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Why a call did not give an answer. */
export type AdminFailure =
  /** Nothing answered at the address (wrong address, head office not running, network down). */
  | { readonly kind: 'unreachable'; readonly message: string }
  /** Something answered, but not head office. */
  | { readonly kind: 'not-head-office'; readonly message: string }
  /** The admin token is wrong. */
  | { readonly kind: 'unauthorized'; readonly message: string }
  /** The body was refused, each problem at its JSON path (422). */
  | { readonly kind: 'refused'; readonly message: string; readonly problems: readonly Problem[] }
  /** No such store or till (404), or it exists already (409). */
  | { readonly kind: 'not-found' | 'conflict'; readonly message: string }
  /** Head office failed (5xx, an answer this console does not understand). */
  | { readonly kind: 'failed'; readonly message: string };

export type Outcome<T> = { readonly kind: 'ok'; readonly data: T } | AdminFailure;

const tillSchema = z.object({ id: z.string(), revoked: z.boolean() });
const storeSchema = z.object({ id: z.string(), name: z.string(), bookVersion: z.nullable(z.number()), tills: z.array(tillSchema) });
export type StoreSummary = z.infer<typeof storeSchema>;
const storesSchema = z.object({ stores: z.array(storeSchema) });
const healthSchema = z.object({ ok: z.literal(true), database: z.string() });
const problemsSchema = z.object({ message: z.string(), problems: z.array(z.object({ path: z.string(), message: z.string() })) });
const messageSchema = z.object({ message: z.string() });

const salesDaySchema = z.object({
  store: z.string(),
  till: z.string(),
  day: z.string(),
  currency: z.string(),
  sales: z.number(),
  refunds: z.number(),
  gross: z.number(),
  refunded: z.number(),
  net: z.number(),
  savings: z.number(),
  tenders: z.object({ cash: z.number(), card: z.number() }),
});
export type SalesDay = z.infer<typeof salesDaySchema>;
const vatDaySchema = z.object({ store: z.string(), till: z.string(), day: z.string(), currency: z.string(), code: z.string(), percent: z.number(), gross: z.number(), tax: z.number(), net: z.number() });
export type VatDay = z.infer<typeof vatDaySchema>;
const offerSavingsSchema = z.object({ offerId: z.string(), label: z.string(), currency: z.string(), applications: z.number(), saving: z.number(), stores: z.number() });
export type OfferSavings = z.infer<typeof offerSavingsSchema>;
const gapsSchema = z.object({
  store: z.string(),
  till: z.string(),
  entries: z.number(),
  first: z.number(),
  last: z.number(),
  missing: z.number(),
  gaps: z.array(z.object({ from: z.number(), to: z.number() })),
});
export type TillGaps = z.infer<typeof gapsSchema>;

const figures = z.object({ total: z.number(), savings: z.number() });
const storeWhatIfSchema = z.object({
  store: z.string(),
  sales: z.number(),
  truncated: z.boolean(),
  charged: figures,
  whatIf: figures,
  offers: z.array(z.object({ offerId: z.string(), label: z.string(), charged: z.number(), whatIf: z.number() })),
  changed: z.array(z.object({ id: z.string(), till: z.string(), receiptNumber: z.union([z.number(), z.string()]), total: z.number(), whatIfTotal: z.number(), difference: z.number() })),
  unpriced: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type StoreWhatIf = z.infer<typeof storeWhatIfSchema>;

/** A report's scope: ISO instants (`from` inclusive, `to` exclusive), one store or the chain, the days' time zone. */
export interface ReportScope {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly store?: string | undefined;
  readonly tz?: string | undefined;
}

/** A published book: its JSON as head office holds it (the console validates it before use) and its version. */
export interface PublishedBook {
  readonly json: unknown;
  readonly version: number;
}

export interface AdminClient {
  /** Checks the address is head office and the token is right; gives the stores. */
  connect(): Promise<Outcome<{ readonly database: string; readonly stores: readonly StoreSummary[] }>>;
  stores(): Promise<Outcome<readonly StoreSummary[]>>;
  addStore(id: string, name: string): Promise<Outcome<{ readonly id: string; readonly name: string }>>;
  /** The store's current book, or `undefined` when none is published yet. */
  book(store: string): Promise<Outcome<PublishedBook | undefined>>;
  publishBook(store: string, book: unknown): Promise<Outcome<{ readonly version: number }>>;
  /** Enrols a till: its token, shown once. */
  addTill(store: string, till: string): Promise<Outcome<{ readonly token: string }>>;
  revokeTill(store: string, till: string): Promise<Outcome<null>>;
  salesReport(scope: ReportScope): Promise<Outcome<readonly SalesDay[]>>;
  vatReport(scope: ReportScope): Promise<Outcome<readonly VatDay[]>>;
  offerReport(scope: ReportScope): Promise<Outcome<readonly OfferSavings[]>>;
  gapReport(store?: string): Promise<Outcome<readonly TillGaps[]>>;
  whatIf(request: { readonly from: string; readonly to: string; readonly tz?: string; readonly drafts: Record<string, unknown> }): Promise<Outcome<readonly StoreWhatIf[]>>;
}

/** Makes a client for head office's admin side. */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  const call = async <T>(method: string, path: string, schema: z.ZodMiniType<T>, body?: unknown, auth = true): Promise<Outcome<T>> => {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: { accept: 'application/json', ...(auth ? { authorization: `Bearer ${options.token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      const why = error instanceof Error && error.name === 'TimeoutError' ? 'it did not answer in time' : 'nothing answered';
      return { kind: 'unreachable', message: `Head office at ${base} could not be reached: ${why}. Check the address and that head office is running.` };
    }
    return outcomeOf(response, schema, base);
  };
  const scoped = (path: string, scope: ReportScope) => {
    const query = new URLSearchParams(Object.entries(scope).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();
    return query === '' ? path : `${path}?${query}`;
  };
  const store = (id: string) => `/api/admin/stores/${encodeURIComponent(id)}`;
  const pick = <T, U>(outcome: Outcome<T>, get: (data: T) => U): Outcome<U> => (outcome.kind === 'ok' ? { kind: 'ok', data: get(outcome.data) } : outcome);

  return {
    async connect() {
      const health = await call('GET', '/api/health', healthSchema, undefined, false);
      if (health.kind !== 'ok') return health.kind === 'unreachable' ? health : { kind: 'not-head-office', message: `${base} answered, but not as a head office does: check the address (such as http://localhost:8787).` };
      const stores = await call('GET', '/api/admin/stores', storesSchema);
      return pick(stores, (s) => ({ database: health.data.database, stores: s.stores }));
    },
    stores: async () => pick(await call('GET', '/api/admin/stores', storesSchema), (s) => s.stores),
    addStore: (id, name) => call('POST', '/api/admin/stores', z.object({ id: z.string(), name: z.string() }), { id, name }),
    async book(id) {
      let response: Response;
      try {
        response = await doFetch(`${base}${store(id)}/book`, { headers: { accept: 'application/json', authorization: `Bearer ${options.token}` }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
      } catch {
        return { kind: 'unreachable', message: `Head office at ${base} could not be reached. Check the address and that head office is running.` };
      }
      if (response.status === 404 && (await storeExists(id))) return { kind: 'ok', data: undefined };
      return pick(await outcomeOf(response, z.unknown(), base), (json) => ({ json, version: Number(response.headers.get('hq-book-version')) }));
    },
    publishBook: (id, book) => call('PUT', `${store(id)}/book`, z.object({ version: z.number() }), book),
    addTill: (id, till) => call('POST', `${store(id)}/tills`, z.object({ token: z.string() }), { id: till }),
    revokeTill: (id, till) => call('DELETE', `${store(id)}/tills/${encodeURIComponent(till)}`, z.null()),
    salesReport: async (scope) => pick(await call('GET', scoped('/api/admin/reports/sales', scope), z.object({ days: z.array(salesDaySchema) })), (r) => r.days),
    vatReport: async (scope) => pick(await call('GET', scoped('/api/admin/reports/vat', scope), z.object({ days: z.array(vatDaySchema) })), (r) => r.days),
    offerReport: async (scope) => pick(await call('GET', scoped('/api/admin/reports/offers', scope), z.object({ offers: z.array(offerSavingsSchema) })), (r) => r.offers),
    gapReport: async (id) => pick(await call('GET', scoped('/api/admin/reports/gaps', { store: id }), z.object({ tills: z.array(gapsSchema) })), (r) => r.tills),
    whatIf: async (request) => pick(await call('POST', '/api/admin/what-if', z.object({ stores: z.array(storeWhatIfSchema) }), request), (r) => r.stores),
  };

  // A 404 for a book means "none published" only when the store exists (else the store is unknown).
  async function storeExists(id: string): Promise<boolean> {
    const stores = await call('GET', '/api/admin/stores', storesSchema);
    return stores.kind === 'ok' && stores.data.stores.some((s) => s.id === id);
  }
}

/** Reads an answer: the validated body, or the failure its status means. */
async function outcomeOf<T>(response: Response, schema: z.ZodMiniType<T>, base: string): Promise<Outcome<T>> {
  const body: unknown = response.status === 204 ? null : await jsonOf(response);
  const message = messageSchema.safeParse(body);
  const said = (fallback: string) => (message.success ? message.data.message : fallback);
  if (response.status === 401) return { kind: 'unauthorized', message: 'Head office refused the admin token: check it (head office prints it on its first start, and keeps it in its data folder as admin-token).' };
  if (response.status === 422) {
    const problems = problemsSchema.safeParse(body);
    return { kind: 'refused', message: said('Head office refused it'), problems: problems.success ? problems.data.problems : [] };
  }
  if (response.status === 404) return message.success ? { kind: 'not-found', message: message.data.message } : { kind: 'not-head-office', message: `${base} answered, but not as a head office does: check the address.` };
  if (response.status === 409) return { kind: 'conflict', message: said('It exists already') };
  if (!response.ok) return { kind: 'failed', message: `Head office answered ${response.status}: ${said(response.statusText)}` };
  const parsed = schema.safeParse(body);
  return parsed.success ? { kind: 'ok', data: parsed.data } : { kind: 'failed', message: `${base} sent an answer this console does not understand: is it a head office of this version?` };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
