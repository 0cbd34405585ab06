/// <reference types="w3c-web-serial" />
// The drivers ship no types; the test build reaches this file only through this reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./point-of-sale-drivers.d.ts" />
import WebSerialReceiptPrinter from '@point-of-sale/webserial-receipt-printer';
import { encodeDrawerKick, type PrinterLanguage } from './encode-receipt';
import type { PrinterInfo, ReceiptPrinter } from './receipt-printer';
import { whenConnected } from './when-connected';

/** How a serial printer is set up: a serial line cannot tell which language the printer speaks. */
export interface SerialPrinterOptions {
  readonly language: PrinterLanguage;
  /** The printer's baud rate (9600 unless its self-test page says otherwise). */
  readonly baudRate?: number | undefined;
}

/** A printer on a serial port (or a USB printer's virtual serial port on Windows), through `@point-of-sale/webserial-receipt-printer`. */
export function webSerialPrinter(options: SerialPrinterOptions): ReceiptPrinter {
  if (navigator.serial === undefined) throw new Error('This browser cannot reach serial devices: use Chrome or Edge');
  const driver = new WebSerialReceiptPrinter({ baudRate: options.baudRate ?? 9600 });
  let info: PrinterInfo | undefined;
  const connected = () => {
    if (info === undefined) throw new Error('The serial printer is not connected: pair it on the Devices page');
  };
  return {
    async connect() {
      await whenConnected(driver, 'No serial port was chosen, or it could not be opened');
      info = { name: `Receipt printer (serial, ${options.language === 'esc-pos' ? 'ESC/POS' : 'StarPRNT'})`, language: options.language };
      return info;
    },
    async print(bytes) {
      connected();
      await driver.print(bytes);
    },
    async openDrawer() {
      connected();
      await driver.print(encodeDrawerKick(options));
    },
  };
}
