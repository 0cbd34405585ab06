/** Formatted amounts a formatter remembers: a till formats the same few prices all day. */
const FORMAT_MEMO_LIMIT = 1024;

/**
 * One `Intl.NumberFormat` per currency, and the scale of its minor unit. Building one costs about
 * 30 µs, more than pricing a small basket, and a fresh pricing context per basket (the bench, a
 * parked sale) would build one each time. They are immutable, so sharing them shares no state:
 * what a formatter remembers (its strings) is its own.
 */
const numberFormats = new Map<string, CurrencyFormat>();

interface CurrencyFormat {
  readonly nf: Intl.NumberFormat;
  /** Digits after the point. */
  readonly digits: number;
  /** Minor units in one major unit. */
  readonly scale: number;
}

function numberFormatOf(currency: string): CurrencyFormat {
  let entry = numberFormats.get(currency);
  if (entry === undefined) {
    const nf = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
    const digits = nf.resolvedOptions().maximumFractionDigits ?? 2;
    entry = { nf, digits, scale: 10 ** digits };
    numberFormats.set(currency, entry);
  }
  return entry;
}

/** Digits after the point in a currency's amounts: 2 for GBP and EUR, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return numberFormatOf(currency).digits;
}

/**
 * A new formatter of minor units as the currency, for labels and messages. Each `format` call costs
 * about a microsecond, so its strings are remembered (every discount line of every scan has a
 * label with a price in it); a pricing context makes one per book.
 */
export function createMoneyFormatter(currency: string): (amount: number) => string {
  const { nf, scale } = numberFormatOf(currency);
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
 * context's own formatter. Screens ask for one per amount they draw, so theirs are shared.
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
