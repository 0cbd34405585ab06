import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { newUuid as newSaleId } from '../../lib/uuid';
import { guardedLocalStorage } from './storage-problem-store';
import {
  addTender,
  completeSale,
  openCheckout,
  removeTender,
  sanitizeCheckout,
  type Checkout,
  type CompletedSale,
  type Tender,
  type TenderKind,
  type TenderResult,
} from './tender-rules';

/** The checkout's events. Each calls a pure rule in `tender-rules.ts`. */
export interface CheckoutActions {
  /** Money was handed over. Returns why it was refused, if it was. */
  tendered: (kind: TenderKind, amount: number, total: number, format: (amount: number) => string) => TenderResult;
  tenderRemoved: (tenderId: number) => void;
  /** The sale was paid. Idempotent: only the first call for the sale counts. */
  saleCompleted: (sale: CompletedSale) => void;
  saleVoided: () => void;
  /** The cashier moved on from the receipt of a completed sale (mid-sale, nothing happens). */
  nextSaleStarted: () => void;
}

interface CheckoutState extends Checkout {
  readonly actions: CheckoutActions;
}

const CHECKOUT_VERSION = 1;

export function persistedCheckout({ saleId, tenders, nextTenderId, completed }: Checkout): Checkout {
  return { saleId, tenders, nextTenderId, completed };
}

const useCheckoutStore = create<CheckoutState>()(
  persist(
    (set, get) => ({
      ...openCheckout(newSaleId()),
      actions: {
        tendered: (kind, amount, total, format) => {
          const { tenders, nextTenderId } = get();
          const result = addTender(total, tenders, { id: nextTenderId, kind, amount }, format);
          if (result.ok) set({ tenders: result.tenders, nextTenderId: nextTenderId + 1 });
          return result;
        },
        tenderRemoved: (tenderId) => set((state) => ({ tenders: removeTender(state.tenders, tenderId) })),
        saleCompleted: (sale) => set((state) => completeSale(state, sale)),
        saleVoided: () => set(openCheckout(newSaleId())),
        // Called on every scan: only set (and so persist) when a completed sale is actually left behind.
        nextSaleStarted: () => {
          if (get().completed !== null) set(openCheckout(newSaleId()));
        },
      },
    }),
    {
      name: 'till.checkout',
      version: CHECKOUT_VERSION,
      storage: createJSONStorage(() => guardedLocalStorage),
      partialize: (state: CheckoutState): Checkout => persistedCheckout(state),
      migrate: (stored) => sanitizeCheckout(stored, newSaleId),
      merge: (stored, current) => ({ ...current, ...sanitizeCheckout(stored, () => current.saleId) }),
    },
  ),
);

export const useSaleId = (): string => useCheckoutStore((state) => state.saleId);
export const useTenders = (): readonly Tender[] => useCheckoutStore((state) => state.tenders);
export const useCompletedSale = (): CompletedSale | null => useCheckoutStore((state) => state.completed);
export const useCheckoutActions = (): CheckoutActions => useCheckoutStore((state) => state.actions);
