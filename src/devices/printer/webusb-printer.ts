/// <reference types="w3c-web-usb" />
// The drivers ship no types; the test build reaches this file only through this reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./point-of-sale-drivers.d.ts" />
import WebUSBReceiptPrinter, { type UsbPrinterDevice } from '@point-of-sale/webusb-receipt-printer';
import { encodeDrawerKick, type CodepageMappingName, type PrinterLanguage } from './encode-receipt';
import type { PrinterInfo, ReceiptPrinter } from './receipt-printer';
import { whenConnected } from './when-connected';

function languageOf(device: UsbPrinterDevice): PrinterLanguage {
  if (device.language === 'esc-pos' || device.language === 'star-prnt') return device.language;
  throw new Error(
    `${device.productName ?? 'This printer'} speaks ${device.language}, which the till cannot print in: use an ESC/POS or StarPRNT printer`,
  );
}

// The encoder's mappings by name; the driver reports a few others (`default`, `zjiang`) for which
// the encoder's default mapping for the language is the right one.
const KNOWN_MAPPINGS: ReadonlySet<string> = new Set<CodepageMappingName>([
  'bixolon', 'bixolon/legacy', 'citizen', 'epson', 'epson/legacy', 'fujitsu', 'hp', 'metapace', 'mpt', 'pos-5890', 'pos-8360', 'star', 'sunmi', 'xprinter', 'youku',
]);

function mappingOf(device: UsbPrinterDevice): CodepageMappingName | undefined {
  return KNOWN_MAPPINGS.has(device.codepageMapping) ? (device.codepageMapping as CodepageMappingName) : undefined;
}

/** A printer on USB, through the `@point-of-sale/webusb-receipt-printer` driver (Chrome and Edge; not on Windows, whose printer driver holds the device). */
export function webUsbPrinter(): ReceiptPrinter {
  if (navigator.usb === undefined) throw new Error('This browser cannot reach USB devices: use Chrome or Edge');
  const driver = new WebUSBReceiptPrinter();
  let info: (PrinterInfo & { readonly language: PrinterLanguage }) | undefined;
  const connected = () => {
    if (info === undefined) throw new Error('The USB printer is not connected: pair it on the Devices page');
    return info;
  };
  return {
    async connect() {
      const device = await whenConnected<UsbPrinterDevice>(driver, 'No USB printer was chosen, or it could not be opened');
      info = {
        name: `${[device.manufacturerName, device.productName].filter(Boolean).join(' ') || 'Receipt printer'} (USB)`,
        language: languageOf(device),
        codepageMapping: mappingOf(device),
      };
      return info;
    },
    async print(bytes) {
      connected();
      await driver.print(bytes);
    },
    async openDrawer() {
      await driver.print(encodeDrawerKick(connected()));
    },
  };
}
