import { create } from 'zustand';
import type { ScannerOutput } from './scanner-machine';

/**
 * Scans that arrived while the till could not take them yet: before the screen was up (the price
 * book or the saved sale still loading) or while a sale was being recorded. They are kept in
 * order and taken, whole, as soon as the till can: a scan is never dropped in silence.
 */
interface PendingScansState {
  readonly outputs: readonly ScannerOutput[];
}

const usePendingStore = create<PendingScansState>()(() => ({ outputs: [] }));

/** Keeps a scanner output for later. */
export function keepForLater(output: ScannerOutput): void {
  usePendingStore.setState((state) => ({ outputs: [...state.outputs, output] }));
}

/** Takes every waiting output, oldest first, leaving the queue empty. */
export function takePending(): readonly ScannerOutput[] {
  const { outputs } = usePendingStore.getState();
  if (outputs.length > 0) usePendingStore.setState({ outputs: [] });
  return outputs;
}

/** How many scans and taps are waiting. */
export const usePendingCount = (): number => usePendingStore((state) => state.outputs.filter((o) => o.type === 'scan' || o.type === 'product').length);
