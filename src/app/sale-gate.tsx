import { Suspense, use, type ReactNode } from 'react';
import { loadSaleInProgress, saveSaleInProgress, tillJournal } from '../sales/journal-loader';
import { PendingScans } from '../till/scanner/pending-scans-notice';
import { hydrateSale } from '../till/sale/sale-store';
import type { SaleStorage } from '../till/sale/sale-storage';
import { connectParkedSales } from '../till/parked/parked-store';
import { journalParkedStorage, readOnlyParkedStorage } from './parked-wiring';

/** The till's sale in progress lives in the journal's database: completing a sale is one transaction. */
const journalSaleStorage: SaleStorage = { load: loadSaleInProgress, save: saveSaleInProgress };

const hydrations = new Map<string, Promise<void>>();

/**
 * Loads the saved sale once per role: a read-only tab that becomes the till loads it again, since
 * the till that had it went on selling. When the journal cannot be opened at all, the till starts
 * in memory with the journal's warning up, and payment stays blocked.
 */
function hydration(role: 'till' | 'reader'): Promise<void> {
  let found = hydrations.get(role);
  if (found === undefined) {
    found = tillJournal()
      .then(() => hydrateSale(role === 'till' ? journalSaleStorage : readOnly(journalSaleStorage)))
      // Parked sales that cannot be listed leave the list empty; the sale in progress is what matters.
      .then(() => connectParkedSales(role === 'till' ? journalParkedStorage : readOnlyParkedStorage).catch(() => undefined))
      .catch(() => Promise.all([hydrateSale(undefined), connectParkedSales(undefined)]).then(() => undefined));
    hydrations.set(role, found);
    hydrations.delete(role === 'till' ? 'reader' : 'till');
  }
  return found;
}

/** A reader shows the sale but never writes it: the tab that is the till owns it. */
function readOnly(storage: SaleStorage): SaleStorage {
  return { load: storage.load, save: () => Promise.resolve() };
}

function Hydrated({ role, children }: { readonly role: 'till' | 'reader'; readonly children: ReactNode }) {
  use(hydration(role));
  return children;
}

/** Shows the till only once the sale in progress is back from disk; scans meanwhile wait. */
export function SaleGate({ readOnly: reader, children }: { readonly readOnly: boolean; readonly children: ReactNode }) {
  const loading = (
    <main className="grid min-h-dvh place-items-center bg-ink-100" aria-busy="true">
      <div className="grid justify-items-center gap-2">
        <p className="text-lg text-ink-600">Loading the sale in progress…</p>
        <PendingScans />
      </div>
    </main>
  );
  return (
    <Suspense fallback={loading}>
      <Hydrated role={reader ? 'reader' : 'till'}>{children}</Hydrated>
    </Suspense>
  );
}
