/** What index.html's first script started loading, by path (and query), before the app ran. */
type EarlyFetches = Record<string, Promise<Response> | undefined>;

/**
 * The response index.html's script started for `path` (the store's list of books and its default
 * book), taken once: a later load of the same address (a retry, a newer version) goes to the
 * network. Undefined when nothing was started for it. The caller treats the response exactly as
 * its own fetch's: status, JSON and schema are all checked after.
 */
export function takeEarlyResponse(path: string, scope: { __tillEarlyFetch?: EarlyFetches } = globalThis as { __tillEarlyFetch?: EarlyFetches }): Promise<Response> | undefined {
  const early = scope.__tillEarlyFetch;
  const response = early?.[path];
  if (early !== undefined && response !== undefined) delete early[path];
  return response;
}
