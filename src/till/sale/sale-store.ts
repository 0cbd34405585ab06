import { create } from 'zustand';
import { newUuid as newSaleId } from '../../lib/uuid';
import {
  addLine,
  changeQuantity,
  clearBasket,
  recordAgeCheck,
  recordTakeover,
  removeLines,
  toBasketItems,
  undoLastAction,
  overridePrices,
  voidLines,
  type Basket,
  type BasketLine,
  type BasketLineVoid,
  type ScannedItem,
} from '../basket/basket-rules';
import type { PriceOverride } from '../../ui/price-override';
import type { LineVoid } from '../../ui/line-void';
import type { Takeover } from '../../ui/takeover';
import type { AgeCheck } from '../guards/age-rules';
import { storageFailed, storageRecovered } from '../checkout/storage-problem-store';
import type { RecordSale, RecordedSale, SaleRecord } from '../checkout/record-sale';
import { addTender, completeSale, removeTender, type Checkout, type CompletedSale, type Tender, type TenderKind, type TenderResult } from '../checkout/tender-rules';
import { freshSale, readLegacySale, readSavedSale, toSavedSale, LEGACY_KEYS, type SaleInProgress } from './sale-state';
import type { SaleStorage } from './sale-storage';
import { takesRescue } from './sale-rescue';

/** The basket's events. Each calls a pure rule in `basket-rules.ts`. */
export interface BasketActions {
  /** An item was scanned, typed or tapped. */
  scanned: (item: ScannedItem) => void;
  /** The cashier pressed + or − on a line. */
  quantityChanged: (lineId: number, delta: number) => void;
  /**
   * Lines were voided in one action (a receipt row: one line, or the repeated scans shown as one);
   * `record` is kept with the sale (a void once money was in, with who approved), one for them all.
   */
  linesVoided: (lineIds: readonly number[], record?: LineVoid) => void;
  /**
   * A supervisor set the unit price of lines in one action (a receipt row: one line, or the repeated
   * scans shown as one), approved on the spot where needed.
   */
  pricesOverridden: (lineIds: readonly number[], override: PriceOverride) => void;
  /** Undo: the last scan, quantity change, void or override is reversed. */
  lastActionUndone: () => void;
  /** The cashier answered an age question. */
  ageChecked: (check: AgeCheck) => void;
  /** Lines the price book cannot price (a basket kept from another book) were removed. */
  linesRemoved: (lineIds: readonly number[]) => void;
  /** The sale changed hands: a supervisor or manager unlocked the till mid-sale (the app tells). */
  takenOver: (takeover: Takeover) => void;
}

/** The checkout's events. Each calls a pure rule in `tender-rules.ts`. */
export interface CheckoutActions {
  /** Money was handed over. Returns why it was refused, if it was. */
  tendered: (kind: TenderKind, amount: number, total: number, format: (amount: number) => string) => TenderResult;
  tenderRemoved: (tenderId: number) => void;
  saleVoided: () => void;
  /** The cashier moved on from the receipt of a completed sale (mid-sale, nothing happens). */
  nextSaleStarted: () => void;
  /**
   * Records the sale (`recordSale`, idempotent by sale id) and, in the same transaction, saves the
   * completed sale's receipt view with an empty basket. Resolves once both are on disk.
   */
  saleRecorded: (sale: SaleRecord, recordSale: RecordSale) => Promise<RecordedSale>;
}

interface SaleStoreState {
  /** Every event applied, in order: what the next event builds on. */
  readonly head: SaleInProgress;
  /** What is on disk (or, when storage fails, the head with a warning up): what the screen shows. */
  readonly shown: SaleInProgress;
  readonly actions: BasketActions & CheckoutActions;
}

/** The storage the store writes through, once `hydrateSale` has connected it. */
let storage: SaleStorage | undefined;
/** The state last written to storage (or given up on): a save is owed whenever the head differs. */
let lastSaved: SaleInProgress | undefined;
/** Every write, one after the other: a save never overtakes a completion, or the other way round. */
let tail: Promise<unknown> = Promise.resolve();
let saveQueued = false;
/** A completion or a replacing write is on its way: its own transaction decides what is on disk. */
let writingWhole = false;
/** The state last confirmed on disk: what a `pagehide` compares the head with. */
let onDisk: SaleInProgress | undefined;
/** Whether a rescue was kept on `pagehide` and may still be lying there (the page came back from the cache). */
let rescueKept = false;

function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  tail = run.catch(() => undefined);
  return run;
}

const useSaleStore = create<SaleStoreState>()((set, get) => {
  /**
   * Shows the head once it is on disk. Changes made while a save is on its way are saved together
   * by the next one, so a burst of scans costs a few writes, not one each, and none is lost.
   */
  const saveHead = () => {
    if (storage === undefined) {
      set({ shown: get().head });
      return;
    }
    if (saveQueued) return;
    saveQueued = true;
    void serially(async () => {
      saveQueued = false;
      const { head } = get();
      if (head === lastSaved || storage === undefined) return;
      lastSaved = head;
      try {
        await storage.save(toSavedSale(head));
        onDisk = head;
        storageRecovered();
        if (rescueKept && head === get().head) dropRescue();
      } catch (error) {
        // The sale stays on screen, kept in memory; the warning stays up and blocks payment.
        storageFailed(error);
      }
      // Later changes may already be on screen (leaving a receipt shows at once): never go back.
      if (get().head === head) set({ shown: head });
    });
  };
  const apply = (next: (sale: SaleInProgress) => SaleInProgress) => {
    const head = get().head;
    const changed = next(head);
    if (changed === head) return;
    set({ head: changed });
    saveHead();
  };
  const onBasket = (rule: (basket: Basket) => Basket) => apply((sale) => {
    const basket = rule(sale.basket);
    return basket === sale.basket ? sale : { ...sale, basket };
  });
  const onCheckout = (rule: (checkout: Checkout) => Checkout) => apply((sale) => {
    const checkout = rule(sale.checkout);
    return checkout === sale.checkout ? sale : { ...sale, checkout };
  });
  const initial = freshSale(newSaleId());
  return {
    head: initial,
    shown: initial,
    actions: {
      scanned: (item) => onBasket((basket) => addLine(basket, item)),
      quantityChanged: (lineId, delta) => onBasket((basket) => changeQuantity(basket, lineId, delta)),
      linesVoided: (lineIds, record) => onBasket((basket) => voidLines(basket, lineIds, record)),
      pricesOverridden: (lineIds, override) => onBasket((basket) => overridePrices(basket, lineIds, override)),
      lastActionUndone: () => onBasket(undoLastAction),
      ageChecked: (check) => onBasket((basket) => recordAgeCheck(basket, check)),
      linesRemoved: (lineIds) => onBasket((basket) => removeLines(basket, lineIds)),
      takenOver: (takeover) => onBasket((basket) => recordTakeover(basket, takeover)),
      tendered: (kind, amount, total, format) => {
        const { tenders, nextTenderId } = get().head.checkout;
        const result = addTender(total, tenders, { id: nextTenderId, kind, amount }, format);
        if (result.ok) onCheckout((checkout) => ({ ...checkout, tenders: result.tenders, nextTenderId: nextTenderId + 1 }));
        return result;
      },
      tenderRemoved: (tenderId) => onCheckout((checkout) => ({ ...checkout, tenders: removeTender(checkout.tenders, tenderId) })),
      saleVoided: () => apply((sale) => ({ ...freshSale(newSaleId()), basket: clearBasket(sale.basket) })),
      // Called on every scan: only changes (and so saves) when a completed sale is left behind.
      // Leaving a receipt shows at once: nothing is at stake (the sale is recorded, the basket
      // empty), and a crash before the save merely shows that receipt again.
      nextSaleStarted: () => {
        if (get().head.checkout.completed === null) return;
        const next = { ...freshSale(newSaleId()), basket: clearBasket(get().head.basket) };
        set({ head: next, shown: next });
        saveHead();
      },
      saleRecorded: (sale, recordSale) =>
        serially(async () => {
          // The sale recorded is the one on screen; if anything changed since (a scan, a tender on
          // its way), recording it would lose that change: the cashier checks and tries again.
          const { head } = get();
          if (!sameSale(head, sale)) throw new Error('The sale changed while it was being completed: check the total and press Complete sale again.');
          const recorded = await wholeWrite(() => recordSale(sale, (r) => toSavedSale(completedSaleState(head, sale, r))));
          const done = completedSaleState(head, sale, recorded);
          lastSaved = done;
          onDisk = done;
          set({ head: done, shown: done });
          return recorded;
        }),
    },
  };
});

/**
 * The sale in progress once `sale` is recorded: its receipt view (the completed snapshot) and an
 * empty basket whose line ids keep rising, so an undo can never reach into the previous customer.
 */
function completedSaleState(head: SaleInProgress, sale: SaleRecord, recorded: RecordedSale): SaleInProgress {
  const snapshot: CompletedSale = {
    saleId: sale.id,
    receiptNumber: recorded.receiptNumber,
    completedAt: recorded.at,
    storeName: sale.storeName,
    receipt: sale.receipt,
    ...(sale.overrides === undefined ? {} : { overrides: sale.overrides }),
    ...(sale.lineVoids === undefined ? {} : { lineVoids: sale.lineVoids }),
    tenders: sale.tenders,
    change: sale.change,
    ...(recorded.tillId === undefined ? {} : { tillId: recorded.tillId }),
    ...(recorded.operator === undefined ? {} : { operator: recorded.operator }),
  };
  return { basket: clearBasket(head.basket), checkout: completeSale(head.checkout, snapshot) };
}

/** Whether the sale handed to recording is exactly the head: its id, its items and its tenders. */
function sameSale(head: SaleInProgress, sale: SaleRecord): boolean {
  const { checkout, basket } = head;
  return (
    checkout.saleId === sale.id &&
    checkout.completed === null &&
    JSON.stringify(toBasketItems(basket.lines)) === JSON.stringify(sale.items) &&
    JSON.stringify(checkout.tenders) === JSON.stringify(sale.tenders)
  );
}

/**
 * Loads the saved sale in progress and connects the store to its storage; until then the till
 * does not take scans (they wait in the pending queue). A sale kept by an earlier version in
 * localStorage is carried over, saved, and only then removed. When storage cannot be read at all
 * (`storage` undefined), the till starts a fresh sale in memory, and payment stays blocked by the
 * journal's warning.
 */
export async function hydrateSale(from: SaleStorage | undefined): Promise<void> {
  let sale: SaleInProgress | undefined;
  let legacy = false;
  if (from !== undefined) {
    const stored = await from.load();
    if (stored !== undefined) sale = readSavedSale(stored, newSaleId);
  }
  const rescued = takeRescue(from, sale);
  if (sale === undefined && rescued === undefined) {
    sale = readLegacyFromLocalStorage();
    legacy = sale !== undefined;
  }
  sale = rescued ?? sale ?? freshSale(newSaleId());
  storage = from;
  lastSaved = sale;
  onDisk = rescued === undefined ? sale : undefined;
  useSaleStore.setState({ head: sale, shown: sale });
  listenForPageHide(from);
  if ((legacy || rescued !== undefined) && from !== undefined) {
    await from.save(toSavedSale(sale));
    onDisk = sale;
    if (legacy) removeLegacy();
  }
}

/**
 * The sale a `pagehide` rescued (`SaleRescue`) when it takes the place of the one read from disk
 * (`takesRescue`): changes that were on their way to disk when the page went away. Taken once.
 */
function takeRescue(from: SaleStorage | undefined, loaded: SaleInProgress | undefined): SaleInProgress | undefined {
  const kept = from?.rescue?.take();
  if (kept === undefined) return undefined;
  const rescued = readSavedSale(kept, newSaleId);
  return takesRescue(loaded, rescued) ? rescued : undefined;
}

let pageHideListened = false;

/**
 * On `pagehide` (a reload, a closed tab; never a crash), keeps the changes not yet on disk in the
 * storage's synchronous rescue, unless a completion or a replacing write is deciding what is on disk.
 * A page that comes back from the back-forward cache goes on saving as before: the rescue is dropped.
 */
function listenForPageHide(from: SaleStorage | undefined): void {
  if (from?.rescue === undefined || pageHideListened || typeof window === 'undefined') return;
  pageHideListened = true;
  window.addEventListener('pagehide', () => {
    const { head } = useSaleStore.getState();
    if (storage?.rescue === undefined || head === onDisk || writingWhole) return;
    storage.rescue.keep(toSavedSale(head));
    rescueKept = true;
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) dropRescue();
  });
}

function dropRescue(): void {
  storage?.rescue?.drop();
  rescueKept = false;
}

/** Runs a write that decides the whole sale on disk (a completion, parking, recalling): no rescue meanwhile. */
async function wholeWrite<T>(write: () => Promise<T>): Promise<T> {
  writingWhole = true;
  try {
    return await write();
  } finally {
    writingWhole = false;
  }
}

function readLegacyFromLocalStorage(): SaleInProgress | undefined {
  try {
    return readLegacySale(localStorage.getItem(LEGACY_KEYS.basket), localStorage.getItem(LEGACY_KEYS.checkout), newSaleId);
  } catch {
    return undefined;
  }
}

function removeLegacy(): void {
  try {
    localStorage.removeItem(LEGACY_KEYS.basket);
    localStorage.removeItem(LEGACY_KEYS.checkout);
  } catch {
    // Left behind, it is harmless: a saved sale always wins over it.
  }
}

/**
 * Replaces the sale in progress through a write that also does something else in the same
 * transaction (parking it, recalling a parked sale). `write` runs once every save before it is
 * done, is handed the head, and resolves with the sale it put on disk in its place (undefined:
 * nothing was written). The caller keeps the sale from changing meanwhile (`changeRefusal`).
 */
export const saleReplaced = (write: (head: SaleInProgress) => Promise<SaleInProgress | undefined>): Promise<SaleInProgress | undefined> =>
  serially(async () => {
    const next = await wholeWrite(() => write(useSaleStore.getState().head));
    if (next !== undefined) {
      lastSaved = next;
      onDisk = next;
      useSaleStore.setState({ head: next, shown: next });
    }
    return next;
  });

/** The sale in progress at this moment, changes not yet saved included. */
export const saleNow = (): SaleInProgress => useSaleStore.getState().head;

/** Resolves once every change made so far is on disk (or has failed to be). */
export const saleSaved = (): Promise<unknown> => serially(() => Promise.resolve());

/** Whether money was tendered for the sale in progress, at this moment (tenders not yet saved included). */
export const saleTenderedNow = (): boolean => useSaleStore.getState().head.checkout.tenders.length > 0;

/** Whether the sale on record is complete (its receipt is showing, or about to), read at the moment of a key press. */
export const saleCompletedNow = (): boolean => useSaleStore.getState().head.checkout.completed !== null;

const NO_AGE_CHECKS: readonly AgeCheck[] = [];
/** The sale's age checks, as saved (recorded with the sale when it completes). */
export const useAgeChecks = (): readonly AgeCheck[] => useSaleStore((state) => state.shown.basket.ageChecks ?? NO_AGE_CHECKS);
/** The sale's age checks at this moment, answers not yet saved included (a scan handled before the next render). */
export const readAgeChecks = (): readonly AgeCheck[] => useSaleStore.getState().head.basket.ageChecks ?? NO_AGE_CHECKS;
const NO_LINE_VOIDS: readonly BasketLineVoid[] = [];
/** The sale's lines voided once money was in, as saved (recorded with the sale when it completes). */
export const useLineVoids = (): readonly BasketLineVoid[] => useSaleStore((state) => state.shown.basket.lineVoids ?? NO_LINE_VOIDS);
const NO_TAKEOVERS: readonly Takeover[] = [];
/** The sale's takeovers, as saved (recorded with the sale when it completes, or with its void). */
export const useTakeovers = (): readonly Takeover[] => useSaleStore((state) => state.shown.basket.takeovers ?? NO_TAKEOVERS);
/** Whether Undo has an action to reverse. */
export const useCanUndo = (): boolean => useSaleStore((state) => (state.shown.basket.undo ?? []).length > 0);

/** The basket's lines in scan order, as saved (a stable array until the basket changes). */
export const useBasketLines = (): readonly BasketLine[] => useSaleStore((state) => state.shown.basket.lines);
export const useSaleId = (): string => useSaleStore((state) => state.shown.checkout.saleId);
export const useTenders = (): readonly Tender[] => useSaleStore((state) => state.shown.checkout.tenders);
export const useCompletedSale = (): CompletedSale | null => useSaleStore((state) => state.shown.checkout.completed);
/**
 * Whether the basket has lines, counting those still on their way to disk: a cashier who scans and
 * presses Pay at once means to pay for what was scanned.
 */
export const basketHasLinesNow = (): boolean => useSaleStore.getState().head.basket.lines.length > 0;
/** The sale's events outside React (the app records a takeover from the lock screen). */
export const saleActions = (): BasketActions & CheckoutActions => useSaleStore.getState().actions;
/** The sale's events, as one stable object. */
export const useSaleActions = (): BasketActions & CheckoutActions => useSaleStore((state) => state.actions);

