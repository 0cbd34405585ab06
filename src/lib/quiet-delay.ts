/**
 * Resolves after `ms` unless `signal` aborts first (then rejects with its reason). The worker
 * queries wait this long after the last scan, so that in a burst only the basket the burst ends
 * with goes to the worker: TanStack Query aborts the earlier ones.
 */
export function quietDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}
