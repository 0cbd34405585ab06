import { createDisplayPublisher, type DisplayPublisher } from '../devices/display/display-channel';
import { idleContent, type DisplayContent } from '../devices/display/display-message';
import { readPairedDevices } from '../devices/device-store';
import { weightToTake } from '../devices/scale/weight-to-take';
import { printedReceiptOf } from './printed-receipt-of';
import type { CustomerView, TillDevices } from '../till/devices-port';
import { moneyFormatter, type ReceiptLine } from '../pricing';
import { joinRepeatedScans } from '../ui/receipt-rows';

/** The small print under a line: "3 × £0.65", "0.512 kg @ £0.79/kg", or nothing for one unit. */
function lineDetail(line: ReceiptLine, format: (amount: number) => string): { detail?: string } {
  if (line.grams !== undefined && line.pricePerKg !== undefined) return { detail: `${(line.grams / 1000).toFixed(3)} kg @ ${format(line.pricePerKg)}/kg` };
  return line.quantity > 1 ? { detail: `${line.quantity} × ${format(line.unitPrice)}` } : {};
}

/**
 * What the customer display shows for the till's view: the receipt's rows as the cashier sees them
 * (repeated scans of a product as one row, "3 × £2.75", see `ui/receipt-rows.ts`), and
 * each saving as it happens. The display has no basket, so a price-label line at the book's
 * own price joins the scans beside it: the customer sees the same product at the same price.
 */
export function displayContentOf(view: CustomerView): DisplayContent {
  if (view.receipt === undefined) return idleContent(view.storeName, view.currency);
  const { receipt } = view;
  const rows = joinRepeatedScans(receipt);
  const format = moneyFormatter(receipt.currency);
  return {
    phase: view.phase,
    storeName: view.storeName,
    currency: view.currency,
    lines: rows.lines.map((line) => ({ name: line.name, ...lineDetail(line, format), amount: line.price })),
    savings: rows.discounts.map((d) => ({ label: d.label, amount: d.saving })),
    total: receipt.total,
    tenders: view.tenders.map(({ kind, amount }) => ({ kind, amount })),
    change: view.change,
  };
}

/** Characters per line of an 80 mm printer's font A at 180 dpi, the common till printer. */
const RECEIPT_COLUMNS = 42;

let publisher: DisplayPublisher | undefined;

/** The till's devices: the customer display always (a window may open at any time), the rest once paired. */
export const tillDevices: TillDevices = {
  showCustomer: (view) => {
    if (typeof BroadcastChannel === 'undefined') return;
    const content = displayContentOf(view);
    if (publisher === undefined) publisher = createDisplayPublisher(content);
    else publisher.publish(content);
  },
  printReceipt: async (sale, legal) => {
    const printer = readPairedDevices().printer;
    if (printer?.info.language === undefined) {
      window.print();
      return;
    }
    // The encoder is loaded on the first print: the till's first download stays small.
    const { encodeReceipt } = await import('../devices/printer/encode-receipt');
    await printer.device.print(encodeReceipt(printedReceiptOf(sale, legal), { language: printer.info.language, columns: RECEIPT_COLUMNS, codepageMapping: printer.info.codepageMapping }));
  },
  openDrawer: async () => {
    const printer = readPairedDevices().printer;
    if (printer === undefined) return;
    await printer.device.openDrawer();
  },
  readScale: () => {
    const devices = readPairedDevices();
    return devices.scalePaired ? weightToTake(devices.scaleReading) : undefined;
  },
};

