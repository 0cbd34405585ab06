import { useMemo, useSyncExternalStore } from 'react';
import { minorUnitDigits, moneyFormatter, priceBasket, pricingContext, type BasketItem, type PriceBook, type PricingResult } from '../pricing';
import { toBasketItems, type BasketLine } from './basket/basket-rules';
import { localDate, msUntilTomorrow } from './local-date';
import { testBudgets } from './proof/test-budgets';

/** Tells React when the local date may have changed: at midnight, and when the page comes back into view (a sleeping laptop misses timers). */
function subscribeToDate(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const schedule = () => {
    timer = setTimeout(() => {
      onChange();
      schedule();
    }, msUntilTomorrow(new Date()));
  };
  schedule();
  document.addEventListener('visibilitychange', onChange);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onChange);
  };
}

/** Today's local date, YYYY-MM-DD; a till left on overnight moves to the new day's offers by itself. */
export function useToday(): string {
  return useSyncExternalStore(subscribeToDate, () => localDate(new Date()));
}

/**
 * The engine's wall-clock guard: a search that runs far past its budget stops rather than freeze
 * the till (a total it could not prove is then proven off the main thread: `proof/`). The step
 * budget is the engine's default, unless an automated test lowered it (`proof/test-budgets.ts`).
 */
const mainSteps = testBudgets().mainSteps;
const LIMITS = { clock: () => performance.now(), ...(mainSteps === undefined ? {} : { maxSteps: mainSteps }) };

/**
 * The priced basket, derived from the lines and the book on every change and never stored. One
 * pricing context per book lets a new scan reuse the solutions of the groups of offers it did not
 * touch (and the book's lookups, offers per date and formatter). Near misses are left out here: they re-price the basket a dozen times, so they are found
 * off the main thread (`hints/`), and a scan never waits for them.
 */
export function usePricing(book: PriceBook, items: readonly BasketItem[], date: string): PricingResult {
  const context = useMemo(() => pricingContext(book), [book]);
  // The context is the book's: both change together.
  return useMemo(() => priceBasket(context.book, items, { date, context, limits: LIMITS, nearMisses: false }), [items, date, context]);
}

/** The basket as the engine's items, a stable array until the lines change. */
export function useBasketItems(lines: readonly BasketLine[]): readonly BasketItem[] {
  return useMemo(() => toBasketItems(lines), [lines]);
}

/** Formats minor units in the book's currency (the engine's formatter), and the currency's minor-unit digits. */
export function useMoney(currency: string): { format: (amount: number) => string; fractionDigits: number } {
  return useMemo(
    () => ({
      format: moneyFormatter(currency),
      fractionDigits: minorUnitDigits(currency),
    }),
    [currency],
  );
}
