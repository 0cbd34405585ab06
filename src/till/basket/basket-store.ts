import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { guardedLocalStorage } from '../checkout/storage-problem-store';
import {
  addLine,
  changeQuantity,
  clearBasket,
  emptyBasket,
  recordAgeCheck,
  removeLines,
  sanitizeBasket,
  undoLastAction,
  voidLine,
  type Basket,
  type BasketLine,
  type ScannedItem,
} from './basket-rules';
import type { AgeCheck } from '../guards/age-rules';

/** The basket's events. Each calls a pure rule in `basket-rules.ts` and updates the store synchronously. */
export interface BasketActions {
  /** An item was scanned, typed or tapped. */
  scanned: (item: ScannedItem) => void;
  /** The cashier pressed + or − on a line. */
  quantityChanged: (lineId: number, delta: number) => void;
  lineVoided: (lineId: number) => void;
  /** Undo: the last scan, quantity change or void is reversed. */
  lastActionUndone: () => void;
  /** The cashier answered an age question. */
  ageChecked: (check: AgeCheck) => void;
  saleVoided: () => void;
  /** The sale was paid: the basket empties for the next customer. */
  saleCompleted: () => void;
  /** Lines the price book cannot price (a basket kept from another book) were removed. */
  linesRemoved: (lineIds: readonly number[]) => void;
}

interface BasketState extends Basket {
  readonly actions: BasketActions;
}

/** Bump with every change to the stored shape, and teach `migrate` the old one. */
const BASKET_VERSION = 1;

/** What survives a reload: data only, never the actions. */
export function persistedBasket(state: Basket): Basket {
  return { lines: state.lines, nextLineId: state.nextLineId };
}

/** Reads any earlier stored version. Version 1 is the first; anything unreadable becomes an empty basket. */
export function migrateBasket(stored: unknown, _version: number): Basket {
  return sanitizeBasket(stored);
}

const useBasketStore = create<BasketState>()(
  persist(
    (set) => {
      const apply = (rule: (basket: Basket) => Basket) =>
        set((state) => {
          const next = rule(state);
          return next === state ? state : { lines: next.lines, nextLineId: next.nextLineId, ageChecks: next.ageChecks ?? [], undo: next.undo ?? [] };
        });
      return {
        ...emptyBasket,
        actions: {
          scanned: (item) => apply((basket) => addLine(basket, item)),
          quantityChanged: (lineId, delta) => apply((basket) => changeQuantity(basket, lineId, delta)),
          lineVoided: (lineId) => apply((basket) => voidLine(basket, lineId)),
          lastActionUndone: () => apply(undoLastAction),
          ageChecked: (check) => apply((basket) => recordAgeCheck(basket, check)),
          saleVoided: () => apply(clearBasket),
          saleCompleted: () => apply(clearBasket),
          linesRemoved: (lineIds) => apply((basket) => removeLines(basket, lineIds)),
        },
      };
    },
    {
      name: 'till.basket',
      version: BASKET_VERSION,
      storage: createJSONStorage(() => guardedLocalStorage),
      partialize: (state: BasketState): Basket => persistedBasket(state),
      migrate: migrateBasket,
      // The default shallow merge would trust whatever is stored; read it through the sanitizer instead.
      merge: (stored, current) => ({ ...current, ...sanitizeBasket(stored) }),
    },
  ),
);

/** The basket's lines in scan order (a stable array until the basket changes). */
export const useBasketLines = (): readonly BasketLine[] => useBasketStore((state) => state.lines);

const NO_AGE_CHECKS: readonly AgeCheck[] = [];
/** The sale's age checks (recorded with the sale when it completes). */
export const useAgeChecks = (): readonly AgeCheck[] => useBasketStore((state) => state.ageChecks ?? NO_AGE_CHECKS);
/** The sale's age checks at this moment (for a scan handled before the next render). */
export const readAgeChecks = (): readonly AgeCheck[] => useBasketStore.getState().ageChecks ?? NO_AGE_CHECKS;
/** Whether Undo has an action to reverse. */
export const useCanUndo = (): boolean => useBasketStore((state) => (state.undo ?? []).length > 0);

/** The basket's events, as one stable object. */
export const useBasketActions = (): BasketActions => useBasketStore((state) => state.actions);
