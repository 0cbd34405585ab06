import type { Page } from '@playwright/test';

/**
 * Fakes at the browser's device boundary: `navigator.usb` gives one Epson receipt printer and
 * `navigator.serial` gives a new port each time the user is asked. Everything written is recorded
 * in `window.__devices`, and `window.__devices.feedSerial(bytes)` is what every open port reads next.
 * Installed before the page's own scripts run.
 */
export async function installDeviceFakes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { usbWritten: [] as number[][], serialWritten: [] as number[][], serialOpened: [] as unknown[], feedSerial: (_bytes: number[]) => {} };
    const controllers: ReadableStreamDefaultController<Uint8Array>[] = [];
    record.feedSerial = (bytes) => controllers.forEach((c) => c.enqueue(new Uint8Array(bytes)));
    // This runs in the page; the e2e build has no DOM types, so the page's globals are reached through globalThis.
    const page = globalThis as unknown as { __devices: typeof record; navigator: object };
    page.__devices = record;

    const newPort = () => {
      let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
      return {
        readable: new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) }),
        writable: new WritableStream<Uint8Array>({ write: (chunk) => void record.serialWritten.push(Array.from(chunk)) }),
        open: async (options: unknown) => {
          record.serialOpened.push(options);
          if (controller !== undefined) controllers.push(controller);
        },
        close: async () => {},
        getInfo: () => ({ usbVendorId: 0x0403, usbProductId: 0x6001 }),
      };
    };
    Object.defineProperty(page.navigator, 'serial', {
      configurable: true,
      value: { requestPort: async () => newPort(), getPorts: async () => [], addEventListener: () => {}, removeEventListener: () => {} },
    });

    const printer = {
      vendorId: 0x04b8,
      productId: 0x0e15,
      manufacturerName: 'EPSON',
      productName: 'TM-T88V',
      serialNumber: 'FAKE-1',
      configuration: { interfaces: [{ interfaceNumber: 0, alternate: { endpoints: [{ direction: 'out', endpointNumber: 1 }] } }] },
      open: async () => {},
      close: async () => {},
      selectConfiguration: async () => {},
      claimInterface: async () => {},
      reset: async () => {},
      transferOut: async (_endpoint: number, data: Uint8Array) => {
        record.usbWritten.push(Array.from(data));
        return { status: 'ok', bytesWritten: data.length };
      },
    };
    Object.defineProperty(page.navigator, 'usb', {
      configurable: true,
      value: { requestDevice: async () => printer, getDevices: async () => [printer], addEventListener: () => {}, removeEventListener: () => {} },
    });
  });
}

/** What the fakes recorded, as hex strings (one per write). */
export async function writtenHex(page: Page, to: 'usb' | 'serial'): Promise<string[]> {
  return page.evaluate((key) => {
    const devices = (globalThis as unknown as { __devices: Record<string, number[][]> }).__devices;
    return (devices[key] ?? []).map((bytes) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(''));
  }, to === 'usb' ? 'usbWritten' : 'serialWritten');
}

/** Feeds bytes to every open fake serial port, as a scale sends them. */
export async function feedSerial(page: Page, bytes: Uint8Array): Promise<void> {
  await page.evaluate((b) => (globalThis as unknown as { __devices: { feedSerial: (bytes: number[]) => void } }).__devices.feedSerial(b), Array.from(bytes));
}
