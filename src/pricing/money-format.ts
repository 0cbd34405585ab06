/** Formatted amounts a formatter remembers: a till formats the same few prices all day. */
const FORMAT_MEMO_LIMIT = 1024;

/** Digits after the point in a currency's amounts: 2 for GBP and EUR, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * A new formatter of minor units as the currency, for labels and messages. Building an
 * `Intl.NumberFormat` costs more than pricing a small basket, and each `format` call costs
 * microseconds, so a pricing context makes one per book and the strings are remembered too (every
 * discount line of every scan has a label with a price in it).
 */
export function createMoneyFormatter(currency: string): (amount: number) => string {
  const nf = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
  const scale = 10 ** minorUnitDigits(currency);
  const seen = new Map<number, string>();
  return (amount) => {
    let text = seen.get(amount);
    if (text === undefined) {
      // `+ 0` turns -0 into 0, so nothing ever reads "-£0.00".
      text = nf.format(amount / scale + 0);
      if (seen.size >= FORMAT_MEMO_LIMIT) seen.clear();
      seen.set(amount, text);
    }
    return text;
  };
}

/**
 * The screens' formatters, one per currency. Not the engine's: a pricing formats with its
 * context's own formatter, so nothing a pricing does depends on this. A formatter is a pure
 * function of its currency, and screens ask for one per amount they draw.
 */
const shared = new Map<string, (amount: number) => string>();

/** Formats minor units as the currency, for screens: the same formatter every time for a currency. */
export function moneyFormatter(currency: string): (amount: number) => string {
  let format = shared.get(currency);
  if (format === undefined) {
    format = createMoneyFormatter(currency);
    shared.set(currency, format);
  }
  return format;
}
