import type { SavedSale } from '../sale/sale-state';
import type { SavedParkedSale } from './parked-rules';

/**
 * Where parked sales are kept, durably, beside the sale in progress: `src/app` wires it to the
 * journal's database, so that parking (the sale set aside, the till emptied) and recalling (the
 * parked sale back on the till) are each one transaction, and a crash leaves a sale in one place.
 */
export interface ParkedSaleStorage {
  /** Every parked sale as saved, by id (read through `readParkedSale`). */
  list(): Promise<readonly { readonly id: string; readonly state: unknown }[]>;
  /** Parks `parked` under `id` and saves `current` as the sale in progress, in one transaction. */
  park(id: string, parked: SavedParkedSale, current: SavedSale): Promise<void>;
  /**
   * Removes the sale parked under `id` and saves `current(parked)` as the sale in progress, in one
   * transaction. Resolves with the parked state read in it, or undefined (nothing written) when
   * nothing is parked under `id` any more.
   */
  recall(id: string, current: (parked: unknown) => SavedSale): Promise<unknown>;
}
