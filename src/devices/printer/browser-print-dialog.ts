import type { ReceiptPrinter } from './receipt-printer';

/**
 * The fallback when no receipt printer is paired: the browser's print dialog, printing the
 * receipt the page shows (its print styles lay it out as a till roll). It takes no bytes and
 * has no drawer.
 */
export function browserPrintDialog(): ReceiptPrinter {
  return {
    connect() {
      return Promise.resolve({ name: 'Browser print dialog' });
    },
    print() {
      window.print();
      return Promise.resolve();
    },
    openDrawer() {
      return Promise.reject(new Error('No cash drawer: the drawer opens through a paired receipt printer'));
    },
  };
}
