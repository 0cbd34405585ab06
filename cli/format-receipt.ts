import { moneyFormatter, type DiscountLine, type Receipt, type ReceiptLine, type TaxLine } from '../src/pricing';

/** How to lay out a text receipt. */
export interface TextReceiptOptions {
  /** Characters per line; amounts are right-aligned to it. Default 40, a till roll's width. */
  readonly width?: number;
  /** Printed centred above the lines, e.g. the price book's name. */
  readonly title?: string;
}

const DEFAULT_WIDTH = 40;
const INDENT = '  ';

/**
 * Lays out a receipt for a terminal, like a till roll: each line with its amount in a right-aligned
 * column, its quantity or weight beneath it, and the item discounts it completed indented under it;
 * then the subtotal, basket discounts (spend thresholds), savings and total; then the VAT analysis
 * (when the book has VAT rates), whether the total is proven the lowest, and the near-miss hints. Money is formatted in the receipt's currency.
 *
 * @returns The receipt as lines joined by `\n`, without a trailing newline.
 */
export function formatReceipt(receipt: Receipt, options: TextReceiptOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const format = moneyFormatter(receipt.currency);
  // A saving reads as a negative amount, so the column adds up; zero is never "-£0.00".
  const minus = (amount: number) => (amount === 0 ? format(0) : format(-amount));
  const row = (left: string, amount: string) => amountRow(left, amount, width);
  const out: string[] = [];

  if (options.title !== undefined) out.push(...wrap(options.title, width).map((t) => centre(t, width)));
  out.push('-'.repeat(width));

  // An item discount is printed under the last line it used: the scan that completed it, as a till prints it.
  const itemDiscounts = receipt.discounts.filter((d) => d.kind !== 'spend-threshold' && d.lines.length > 0);
  const basketDiscounts = receipt.discounts.filter((d) => !itemDiscounts.includes(d));
  const underLine = new Map<number, DiscountLine[]>();
  for (const d of itemDiscounts) {
    const last = d.lines[d.lines.length - 1]!;
    underLine.set(last, [...(underLine.get(last) ?? []), d]);
  }

  for (const line of receipt.lines) {
    out.push(...row(line.name, format(line.price)));
    const detail = lineDetail(line, format);
    if (detail !== undefined) out.push(...wrap(INDENT + detail, width));
    for (const d of underLine.get(line.index) ?? []) out.push(...row(INDENT + d.label, minus(d.saving)));
  }

  out.push('-'.repeat(width));
  out.push(...row('Subtotal', format(receipt.subtotal)));
  for (const d of basketDiscounts) out.push(...row(INDENT + d.label, minus(d.saving)));
  out.push(...row('Savings', minus(receipt.savings)));
  out.push(...row('TOTAL', format(receipt.total)));
  out.push('='.repeat(width));
  if (receipt.taxes !== undefined && receipt.taxes.length > 0) out.push(...vatAnalysis(receipt.taxes, format, width), '-'.repeat(width));
  out.push(...status(receipt).flatMap((l) => wrap(l, width)));

  if (receipt.nearMisses.length > 0) {
    // A rule, not a blank line: in a batch a blank line separates receipts.
    out.push('-'.repeat(width), 'Near misses:');
    for (const n of receipt.nearMisses) out.push(...wrap(INDENT + n.message, width));
  }
  return out.join('\n');
}

/** Width of each money column of the VAT analysis: room for £99,999.99. */
const VAT_COLUMN = 10;

/**
 * The VAT analysis, as UK tills print it: one row per rate with its net, VAT and gross
 * (prices include VAT). The rate takes what the three right-aligned columns leave.
 */
function vatAnalysis(taxes: readonly TaxLine[], format: (n: number) => string, width: number): string[] {
  const room = Math.max(1, width - 3 * VAT_COLUMN);
  const row = (rate: string, ...cells: string[]) => rate.slice(0, room).padEnd(room) + cells.map((c) => c.padStart(VAT_COLUMN)).join('');
  return [row('VAT rate', 'Net', 'VAT', 'Gross'), ...taxes.map((t) => row(`${t.code} ${t.percent}%`, format(t.net), format(t.tax), format(t.gross)))];
}

/** Whether the total is the lowest, broken by hand to fit a narrow roll without splitting the parenthesis. */
function status(receipt: Receipt): string[] {
  if (receipt.strategy === 'first-come') return ['First-come pricing:', 'the lowest total was not sought'];
  return receipt.optimal ? ['Proven lowest total'] : ['Not proven optimal', '(search budget reached)'];
}

/** `3 @ £0.50` for several units, `0.412 kg @ £1.99/kg` for a weighed line, nothing for one unit. */
function lineDetail(line: ReceiptLine, format: (n: number) => string): string | undefined {
  if (line.grams !== undefined) {
    const weight = `${formatKilograms(line.grams)} kg`;
    // A line priced by a price-embedded label has no rate: its weight alone explains nothing more.
    return line.pricePerKg === undefined ? weight : `${weight} @ ${format(line.pricePerKg)}/kg`;
  }
  return line.quantity > 1 ? `${line.quantity} @ ${format(line.unitPrice)}` : undefined;
}

/** Grams as kilograms with three decimals, in integer arithmetic: 412 → `0.412`, 1250 → `1.250`. */
export function formatKilograms(grams: number): string {
  return `${Math.floor(grams / 1000)}.${String(grams % 1000).padStart(3, '0')}`;
}

/**
 * Text on the left, an amount flush right. Text too long to share a line with the amount wraps, and
 * the amount goes on its last line, or on a line of its own when even that is full.
 */
function amountRow(left: string, amount: string, width: number): string[] {
  const lines = wrap(left, width);
  const last = lines[lines.length - 1] ?? '';
  if (last.length + 1 + amount.length <= width) {
    lines[lines.length - 1] = last + amount.padStart(width - last.length);
    return lines;
  }
  return [...lines, amount.padStart(width)];
}

/** Word-wraps text to a width, keeping its leading indent on every line; a word too long is cut. */
function wrap(text: string, width: number): string[] {
  const indent = /^ */.exec(text)?.[0] ?? '';
  const room = Math.max(1, width - indent.length);
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    for (let rest = word; rest.length > 0; ) {
      const joined = current === '' ? rest : `${current} ${rest}`;
      if (joined.length <= room) {
        current = joined;
        rest = '';
      } else if (current !== '') {
        lines.push(current);
        current = '';
      } else {
        lines.push(rest.slice(0, room));
        rest = rest.slice(room);
      }
    }
  }
  lines.push(current);
  return lines.map((l) => indent + l);
}

function centre(text: string, width: number): string {
  return ' '.repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;
}
