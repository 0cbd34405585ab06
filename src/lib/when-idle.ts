/**
 * Runs `work` when the browser is idle (within `timeoutMs` at the latest), or on the next task where
 * there is no idle callback; returns a function that cancels it if it has not run yet.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
