import { queryOptions } from '@tanstack/react-query';
import { validatePriceBook, type BookIssue, type PriceBook } from '../pricing';
import { createAdminClient, type AdminConnection, type AdminFailure, type Outcome, type ReportScope } from './admin-client';

/** A failed head office call, thrown inside a query so the screen reads `error.failure`. */
export class HeadOfficeError extends Error {
  override readonly name = 'HeadOfficeError';
  constructor(readonly failure: AdminFailure) {
    super(failure.message);
  }
}

/** The answer, or a thrown {@link HeadOfficeError}: queries and mutations want one or the other. */
export async function answerOf<T>(outcome: Promise<Outcome<T>>): Promise<T> {
  const result = await outcome;
  if (result.kind !== 'ok') throw new HeadOfficeError(result);
  return result.data;
}

/** A store's book at head office: none yet, or the published one (validated by the engine here too). */
export type StoreBook =
  | { readonly kind: 'none' }
  | { readonly kind: 'book'; readonly book: PriceBook; readonly version: number }
  /** Head office holds a book this console's engine refuses: a version mismatch between the two. */
  | { readonly kind: 'invalid'; readonly version: number; readonly issues: readonly BookIssue[] };

const client = (c: AdminConnection) => createAdminClient(c);

// Keys name the address, never the token: a key is visible in devtools and must not carry secrets.
const root = (c: AdminConnection) => ['head-office', c.baseUrl] as const;

/** The console's reads, as TanStack Query options. */
export const headOfficeQueries = {
  all: root,
  stores: (c: AdminConnection) => queryOptions({ queryKey: [...root(c), 'stores'], queryFn: () => answerOf(client(c).stores()), staleTime: 0 }),
  book: (c: AdminConnection, store: string) =>
    queryOptions({
      queryKey: [...root(c), 'book', store],
      staleTime: 0,
      queryFn: async (): Promise<StoreBook> => {
        const published = await answerOf(client(c).book(store));
        if (published === undefined) return { kind: 'none' };
        const validation = validatePriceBook(published.json);
        return validation.ok ? { kind: 'book', book: validation.book, version: published.version } : { kind: 'invalid', version: published.version, issues: validation.issues };
      },
    }),
  sales: (c: AdminConnection, scope: ReportScope) => queryOptions({ queryKey: [...root(c), 'report', 'sales', scope], staleTime: 0, queryFn: () => answerOf(client(c).salesReport(scope)) }),
  vat: (c: AdminConnection, scope: ReportScope) => queryOptions({ queryKey: [...root(c), 'report', 'vat', scope], staleTime: 0, queryFn: () => answerOf(client(c).vatReport(scope)) }),
  offers: (c: AdminConnection, scope: ReportScope) => queryOptions({ queryKey: [...root(c), 'report', 'offers', scope], staleTime: 0, queryFn: () => answerOf(client(c).offerReport(scope)) }),
  gaps: (c: AdminConnection, store: string | undefined) => queryOptions({ queryKey: [...root(c), 'report', 'gaps', store ?? null], staleTime: 0, queryFn: () => answerOf(client(c).gapReport(store)) }),
};
