// The @point-of-sale drivers ship JavaScript only; these are the parts the till uses, as their
// READMEs document them.

declare module '@point-of-sale/webusb-receipt-printer' {
  /** What the `connected` event reports about a USB printer. */
  export interface UsbPrinterDevice {
    readonly type: 'usb';
    readonly manufacturerName?: string;
    readonly productName?: string;
    readonly serialNumber?: string;
    readonly vendorId: number;
    readonly productId: number;
    /** The language to encode in: `esc-pos`, `star-prnt`, `star-line` or `star-graphics`. */
    readonly language: string;
    readonly codepageMapping: string;
  }
  export default class WebUSBReceiptPrinter {
    constructor(options?: object);
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    print(data: Uint8Array): Promise<void>;
    addEventListener(event: 'connected', listener: (device: UsbPrinterDevice) => void): void;
    addEventListener(event: 'disconnected', listener: () => void): void;
  }
}

declare module '@point-of-sale/webserial-receipt-printer' {
  /** What the `connected` event reports about a serial printer (it cannot tell the language). */
  export interface SerialPrinterDevice {
    readonly type: 'serial';
    readonly vendorId: number | null;
    readonly productId: number | null;
  }
  export default class WebSerialReceiptPrinter {
    constructor(options?: { baudRate?: number });
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    print(data: Uint8Array): Promise<void>;
    addEventListener(event: 'connected', listener: (device: SerialPrinterDevice) => void): void;
    addEventListener(event: 'disconnected', listener: () => void): void;
  }
}
