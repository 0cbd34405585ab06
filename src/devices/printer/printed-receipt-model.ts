/**
 * What a receipt printer prints, as plain data: no React, no DOM, no engine types. The till (or
 * the journal, for a reprint) fills it in from a sale; {@link encodeReceipt} turns it into printer
 * bytes. Money is in integer minor units of {@link PrintedReceiptModel.currency}.
 */

/** A line sold by the unit: "3 × £0.65" under the name when more than one. */
export interface PrintedItemLine {
  readonly kind: 'item';
  readonly name: string;
  /** Units on this line, at least 1. */
  readonly quantity: number;
  /** Price of one unit in minor units. */
  readonly unitPrice: number;
  /** What the line costs before discounts, in minor units (normally quantity × unit price). */
  readonly amount: number;
  /** Notes printed under the line, such as "Price override £1.00 (was £1.50): damaged". */
  readonly notes?: readonly string[] | undefined;
}

/** A weighed line: "0.512 kg @ £2.40/kg" under the name. */
export interface PrintedWeighedLine {
  readonly kind: 'weighed';
  readonly name: string;
  /** Net weight in grams. */
  readonly grams: number;
  /** Price per kilogram in minor units. */
  readonly pricePerKg: number;
  /** What the line costs before discounts, in minor units. */
  readonly amount: number;
  /** Notes printed under the line, such as a price override. */
  readonly notes?: readonly string[] | undefined;
}

/** A discount, printed under the last line it used: "Meal deal  -£2.15". */
export interface PrintedDiscountLine {
  readonly kind: 'discount';
  readonly label: string;
  /** The saving in minor units, a positive number (printed with a minus sign). */
  readonly amount: number;
}

/** One entry of the receipt's body, in the order printed. */
export type PrintedEntry = PrintedItemLine | PrintedWeighedLine | PrintedDiscountLine;

/** One row of a VAT analysis: the rate's code and the amounts at that rate. */
export interface PrintedVatRow {
  /** The code printed beside items at this rate, such as "A". */
  readonly code: string;
  /** The rate's name in the book ("VAT 20%", "Zero rated"); without one the row reads "A 20%". */
  readonly label?: string | undefined;
  /** The rate in basis points: 2000 is 20%. */
  readonly rateBasisPoints: number;
  /** Net of VAT, in minor units. */
  readonly net: number;
  /** The VAT, in minor units. */
  readonly vat: number;
  /** Net plus VAT, in minor units. */
  readonly gross: number;
}

/** A payment taken. */
export interface PrintedTender {
  readonly kind: 'cash' | 'card';
  /** In minor units. */
  readonly amount: number;
}

/** A whole receipt as printed. */
export interface PrintedReceiptModel {
  /** ISO 4217 code of every amount, such as "GBP". */
  readonly currency: string;
  /** The heading, centred: store name first (printed large), then the legal name, address lines, VAT number. */
  readonly storeLines: readonly string[];
  readonly entries: readonly PrintedEntry[];
  /** Full-price sum in minor units. */
  readonly subtotal: number;
  /** Sum of the discounts in minor units (0 when none; the line is then left out). */
  readonly savings: number;
  /** What the customer pays, in minor units. */
  readonly total: number;
  /** The VAT analysis, when the book knows the rates; left out when absent or empty. */
  readonly vat?: readonly PrintedVatRow[] | undefined;
  readonly tenders: readonly PrintedTender[];
  /** Change given in minor units. */
  readonly change: number;
  /** Lines voided once money was in, as the screen's receipt words them ("Voided after payment: …"); printed after the change. */
  readonly voided?: readonly string[] | undefined;
  /** The receipt number as printed and as its CODE128 barcode, such as "000012". */
  readonly receiptNumber: string;
  /** The till that took the sale as printed (the first eight characters of its id); left out when empty. */
  readonly tillId: string;
  /** The operator's name as printed ("Served by Sam"); left out when empty (nobody signed in). */
  readonly operator: string;
  /** When the sale completed (ISO 8601 instant). */
  readonly at: string;
  /** Closing lines, centred; "Thank you for shopping with us" when absent. */
  readonly footerLines?: readonly string[] | undefined;
}
