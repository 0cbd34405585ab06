import { productsBySku } from './basket';
import { newBookMemo, type BookMemo } from './model';
import { createMoneyFormatter } from './money-format';
import { ComponentCache } from './optimal';
import type { PriceBook, Product } from './schema';
import { taxCodesBySku } from './taxes';

/**
 * Everything the engine keeps between pricings of one book: its products by SKU, its offers per
 * date and its components' class orders (`BookMemo`), its VAT codes, its currency's formatter and
 * the solved components (`ComponentCache`). Each is a pure function of the book and what was
 * asked, so a context changes how fast a pricing is, never its answer; the component cache also
 * warm-starts a scan from the previous one. Made by {@link pricingContext}; a caller that prices a
 * book many times (the till, a worker, the CLI's batch, the bench) keeps one per book and passes
 * it in `PriceOptions.context`; a pricing given none makes a fresh one for itself alone.
 */
export interface PricingContext {
  /** The book this context is for: a pricing of another book with it is a programmer error. */
  readonly book: PriceBook;
  /** Products by SKU (built on first use). */
  readonly products: ReadonlyMap<string, Product>;
  /** Per date, the valid offers in first-come order; per component signature, its class order. */
  readonly memo: BookMemo;
  /** VAT code per SKU (built on first use, by a book with tax rates). */
  readonly taxCodes: ReadonlyMap<string, string | undefined>;
  /** Minor units formatted in the book's currency (made on first use, its strings remembered). */
  readonly format: (amount: number) => string;
  /** Solved components, by signature. */
  readonly components: ComponentCache;
}

/** A new, empty context for pricing `book`; `componentCapacity` is how many solved components it keeps. */
export function pricingContext(book: PriceBook, options: { readonly componentCapacity?: number } = {}): PricingContext {
  let products: ReadonlyMap<string, Product> | undefined;
  let taxCodes: ReadonlyMap<string, string | undefined> | undefined;
  let format: ((amount: number) => string) | undefined;
  return {
    book,
    get products() {
      return (products ??= productsBySku(book));
    },
    memo: newBookMemo(),
    get taxCodes() {
      return (taxCodes ??= taxCodesBySku(book));
    },
    get format() {
      return (format ??= createMoneyFormatter(book.currency));
    },
    components: new ComponentCache(options.componentCapacity),
  };
}
