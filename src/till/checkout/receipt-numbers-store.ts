import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { assignReceiptNumber, noReceiptNumbers, sanitizeReceiptNumbers, type ReceiptNumbers } from './receipt-numbers';

/**
 * Records a completed sale and gives its receipt number; the same sale always gets the same number.
 * Today a small persisted store; the sales journal (IndexedDB) replaces it behind this signature.
 */
export type RecordSale = (saleId: string) => number;

interface ReceiptNumbersState extends ReceiptNumbers {
  readonly saleRecorded: RecordSale;
}

const useReceiptNumbersStore = create<ReceiptNumbersState>()(
  persist(
    (set, get) => ({
      ...noReceiptNumbers,
      saleRecorded: (saleId) => {
        const { state, receiptNumber } = assignReceiptNumber(get(), saleId);
        if (state !== get()) set(state);
        return receiptNumber;
      },
    }),
    {
      name: 'till.receipt-numbers',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ last, recent }): ReceiptNumbers => ({ last, recent }),
      migrate: (stored) => sanitizeReceiptNumbers(stored),
      merge: (stored, current) => ({ ...current, ...sanitizeReceiptNumbers(stored) }),
    },
  ),
);

/** The function that records a completed sale and returns its receipt number. */
export const useRecordSale = (): RecordSale => useReceiptNumbersStore((state) => state.saleRecorded);
