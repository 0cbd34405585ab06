import { useEffect } from 'react';
import { customerViewOf, type TillDevices } from '../devices-port';
import type { SaleView } from './use-sale-view';

/** Keeps the customer display in step with the sale on screen (a sync with an outside system). */
export function useCustomerDisplay(devices: TillDevices, view: SaleView): void {
  const { showCustomer } = devices;
  const { storeName, book, pricing, tenders, completed } = view;
  const receipt = pricing.ok ? pricing.receipt : undefined;
  useEffect(() => {
    showCustomer?.(customerViewOf(storeName, book.currency, receipt, tenders, completed));
  }, [showCustomer, storeName, book.currency, receipt, tenders, completed]);
}
