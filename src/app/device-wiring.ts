import { createDisplayPublisher, type DisplayPublisher } from '../devices/display/display-channel';
import { idleContent, type DisplayContent } from '../devices/display/display-message';
import type { PrintedEntry, PrintedReceiptModel } from '../devices/printer/printed-receipt-model';
import { readPairedDevices } from '../devices/device-store';
import { weightToTake } from '../devices/scale/weight-to-take';
import type { CompletedSale } from '../till/checkout/tender-rules';
import type { CustomerView, TillDevices } from '../till/devices-port';
import { moneyFormatter, type Receipt, type ReceiptLine } from '../pricing';

/** The receipt's lines and discounts in printed order: each discount under the last line it used. */
function printedEntries(receipt: Receipt): PrintedEntry[] {
  const entries: PrintedEntry[] = [];
  receipt.lines.forEach((line) => {
    entries.push(
      line.grams !== undefined && line.pricePerKg !== undefined
        ? { kind: 'weighed', name: line.name, grams: line.grams, pricePerKg: line.pricePerKg, amount: line.price }
        : { kind: 'item', name: line.name, quantity: line.quantity, unitPrice: line.unitPrice, amount: line.price },
    );
    for (const discount of receipt.discounts) {
      if (Math.max(...discount.lines) === line.index) entries.push({ kind: 'discount', label: discount.label, amount: discount.saving });
    }
  });
  // Basket-wide discounts (thresholds) use no line: printed after the lines.
  for (const discount of receipt.discounts) if (discount.lines.length === 0) entries.push({ kind: 'discount', label: discount.label, amount: discount.saving });
  return entries;
}

/** A completed sale as the receipt printer prints it. */
export function printedReceiptOf(sale: CompletedSale, tillId = 'T1', operator = ''): PrintedReceiptModel {
  const { receipt } = sale;
  return {
    currency: receipt.currency,
    storeLines: [sale.storeName],
    entries: printedEntries(receipt),
    subtotal: receipt.subtotal,
    savings: receipt.savings,
    total: receipt.total,
    tenders: sale.tenders.map(({ kind, amount }) => ({ kind, amount })),
    change: sale.change,
    receiptNumber: String(sale.receiptNumber).padStart(6, '0'),
    tillId,
    operator,
    at: sale.completedAt,
  };
}

/** The small print under a line: "3 × £0.65", "0.512 kg @ £0.79/kg", or nothing for one unit. */
function lineDetail(line: ReceiptLine, format: (amount: number) => string): { detail?: string } {
  if (line.grams !== undefined && line.pricePerKg !== undefined) return { detail: `${(line.grams / 1000).toFixed(3)} kg @ ${format(line.pricePerKg)}/kg` };
  return line.quantity > 1 ? { detail: `${line.quantity} × ${format(line.unitPrice)}` } : {};
}

/** What the customer display shows for the till's view. */
export function displayContentOf(view: CustomerView): DisplayContent {
  if (view.receipt === undefined) return idleContent(view.storeName, view.currency);
  const { receipt } = view;
  return {
    phase: view.phase,
    storeName: view.storeName,
    currency: view.currency,
    lines: receipt.lines.map((line) => ({ name: line.name, ...lineDetail(line, moneyFormatter(receipt.currency)), amount: line.price })),
    savings: receipt.discounts.map((d) => ({ label: d.label, amount: d.saving })),
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
  printReceipt: async (sale) => {
    const printer = readPairedDevices().printer;
    if (printer?.info.language === undefined) {
      window.print();
      return;
    }
    // The encoder is loaded on the first print: the till's first download stays small.
    const { encodeReceipt } = await import('../devices/printer/encode-receipt');
    await printer.device.print(encodeReceipt(printedReceiptOf(sale), { language: printer.info.language, columns: RECEIPT_COLUMNS, codepageMapping: printer.info.codepageMapping }));
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

