import { useRef, type RefObject } from 'react';
import { priceBasket, type PriceBook } from '../../pricing';
import { countItems, toBasketItems, type Basket } from '../basket/basket-rules';
import type { TillFeedback } from '../sale/use-feedback';
import { parkRefusal, recallPriceNotice, recallRefusal, type ParkedSale } from './parked-rules';
import { parkSale, recallSale } from './parked-store';
import { saleNow } from '../sale/sale-store';

export interface ParkingOptions {
  readonly book: PriceBook;
  /** Today's local date, YYYY-MM-DD: the offers that apply. */
  readonly today: string;
  readonly format: (amount: number) => string;
  readonly feedback: TillFeedback;
  /** Whether the sale may change now (says why not, when not): read-only tab, a sale being recorded. */
  readonly mayChange: () => boolean;
  /** Set while a park or recall is being written: nothing else changes the sale meanwhile. */
  readonly busyRef: RefObject<boolean>;
  /** The sale on the till changed wholesale: the screen forgets the chosen line and closes its dialog. */
  readonly onSwapped: () => void;
}

/** "3 items": what the receipt's heading counts (units, a weighed line as one). */
const itemWord = (basket: Basket) => {
  const count = countItems(basket.lines);
  return `${count} ${count === 1 ? 'item' : 'items'}`;
};

/**
 * Parking and recalling from the till screen: each refused in words when it may not happen (the
 * rules of `parked-rules.ts`), written in one transaction when it may, and announced. A recalled
 * sale is priced again with today's book; the cashier is told when that moved its total.
 */
export function useParking({ book, today, format, feedback, mayChange, busyRef, onSwapped }: ParkingOptions) {
  const running = useRef(false);
  const totalOf = (basket: Basket) => {
    const priced = priceBasket(book, toBasketItems(basket.lines), { date: today, nearMisses: false });
    return { total: priced.ok ? priced.receipt.total : 0, currency: book.currency };
  };
  const guarded = async (refusal: string | undefined, task: () => Promise<void>) => {
    if (running.current || !mayChange()) return;
    if (refusal !== undefined) {
      feedback.refuse(refusal);
      return;
    }
    running.current = true;
    busyRef.current = true;
    try {
      await task();
    } finally {
      running.current = false;
      busyRef.current = false;
    }
  };

  const park = () =>
    guarded(parkRefusal(saleNow()), async () => {
      const result = await parkSale(totalOf, new Date().toISOString());
      if (!result.ok) {
        feedback.refuse(result.message);
        return;
      }
      onSwapped();
      feedback.notify(`Sale parked (${itemWord(result.sale.basket)}, ${format(result.sale.total)}): recall it from Parked sales`);
    });

  const recall = (sale: ParkedSale) =>
    guarded(recallRefusal(saleNow()), async () => {
      const result = await recallSale(sale.id);
      if (!result.ok) {
        feedback.refuse(result.message);
        return;
      }
      onSwapped();
      const notice = recallPriceNotice(result.sale.total, totalOf(result.sale.basket).total, format);
      feedback.notify(notice ?? `Sale recalled (${itemWord(result.sale.basket)})`);
    });

  return { park, recall };
}

export type Parking = ReturnType<typeof useParking>;
