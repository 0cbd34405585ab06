import { useSyncExternalStore } from 'react';
import type { StaffRef } from '../sales/journal-entry';
import { currentOperator } from '../staff/operator-store';
import type { SaleStorage } from '../till/sale/sale-storage';
import { readStaffName, type Takeover } from '../ui/takeover';

// Who holds the sale in progress, kept with it on disk. The session is in memory only, so after a
// reload the sign-in screen would not know whose sale is on the till: each save of the sale in
// progress is stamped with `heldBy` (an app-level field beside the till's own record, which the
// till ignores), and a load reads it back. Completing, parking and recalling write the sale
// without it; the next save stamps it again.

/** The holder read from disk with the sale in progress (nobody signed in since the load, or a reload). */
let fromDisk: StaffRef | undefined;
/** Who a takeover is handing the sale to while it is being saved, before the session signs them in. */
let handingTo: StaffRef | undefined;
const listeners = new Set<() => void>();

const refOf = (who: { readonly id: string; readonly name: string } | null | undefined): StaffRef | undefined => (who ? { id: who.id, name: who.name } : undefined);

/** Who holds the sale now: whoever it is being handed to, else the operator signed in (locked or not), else whoever held it on disk. */
const holderNow = (): StaffRef | undefined => handingTo ?? refOf(currentOperator()) ?? fromDisk;

function readHolder(stored: unknown): StaffRef | undefined {
  return typeof stored === 'object' && stored !== null ? readStaffName((stored as { heldBy?: unknown }).heldBy) : undefined;
}

/** The till's sale storage, each save stamped with who holds the sale and each load reading it back. */
export function withSaleHolder(storage: SaleStorage): SaleStorage {
  return {
    ...storage,
    load: async () => {
      const stored = await storage.load();
      fromDisk = readHolder(stored);
      listeners.forEach((listener) => listener());
      return stored;
    },
    save: (state) => {
      const heldBy = holderNow();
      return storage.save(heldBy === undefined || typeof state !== 'object' || state === null ? state : { ...state, heldBy });
    },
  };
}

/**
 * Keeps a takeover with the sale in progress (the sale store's `takenOver`) and waits until it is
 * saved, stamped as the new holder's; `keep` does the keeping and waiting.
 */
export async function handingOver(takeover: Takeover, keep: () => Promise<void>): Promise<void> {
  handingTo = takeover.to;
  try {
    await keep();
  } finally {
    handingTo = undefined;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Who held the sale in progress as it was read from disk (undefined: unknown, or none saved). */
export const useDiskSaleHolder = (): StaffRef | undefined => useSyncExternalStore(subscribe, () => fromDisk);
