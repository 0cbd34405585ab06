/**
 * Where the till keeps the sale in progress, durably. `src/app` wires it to the sales journal's
 * database, so that recording a completed sale and emptying the basket are one transaction.
 */
export interface SaleStorage {
  /** The sale in progress as last saved; undefined when none was ever saved. */
  load(): Promise<unknown>;
  /** Saves the sale in progress. Resolves only once it is on disk; rejects when it cannot be saved. */
  save(state: unknown): Promise<void>;
}
