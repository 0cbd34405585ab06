import { Activity, useState, useSyncExternalStore, type ReactNode } from 'react';
import { loadSaleInProgress, saveSaleInProgress, tillJournal } from '../sales/journal-loader';
import { PendingScans } from '../till/scanner/pending-scans-notice';
import { hydrateSale } from '../till/sale/sale-store';
import type { SaleStorage } from '../till/sale/sale-storage';
import { localSaleRescue } from '../till/sale/sale-rescue';
import { connectParkedSales } from '../till/parked/parked-store';
import { journalParkedStorage, readOnlyParkedStorage } from './parked-wiring';
import { withSaleHolder } from './sale-holder';

/**
 * The till's sale in progress lives in the journal's database: completing a sale is one transaction.
 * Changes still on their way there when the page goes away are rescued in localStorage. Each save
 * says who holds the sale (`sale-holder.ts`), so that a sign-in after a reload knows.
 */
const journalSaleStorage: SaleStorage = withSaleHolder({ load: loadSaleInProgress, save: saveSaleInProgress, rescue: localSaleRescue });

type Role = 'till' | 'reader';
const hydrations = new Map<Role, Promise<void>>();
/** The role whose hydration has finished (and is still the current one), and who to tell. */
let hydrated: Role | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the saved sale once per role: a read-only tab that becomes the till loads it again, since
 * the till that had it went on selling. When the journal cannot be opened at all, the till starts
 * in memory with the journal's warning up, and payment stays blocked.
 */
function hydration(role: Role): Promise<void> {
  let found = hydrations.get(role);
  if (found === undefined) {
    const loading: Promise<void> = tillJournal()
      .then(() => hydrateSale(role === 'till' ? journalSaleStorage : readOnly(journalSaleStorage)))
      // Parked sales that cannot be listed leave the list empty; the sale in progress is what matters.
      .then(() => connectParkedSales(role === 'till' ? journalParkedStorage : readOnlyParkedStorage).catch(() => undefined))
      .catch(() => Promise.all([hydrateSale(undefined), connectParkedSales(undefined)]).then(() => undefined))
      .then(() => {
        if (hydrations.get(role) !== loading) return; // the role changed meanwhile: that load decides
        hydrated = role;
        listeners.forEach((listener) => listener());
      });
    found = loading;
    hydrations.set(role, found);
    hydrations.delete(role === 'till' ? 'reader' : 'till');
    if (hydrated !== role) hydrated = undefined;
  }
  return found;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A reader shows the sale but never writes it: the tab that is the till owns it. */
function readOnly(storage: SaleStorage): SaleStorage {
  return { load: storage.load, save: () => Promise.resolve() };
}

/**
 * Shows the till only once the sale in progress is back from disk; scans meanwhile wait. A plain
 * gate, not Suspense: React shows a Suspense boundary's content no sooner than 300 ms after its
 * fallback, so a sale read back in a few ms held the sign-in screen up for the rest of them. When
 * the sale is loaded again (a read-only tab becomes the till), the screen stays mounted but hidden
 * meanwhile, keeping its state, as it did behind Suspense.
 */
export function SaleGate({ readOnly: reader, children }: { readonly readOnly: boolean; readonly children: ReactNode }) {
  const role: Role = reader ? 'reader' : 'till';
  void hydration(role);
  const ready = useSyncExternalStore(subscribe, () => hydrated === role);
  const [shown, setShown] = useState(ready);
  // Adjusting state while rendering: from the first load on, the screen is kept.
  if (ready && !shown) setShown(true);
  const loading = (
    <main className="grid min-h-dvh place-items-center bg-ink-100" aria-busy="true">
      <div className="grid justify-items-center gap-2">
        <p className="text-lg text-ink-600">Loading the sale in progress…</p>
        <PendingScans />
      </div>
    </main>
  );
  if (!shown) return loading;
  return (
    <>
      <Activity mode={ready ? 'visible' : 'hidden'}>{children}</Activity>
      {!ready && loading}
    </>
  );
}
