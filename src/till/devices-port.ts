import type { LegalDetails, Receipt } from '../pricing';
import type { CompletedSale, Tender } from './checkout/tender-rules';

/** What the customer should see now: the sale as the screen shows it. */
export interface CustomerView {
  readonly phase: 'idle' | 'sale' | 'paying' | 'thank-you';
  readonly storeName: string;
  readonly currency: string;
  /** The priced sale; absent when idle. */
  readonly receipt?: Receipt | undefined;
  readonly tenders: readonly Pick<Tender, 'kind' | 'amount'>[];
  readonly change: number;
}

/** A weight for a weighed product, or why the scale cannot give one now. */
export type ScaleWeight = { readonly ok: true; readonly grams: number } | { readonly ok: false; readonly message: string };

/**
 * The devices around the till, as the till needs them; `src/app` wires them to `src/devices`.
 * Every one is optional: without it the till does what a browser alone can (the print dialog, the
 * numpad), and nothing waits on a device to sell.
 */
export interface TillDevices {
  /** Follows the sale on the customer display (a second window or screen). */
  readonly showCustomer?: (view: CustomerView) => void;
  /** Prints a completed sale's receipt, with the seller's legal lines; rejects with words a cashier can act on. */
  readonly printReceipt?: (sale: CompletedSale, legal: LegalDetails | undefined) => Promise<void>;
  /** Opens the cash drawer (after a cash sale); rejects with words a cashier can act on. */
  readonly openDrawer?: () => Promise<void>;
  /** The scale's steady weight now, or undefined when no scale is paired. */
  readonly readScale?: () => ScaleWeight | undefined;
}

/** The customer's view of the till's state: idle, the sale (paying once a tender is in), or thank-you. */
export function customerViewOf(storeName: string, currency: string, receipt: Receipt | undefined, tenders: readonly Tender[], completed: CompletedSale | null): CustomerView {
  if (completed !== null) {
    return { phase: 'thank-you', storeName, currency, receipt: completed.receipt, tenders: completed.tenders, change: completed.change };
  }
  if (receipt === undefined || receipt.lines.length === 0) return { phase: 'idle', storeName, currency, tenders: [], change: 0 };
  return { phase: tenders.length > 0 ? 'paying' : 'sale', storeName, currency, receipt, tenders, change: 0 };
}
