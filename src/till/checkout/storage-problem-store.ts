import { errorNames } from '../../lib/error-names';
import { create } from 'zustand';

interface StorageProblemState {
  /** What went wrong with the browser's storage, in words for the cashier; null while all is well. */
  readonly problem: string | null;
}

const useStorageProblemStore = create<StorageProblemState>()(() => ({ problem: null }));

/** Words for a storage failure: the cashier needs what to do, not the exception's name. */
export function describeStorageFailure(error: unknown): string {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'This device is out of storage space: the sale on screen is not being saved, so payment is blocked. Free some space, or call a supervisor.';
  if (names.includes('SecurityError')) return 'This browser will not let the till save anything (private browsing or storage turned off): the sale on screen is not being saved.';
  return 'The browser could not save the sale on screen: it is still here, but a reload would lose it.';
}

/** The browser's storage failed: the warning stays (and payment is blocked) until a save succeeds again. */
export function storageFailed(error: unknown): void {
  useStorageProblemStore.setState({ problem: describeStorageFailure(error) });
}

/** A save succeeded: whatever failed before is behind us. */
export function storageRecovered(): void {
  if (useStorageProblemStore.getState().problem !== null) useStorageProblemStore.setState({ problem: null });
}

/** The storage warning, if any. */
export const useStorageProblem = (): string | null => useStorageProblemStore((state) => state.problem);
