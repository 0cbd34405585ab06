/**
 * Where the till keeps the sale in progress, durably. `src/app` wires it to the sales journal's
 * database, so that recording a completed sale and emptying the basket are one transaction.
 */
export interface SaleStorage {
  /** The sale in progress as last saved; undefined when none was ever saved. */
  load(): Promise<unknown>;
  /** Saves the sale in progress. Resolves only once it is on disk; rejects when it cannot be saved. */
  save(state: unknown): Promise<void>;
  /** Where changes not yet saved go when the page goes away on purpose; none for a tab that only reads. */
  readonly rescue?: SaleRescue;
}

/**
 * A synchronous place for changes not yet on disk when the page goes away on purpose (a reload, a
 * closed tab, a navigation): the store writes the sale there on `pagehide`, when an IndexedDB write
 * can no longer be waited for, and the next load takes it back once. It cannot help against a crash
 * (no `pagehide`), which is why the screen shows a change only once `save` has it on disk.
 */
export interface SaleRescue {
  /** Keeps the sale, replacing any kept before. Never throws. */
  keep(state: unknown): void;
  /** The sale kept, removed as it is read; undefined when none. */
  take(): unknown;
  /** Forgets any sale kept (the page came back, or the disk caught up). */
  drop(): void;
}
