import type { ReactNode } from 'react';
import type { DiscountLine, LegalDetails, ReceiptLine, TaxLine } from '../pricing';
import { lineVoidText, type LineVoid } from './line-void';
import { overrideKey, type PriceOverride } from './price-override';
import { lineDetail, ReceiptEntries } from './receipt-entries';
import { joinRepeatedScans } from './receipt-rows';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A time as receipts and the journal's screens show it: "21 Nov 2026, 12:31". */
export const formatWhen = (iso: string): string => when.format(new Date(iso));

/** A receipt number as printed: six digits. */
export function formatReceiptNumber(receiptNumber: number): string {
  return String(receiptNumber).padStart(6, '0');
}

export interface ReceiptPaperProps {
  readonly storeName: string;
  /** When it happened (ISO 8601 instant). */
  readonly at: string;
  /** The heading lines under the store and the time: "Receipt 000012", "Copy"… */
  readonly notes: readonly string[];
  /** Leave it out of a printout (another receipt on the page is the one printed). */
  readonly hiddenInPrint?: boolean;
  /** The seller's legal name, address and VAT number (the book's `legal`), printed under the store's name. */
  readonly legal?: LegalDetails;
  /** The till that recorded it. */
  readonly tillId?: string;
  /** Who served the customer, when the till knows. */
  readonly operator?: string;
  readonly children: ReactNode;
}

/**
 * A till roll: the store, the time and the receipt's number on top, then its body. On screen it is
 * a paper slip; printed, it is 72 mm wide in the printer's own type.
 */
export function ReceiptPaper({ storeName, at, notes, hiddenInPrint = false, legal, tillId, operator, children }: ReceiptPaperProps) {
  return (
    <article
      aria-label="Printed receipt"
      className={`self-start rounded-sm bg-white px-6 py-7 font-mono text-[0.95rem] text-ink-900 shadow-lg ring-1 ring-ink-200 print:w-[72mm] print:p-0 print:text-[10pt] print:text-black print:shadow-none print:ring-0 ${hiddenInPrint ? 'print:hidden' : ''}`}
    >
      <header className="mb-4 text-center">
        <h2 className="text-xl font-bold">{storeName}</h2>
        {legal?.name !== undefined && <p>{legal.name}</p>}
        {legal?.address?.map((line, i) => (
          <p key={`a${i}`}>{line}</p>
        ))}
        {legal?.vatNumber !== undefined && <p>VAT no. {legal.vatNumber}</p>}
        <p>{formatWhen(at)}</p>
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {tillId !== undefined && <p>Till {shortTillId(tillId)}</p>}
        {operator !== undefined && <p>Served by {operator}</p>}
      </header>
      {children}
    </article>
  );
}

/** A till's id as printed: its first eight characters (a UUID's first group), enough to tell tills apart. */
export function shortTillId(tillId: string): string {
  return tillId.slice(0, 8);
}

/** One rate of a VAT analysis (a receipt's {@link TaxLine}, or a report's sum of them), in minor units. */
export interface VatRow {
  readonly code: string;
  readonly percent: number;
  readonly label?: string;
  readonly gross: number;
  readonly tax: number;
  readonly net: number;
}

/** A VAT rate as printed: its label, else its code and percent ("S 20%"). */
function rateName(t: VatRow): string {
  return t.label ?? `${t.code} ${t.percent}%`;
}

/** The VAT analysis: per rate, the net, the VAT and the gross (prices include VAT). */
export function VatAnalysis({ taxes, format, label = 'VAT analysis' }: { readonly taxes: readonly VatRow[]; readonly format: (amount: number) => string; readonly label?: string }) {
  return (
    <table aria-label={label} className="mt-2 w-full border-t border-dashed border-ink-400 pt-2 tabular-nums">
      <thead>
        <tr>
          <th scope="col" className="text-left font-normal">VAT rate</th>
          <th scope="col" className="text-right font-normal">Net</th>
          <th scope="col" className="text-right font-normal">VAT</th>
          <th scope="col" className="text-right font-normal">Gross</th>
        </tr>
      </thead>
      <tbody>
        {taxes.map((t) => (
          <tr key={`${t.code}-${t.percent}`}>
            <th scope="row" className="text-left font-normal">{rateName(t)}</th>
            <td className="text-right">{format(t.net)}</td>
            <td className="text-right">{format(t.tax)}</td>
            <td className="text-right">{format(t.gross)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A receipt line as printed, with what the customer paid for it when a recorded sale knows it, and its price override if it had one. */
export type PrintedLine = ReceiptLine & { readonly paid?: number; readonly override?: PriceOverride | undefined };

export interface SaleReceiptProps extends Omit<ReceiptPaperProps, 'children'> {
  readonly lines: readonly PrintedLine[];
  readonly discounts: readonly DiscountLine[];
  readonly subtotal: number;
  readonly savings: number;
  readonly total: number;
  readonly tenders: readonly { readonly kind: 'cash' | 'card'; readonly amount: number }[];
  readonly change: number;
  /** VAT per rate, when the book has rates: printed as the VAT analysis. */
  readonly taxes?: readonly TaxLine[];
  /** Lines voided once money was in, printed under the totals with who approved. */
  readonly voided?: readonly LineVoid[] | undefined;
  readonly format: (amount: number) => string;
}

/**
 * A sale's receipt: every line with its small print (repeated scans of a product as one line), each discount under the last line it used,
 * the totals, the tenders and the change, then the VAT analysis when the sale has VAT. The till prints it when a sale completes and the
 * journal reprints it from the recorded sale, so a copy reads as the original did (plus, for a
 * recorded sale, what was paid for each discounted line: what a refund gives back).
 */
export function SaleReceipt({ lines, discounts, subtotal, savings, total, tenders, change, taxes, voided, format, ...paper }: SaleReceiptProps) {
  return (
    <ReceiptPaper {...paper}>
      <ul aria-label="Receipt" className="border-y border-dashed border-ink-400 py-2">
        <ReceiptEntries
          receipt={joinRepeatedScans({ lines, discounts }, (line) => overrideKey(line.override))}
          format={format}
          look="paper"
          renderLine={(line) => {
            const detail = lineDetail(line, format, line.pricePerKg, false);
            return (
              <li key={`l${line.members[0]}`} className="py-0.5">
                <div className="flex justify-between gap-3">
                  <span>{line.name}</span>
                  <span className="tabular-nums">{format(line.price)}</span>
                </div>
                {detail !== undefined && <div className="pl-3 text-ink-600 print:text-black">{detail}</div>}
                {line.paid !== undefined && line.paid !== line.price && <div className="pl-3 text-ink-600 print:text-black">paid {format(line.paid)}</div>}
              </li>
            );
          }}
        />
      </ul>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 py-2 tabular-nums">
        <dt>Subtotal</dt>
        <dd className="text-right">{format(subtotal)}</dd>
        {savings > 0 && (
          <>
            <dt>You saved</dt>
            <dd className="text-right">−{format(savings)}</dd>
          </>
        )}
        <dt className="pt-1 text-lg font-bold">Total</dt>
        <dd className="pt-1 text-right text-lg font-bold">{format(total)}</dd>
        {tenders.map((t, i) => (
          <div key={i} className="contents">
            <dt>{t.kind === 'cash' ? 'Cash' : 'Card'}</dt>
            <dd className="text-right">{format(t.amount)}</dd>
          </div>
        ))}
        <dt>Change</dt>
        <dd className="text-right">{format(change)}</dd>
      </dl>
      {voided !== undefined && voided.length > 0 && (
        <ul aria-label="Voided after payment" className="border-t border-dashed border-ink-400 py-2">
          {voided.map((v, i) => (
            <li key={i}>{lineVoidText(v, format)}</li>
          ))}
        </ul>
      )}
      {taxes !== undefined && taxes.length > 0 && <VatAnalysis taxes={taxes} format={format} />}
      <p className="mt-3 border-t border-dashed border-ink-400 pt-3 text-center">Thank you for shopping with us</p>
    </ReceiptPaper>
  );
}
