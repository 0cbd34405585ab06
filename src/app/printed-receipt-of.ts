import type { PrintedEntry, PrintedReceiptModel } from '../devices/printer/printed-receipt-model';
import { moneyFormatter, type LegalDetails, type Receipt } from '../pricing';
import type { CompletedSale } from '../till/checkout/tender-rules';
import { formatReceiptNumber, shortTillId } from '../ui/printed-receipt';
import { lineVoidText } from '../ui/line-void';
import { overrideKey, overrideText } from '../ui/price-override';
import { joinRepeatedScans } from '../ui/receipt-rows';

/**
 * The receipt's lines and discounts in printed order, as on the screen's receipt: repeated scans of
 * a product as one line ("3 × £0.65"), each discount under the last line it used, an overridden
 * line (or scans overridden together, as one line) with its override's note.
 */
function printedEntries(receipt: Receipt, overrides: CompletedSale['overrides'], format: (amount: number) => string): PrintedEntry[] {
  const overrideOf = (index: number) => overrides?.find((o) => o.line === index);
  const rows = joinRepeatedScans(receipt, (line) => overrideKey(overrideOf(line.index)));
  const entries: PrintedEntry[] = [];
  rows.lines.forEach((line) => {
    const override = overrideOf(line.index);
    const notes = override === undefined ? undefined : [overrideText(override, format)];
    entries.push(
      line.grams !== undefined && line.pricePerKg !== undefined
        ? { kind: 'weighed', name: line.name, grams: line.grams, pricePerKg: line.pricePerKg, amount: line.price, notes }
        : { kind: 'item', name: line.name, quantity: line.quantity, unitPrice: line.unitPrice, amount: line.price, notes },
    );
    for (const discount of rows.discounts) {
      if (discount.lines.length > 0 && Math.max(...discount.lines) === line.index) entries.push({ kind: 'discount', label: discount.label, amount: discount.saving });
    }
  });
  // Basket-wide discounts (thresholds) use no line: printed after the lines.
  for (const discount of rows.discounts) if (discount.lines.length === 0) entries.push({ kind: 'discount', label: discount.label, amount: discount.saving });
  return entries;
}

/** The heading as the screen's receipt has it: the store, then the seller's legal name, address and VAT number. */
function storeLines(storeName: string, legal: LegalDetails | undefined): string[] {
  return [
    storeName,
    ...(legal?.name === undefined ? [] : [legal.name]),
    ...(legal?.address ?? []),
    ...(legal?.vatNumber === undefined ? [] : [`VAT no. ${legal.vatNumber}`]),
  ];
}

/**
 * A completed sale as the receipt printer prints it, with what the screen's receipt shows
 * (`SaleReceipt`): the legal lines, the till, who served, price overrides under their lines, lines
 * voided after payment, the VAT analysis per rate. A rate's
 * percent (20, 5.5) becomes basis points, rounded: a book gives at most two decimals.
 */
export function printedReceiptOf(sale: CompletedSale, legal?: LegalDetails): PrintedReceiptModel {
  const { receipt } = sale;
  const format = moneyFormatter(receipt.currency);
  return {
    currency: receipt.currency,
    storeLines: storeLines(sale.storeName, legal),
    entries: printedEntries(receipt, sale.overrides, format),
    subtotal: receipt.subtotal,
    savings: receipt.savings,
    total: receipt.total,
    vat: receipt.taxes?.map((t) => ({ code: t.code, label: t.label, rateBasisPoints: Math.round(t.percent * 100), net: t.net, vat: t.tax, gross: t.gross })),
    tenders: sale.tenders.map(({ kind, amount }) => ({ kind, amount })),
    change: sale.change,
    voided: sale.lineVoids?.map((v) => lineVoidText(v, format)),
    receiptNumber: formatReceiptNumber(sale.receiptNumber),
    tillId: sale.tillId === undefined ? '' : shortTillId(sale.tillId),
    operator: sale.operator ?? '',
    at: sale.completedAt,
  };
}
