import type { TaxLine } from '../pricing';
import type { JournalEntry, RefundEntry, SaleEntry, StaffRef, VoidEntry } from './journal-entry';

/** The VAT columns of a line row: its code only (VAT is worked out per rate, never per line). */
const lineVat = (code: string | undefined): string[] => [code ?? '', '', '', '', ''];

/** The CSV export's columns, in order (documented one by one in README.md). */
export const CSV_COLUMNS = [
  'kind',
  'entry_id',
  'till_id',
  'receipt_number',
  'time',
  'refers_to_receipt',
  'book_id',
  'book_version',
  'line',
  'sku',
  'name',
  'quantity',
  'grams',
  'line_price',
  'line_amount',
  'entry_total',
  'cash',
  'card',
  'change',
  'currency',
  'cross_tender',
  'vat_code',
  'vat_percent',
  'vat_gross',
  'vat_amount',
  'vat_net',
  'operator_id',
  'operator',
  'approver_id',
  'approver',
  'approval',
] as const;

/**
 * What an approver approved on a row: a refund's own record of it (`cash-refund-of-card` where
 * cash went back for a card payment), else the row's kind (`refund`, `line-void`, `void`,
 * `no-sale`, `takeover`: the approver took the sale over); empty when nobody approved.
 */
function approvalOf(e: JournalEntry, rowKind: string, approver: StaffRef | undefined): string {
  if (approver === undefined) return '';
  return e.kind === 'refund' ? (e.approval ?? 'refund') : rowKind;
}

/**
 * The staff columns: who recorded the entry (a takeover's row: who the sale was taken from), who
 * approved it (or the line void) on the spot (a takeover's: who took it over), and what they approved.
 */
const staffColumns = (e: JournalEntry, rowKind: string, approver: StaffRef | undefined, operator: StaffRef | undefined): string[] => [
  operator?.id ?? '',
  operator?.name ?? '',
  approver?.id ?? '',
  approver?.name ?? '',
  approvalOf(e, rowKind, approver),
];

/** The JSON export: a header and the entries exactly as stored. */
export interface JournalExport {
  readonly format: 'till-journal';
  /** 2 since refunds record `tenders` (a list) and may give back part of a line. */
  readonly version: 2;
  /** The range asked for, ISO 8601 instants: `from` inclusive, `to` exclusive. */
  readonly from: string;
  readonly to: string;
  readonly entries: readonly JournalEntry[];
}

/**
 * Rows of the CSV export: one per receipt line of a sale and one per line it voided after a tender
 * (`line-void`), one per refunded line, one per No sale or voided sale, one per time a sale or a
 * voided sale changed hands (`takeover`), then one VAT row (`sale-vat` / `refund-vat`) per rate
 * of the entry; refunds carry negative amounts. Every row
 * names the entry's operator and approver (a line void's row, the void's approver) and what was
 * approved.
 */
export function journalRows(entries: readonly JournalEntry[]): string[][] {
  return entries.flatMap(entryRows);
}

/** One entry's rows, each ending with the staff columns. */
function entryRows(e: JournalEntry): string[][] {
  const rows: string[][] = [];
  const push = (cells: string[], approver: StaffRef | undefined = e.approver, operator: StaffRef | undefined = e.operator) => rows.push([...cells, ...staffColumns(e, cells[0] ?? '', approver, operator)]);
  const takeoverRows = (e: SaleEntry | VoidEntry, book: readonly string[]) => {
    for (const t of e.takeovers ?? []) {
      // The sale changed hands: when, from whom (operator) to whom (approver); no money.
      push(['takeover', e.id, e.tillId, String(e.receiptNumber), t.at, '', ...book, '', '', 'Taken over', '', '', '', '', '', '', '', '', e.currency, '', ...lineVat(undefined)], t.to, t.from);
    }
  };
  const vatRows = (kind: 'sale-vat' | 'refund-vat', e: SaleEntry | RefundEntry, refersTo: string, taxes: readonly TaxLine[], sign: 1 | -1) => {
    for (const t of taxes) {
      push([
        kind, e.id, e.tillId, String(e.receiptNumber), e.at, refersTo, '', '', '', '', t.label ?? '', '', '', '', '', String(sign * e.total), '', '', '', e.currency, '',
        t.code, String(t.percent), String(sign * t.gross), String(sign * t.tax), String(sign * t.net),
      ]);
    }
  };
  if (e.kind === 'sale') {
    const tendered = (kind: 'cash' | 'card') => e.tenders.filter((t) => t.kind === kind).reduce((s, t) => s + t.amount, 0);
    const book = [e.book.id, e.book.version === undefined ? '' : String(e.book.version)];
    for (const line of e.lines) {
      push([
        'sale', e.id, e.tillId, String(e.receiptNumber), e.at, '', ...book,
        String(line.index + 1), line.sku, line.name, String(line.quantity), line.grams === undefined ? '' : String(line.grams),
        String(line.price), String(line.paid), String(e.total), String(tendered('cash')), String(tendered('card')), String(e.change), e.currency, '',
        ...lineVat(line.tax),
      ]);
    }
    for (const v of e.lineVoids ?? []) {
      // Voided after a tender: its units and what it came to, and no money (it was never charged).
      push([
        'line-void', e.id, e.tillId, String(e.receiptNumber), e.at, '', ...book,
        '', v.sku, v.name, String(v.quantity), v.grams === undefined ? '' : String(v.grams),
        String(v.amount), '', String(e.total), '', '', '', e.currency, '',
        ...lineVat(undefined),
      ], v.approver);
    }
    takeoverRows(e, book);
    vatRows('sale-vat', e, '', e.taxes ?? [], 1);
  } else if (e.kind === 'no-sale' || e.kind === 'void') {
    // One row, no money: the drawer opened, or a sale voided (its units and full total, for the record).
    const voided = e.kind === 'void';
    push([
      e.kind, e.id, e.tillId, String(e.receiptNumber), e.at, '', '', '',
      '', '', voided ? 'Voided sale' : 'No sale', voided ? String(e.items) : '', '',
      voided ? String(e.total) : '', '', '', '', '', '', e.currency, '',
      ...lineVat(undefined),
    ]);
    if (voided) takeoverRows(e, ['', '']);
  } else {
    const back = (kind: 'cash' | 'card') => String(-e.tenders.filter((t) => t.kind === kind).reduce((s, t) => s + t.amount, 0));
    for (const line of e.lines) {
      push([
        'refund', e.id, e.tillId, String(e.receiptNumber), e.at, String(e.saleReceiptNumber), '', '',
        String(line.line + 1), line.sku, line.name, String(line.quantity), '',
        '', String(-line.amount), String(-e.total), back('cash'), back('card'), '0', e.currency, e.crossTender === undefined ? '' : String(e.crossTender.amount),
        ...lineVat(undefined),
      ]);
    }
    vatRows('refund-vat', e, String(e.saleReceiptNumber), e.taxes ?? [], -1);
  }
  return rows;
}

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The journal as CSV: a header row of `CSV_COLUMNS`, CRLF line ends, a trailing CRLF. */
export function journalCsv(entries: readonly JournalEntry[]): string {
  return [[...CSV_COLUMNS], ...journalRows(entries)].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The journal as the JSON export. */
export function journalJson(entries: readonly JournalEntry[], from: string, to: string): string {
  const body: JournalExport = { format: 'till-journal', version: 2, from, to, entries };
  return JSON.stringify(body, null, 2);
}
