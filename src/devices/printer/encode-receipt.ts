import ReceiptPrinterEncoder, { type ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import type { PrintedEntry, PrintedReceiptModel, PrintedVatRow } from './printed-receipt-model';
import { centre, twoColumns, wrapText } from './receipt-text';

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

/** Notes under a line, indented two columns and wrapped to the roll. */
function noteLines(notes: readonly string[] | undefined, columns: number): string[] {
  return (notes ?? []).flatMap((note) => wrapText(note, columns - 2).map((part) => `  ${part}`));
}

function entryLines(entry: PrintedEntry, money: (amount: number) => string, columns: number): string[] {
  switch (entry.kind) {
    case 'item':
      return [
        ...twoColumns(entry.name, money(entry.amount), columns),
        ...(entry.quantity > 1 ? [`  ${entry.quantity} x ${money(entry.unitPrice)}`] : []),
        ...noteLines(entry.notes, columns),
      ];
    case 'weighed':
      return [
        ...twoColumns(entry.name, money(entry.amount), columns),
        `  ${(entry.grams / 1000).toFixed(3)} kg @ ${money(entry.pricePerKg)}/kg`,
        ...noteLines(entry.notes, columns),
      ];
    case 'discount':
      return twoColumns(entry.label, `-${money(entry.amount)}`, columns, 2);
  }
}

function percent(basisPoints: number): string {
  return `${basisPoints % 100 === 0 ? basisPoints / 100 : (basisPoints / 100).toFixed(2).replace(/0$/, '')}%`;
}

/** Width of each amount column of the VAT analysis: "£9,999.99" and a space before it. */
const VAT_AMOUNT_WIDTH = 10;

/**
 * The VAT analysis as the screen's receipt shows it: the rate's name ("VAT 20%", else "A 20%"), then
 * net, VAT and gross right-aligned in columns of equal width.
 */
function vatLines(rows: readonly PrintedVatRow[], money: (amount: number) => string, columns: number): string[] {
  const nameWidth = columns - 3 * VAT_AMOUNT_WIDTH;
  const cells = (name: string, ...amounts: string[]) => name.slice(0, nameWidth).padEnd(nameWidth) + amounts.map((a) => a.padStart(VAT_AMOUNT_WIDTH)).join('');
  return [
    cells('VAT rate', 'Net', 'VAT', 'Gross'),
    ...rows.map((row) => cells(row.label ?? `${row.code} ${percent(row.rateBasisPoints)}`, money(row.net), money(row.vat), money(row.gross))),
  ];
}

/** The lines under the store's heading, as on the screen's receipt: the time, the receipt number, the till and who served. */
function saleDetails(model: PrintedReceiptModel, when: string): string[] {
  return [
    when,
    `Receipt ${model.receiptNumber}`,
    ...(model.tillId === '' ? [] : [`Till ${model.tillId}`]),
    ...(model.operator === '' ? [] : [`Served by ${model.operator}`]),
  ];
}

function writeLines(encoder: ReceiptPrinterEncoder, lines: readonly string[]): void {
  for (const line of lines) encoder.line(line);
}

/**
 * Encodes a receipt for a receipt printer, in the order of the receipt on screen
 * (`src/ui/printed-receipt.tsx`): the store heading (name in double height, then its legal lines),
 * the date, receipt number, till and operator, every entry with its notes (price overrides) and
 * discounts, the totals (total in bold, double height), the tenders and change, lines voided after
 * payment, the VAT analysis when present, then the receipt
 * number as a CODE128 barcode, the footer and a cut. Pure: the same model and options give the same bytes.
 *
 * @returns The bytes to send to the printer.
 */
export function encodeReceipt(model: PrintedReceiptModel, options: EncodeOptions): Uint8Array {
  const { columns } = options;
  const locale = options.locale ?? 'en-GB';
  const money = moneyFormatter(model.currency, locale);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  }).format(new Date(model.at));
  const rule = '-'.repeat(columns);
  // 'auto' picks, for each run of text, a code page of the printer's mapping that has its characters (£ is not ASCII).
  const encoder = newEncoder(options).initialize().codepage('auto');

  const [storeName = '', ...storeRest] = model.storeLines;
  encoder.bold(true).height(2).line(centre(storeName, columns)).height(1).bold(false);
  writeLines(encoder, [...storeRest, ...saleDetails(model, when)].map((line) => centre(line, columns)));
  encoder.line(rule);
  writeLines(encoder, model.entries.flatMap((entry) => entryLines(entry, money, columns)));
  encoder.line(rule);
  writeLines(encoder, twoColumns('Subtotal', money(model.subtotal), columns));
  if (model.savings > 0) writeLines(encoder, twoColumns('You saved', `-${money(model.savings)}`, columns));
  encoder.bold(true).height(2);
  writeLines(encoder, twoColumns('Total', money(model.total), columns));
  encoder.height(1).bold(false);
  for (const tender of model.tenders) writeLines(encoder, twoColumns(tender.kind === 'cash' ? 'Cash' : 'Card', money(tender.amount), columns));
  writeLines(encoder, twoColumns('Change', money(model.change), columns));
  if (model.voided !== undefined && model.voided.length > 0) {
    encoder.line(rule);
    writeLines(encoder, model.voided.flatMap((text) => wrapText(text, columns)));
  }
  if (model.vat !== undefined && model.vat.length > 0) {
    encoder.line(rule);
    writeLines(encoder, vatLines(model.vat, money, columns));
  }
  encoder.line(rule);
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
