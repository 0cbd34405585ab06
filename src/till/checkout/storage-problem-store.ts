import { create } from 'zustand';
import type { StateStorage } from 'zustand/middleware';

interface StorageProblemState {
  /** What went wrong with the browser's storage, in words for the cashier; null while all is well. */
  readonly problem: string | null;
}

const useStorageProblemStore = create<StorageProblemState>()(() => ({ problem: null }));

/** Words for a storage failure: the cashier needs what to do, not the exception's name. */
export function describeStorageFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'This device is out of storage space: the sale on screen is not being saved. Free some space, or finish this sale and call a supervisor.';
  if (name === 'SecurityError') return 'This browser will not let the till save anything (private browsing or storage turned off): the sale on screen is not being saved.';
  return 'The browser could not save the sale on screen: it is still here, but a reload would lose it.';
}

/** The browser's storage failed: the warning stays until the page is reloaded, so nobody misses it. */
export function storageFailed(error: unknown): void {
  useStorageProblemStore.setState({ problem: describeStorageFailure(error) });
}

/** The storage warning, if any. */
export const useStorageProblem = (): string | null => useStorageProblemStore((state) => state.problem);

/**
 * localStorage for `persist`, but a failed read or write (quota, private mode, storage turned off)
 * raises the till's storage warning instead of throwing out of a scan's event handler. The state
 * in memory, and so the basket on screen, is unaffected.
 */
export const guardedLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch (error) {
      storageFailed(error);
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch (error) {
      storageFailed(error);
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch (error) {
      storageFailed(error);
    }
  },
};
