import type { CodepageMappingName, PrinterLanguage } from './encode-receipt';

/** What the till needs to know to encode for a connected printer. */
export interface PrinterInfo {
  /** Shown on the Devices page: "EPSON TM-T88V (USB)". */
  readonly name: string;
  /** The language to encode receipts in; absent for the browser print dialog, which takes no bytes. */
  readonly language?: PrinterLanguage | undefined;
  /** The driver's code page mapping, passed on to the encoder. */
  readonly codepageMapping?: CodepageMappingName | undefined;
}

/**
 * A receipt printer, whichever way it is connected. `connect` must run from a user's gesture (a
 * click): the browser asks which device to use. Every method rejects with an `Error` whose message
 * a cashier can act on.
 */
export interface ReceiptPrinter {
  /** Pairs with a printer (asking the user which one) and opens it. */
  connect(): Promise<PrinterInfo>;
  /** Sends encoded bytes (see `encodeReceipt`) to the printer. */
  print(bytes: Uint8Array): Promise<void>;
  /** Pulses the cash drawer plugged into the printer. */
  openDrawer(): Promise<void>;
}
