import ReceiptPrinterEncoder, { type ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import type { PrintedEntry, PrintedReceiptModel, PrintedVatRow } from './printed-receipt-model';
import { centre, twoColumns } from './receipt-text';

/** The printer languages the encoder speaks that support text, barcodes, cutting and the drawer. */
export type PrinterLanguage = 'esc-pos' | 'star-prnt';

/** A code page mapping the encoder knows by name (`epson`, `star`, `bixolon`…). */
export type CodepageMappingName = Extract<ReceiptPrinterEncoderOptions['codepageMapping'], string>;

/** How to encode for one printer. */
export interface EncodeOptions {
  readonly language: PrinterLanguage;
  /** Characters per line in the printer's font A: 42 on most 80 mm printers at 180 dpi, 48 at 203 dpi. */
  readonly columns: number;
  /** The printer's code page mapping, as its driver reports it (`epson`, `star`…); the library picks a default for the language when absent. */
  readonly codepageMapping?: CodepageMappingName | undefined;
  /** Locale for amounts and the date (default `en-GB`). */
  readonly locale?: string | undefined;
  /** IANA time zone for the date (default: the machine's). */
  readonly timeZone?: string | undefined;
}

const DEFAULT_FOOTER = ['Thank you for shopping with us'];

function newEncoder(options: EncodeOptions): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({
    language: options.language,
    columns: options.columns,
    // The cutter sits a few lines above the print head: feed the footer past it before cutting.
    feedBeforeCut: 4,
    ...(options.codepageMapping === undefined ? {} : { codepageMapping: options.codepageMapping }),
  });
}

function moneyFormatter(currency: string, locale: string): (amount: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return (amount) => format.format(amount / 100);
}

function entryLines(entry: PrintedEntry, money: (amount: number) => string, columns: number): string[] {
  switch (entry.kind) {
    case 'item':
      return [
        ...twoColumns(entry.name, money(entry.amount), columns),
        ...(entry.quantity > 1 ? [`  ${entry.quantity} x ${money(entry.unitPrice)}`] : []),
      ];
    case 'weighed':
      return [
        ...twoColumns(entry.name, money(entry.amount), columns),
        `  ${(entry.grams / 1000).toFixed(3)} kg @ ${money(entry.pricePerKg)}/kg`,
      ];
    case 'discount':
      return twoColumns(entry.label, `-${money(entry.amount)}`, columns, 2);
  }
}

function percent(basisPoints: number): string {
  return `${basisPoints % 100 === 0 ? basisPoints / 100 : (basisPoints / 100).toFixed(2)}%`;
}

/** The VAT analysis: the code, then four right-aligned columns of equal width. */
function vatLines(rows: readonly PrintedVatRow[], money: (amount: number) => string, columns: number): string[] {
  const width = Math.floor((columns - 4) / 4);
  const cells = (code: string, ...amounts: string[]) => code.padEnd(columns - 4 * width) + amounts.map((a) => a.padStart(width)).join('');
  return [
    cells('VAT', 'Rate', 'Net', 'VAT', 'Gross'),
    ...rows.map((row) => cells(row.code, percent(row.rateBasisPoints), money(row.net), money(row.vat), money(row.gross))),
  ];
}

function writeLines(encoder: ReceiptPrinterEncoder, lines: readonly string[]): void {
  for (const line of lines) encoder.line(line);
}

/**
 * Encodes a receipt for a receipt printer: the store heading (name in double height), every entry
 * with its discounts, the totals (total in bold, double height), the tenders and change, the VAT
 * analysis when present, the till, operator, date and receipt number, the receipt number as a
 * CODE128 barcode, the footer and a cut. Pure: the same model and options give the same bytes.
 *
 * @returns The bytes to send to the printer.
 */
export function encodeReceipt(model: PrintedReceiptModel, options: EncodeOptions): Uint8Array {
  const { columns } = options;
  const locale = options.locale ?? 'en-GB';
  const money = moneyFormatter(model.currency, locale);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  }).format(new Date(model.at));
  const rule = '-'.repeat(columns);
  // 'auto' picks, for each run of text, a code page of the printer's mapping that has its characters (£ is not ASCII).
  const encoder = newEncoder(options).initialize().codepage('auto');

  const [storeName = '', ...storeRest] = model.storeLines;
  encoder.bold(true).height(2).line(centre(storeName, columns)).height(1).bold(false);
  writeLines(encoder, storeRest.map((line) => centre(line, columns)));
  encoder.line(rule);
  writeLines(encoder, model.entries.flatMap((entry) => entryLines(entry, money, columns)));
  encoder.line(rule);
  writeLines(encoder, twoColumns('Subtotal', money(model.subtotal), columns));
  if (model.savings > 0) writeLines(encoder, twoColumns('You saved', `-${money(model.savings)}`, columns));
  encoder.bold(true).height(2);
  writeLines(encoder, twoColumns('TOTAL', money(model.total), columns));
  encoder.height(1).bold(false);
  for (const tender of model.tenders) writeLines(encoder, twoColumns(tender.kind === 'cash' ? 'Cash' : 'Card', money(tender.amount), columns));
  writeLines(encoder, twoColumns('Change', money(model.change), columns));
  if (model.vat !== undefined && model.vat.length > 0) {
    encoder.line(rule);
    writeLines(encoder, vatLines(model.vat, money, columns));
  }
  encoder.line(rule);
  writeLines(encoder, twoColumns(`Till ${model.tillId}`, `Operator ${model.operator}`, columns));
  writeLines(encoder, twoColumns(when, `Receipt ${model.receiptNumber}`, columns));
  encoder.newline().align('center').barcode(model.receiptNumber, 'code128', { height: 60, text: 'below' }).newline().align('left');
  writeLines(encoder, (model.footerLines ?? DEFAULT_FOOTER).map((line) => centre(line, columns)));
  return encoder.cut().encode();
}

/**
 * Encodes the drawer kick alone: the printer pulses its drawer connector (pin 2), which opens a
 * cash drawer plugged into it. ESC/POS `ESC p 0 t1 t2`; StarPRNT its external-device drive command.
 */
export function encodeDrawerKick(options: Pick<EncodeOptions, 'language'>): Uint8Array {
  return new ReceiptPrinterEncoder({ language: options.language }).initialize().pulse().encode();
}
