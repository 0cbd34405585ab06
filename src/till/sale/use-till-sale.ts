import { useRef, useState, type RefObject } from 'react';
import type { PriceBook, Product } from '../../pricing';
import type { RecordSale } from '../checkout/record-sale';
import type { TillDevices } from '../devices-port';
import { authorizeAll, type RecordEvent, type TillAuthorize } from '../checkout/till-events';
import { useStorageProblem } from '../checkout/storage-problem-store';
import type { WeighLabel } from '../scanner/resolve-scan';
import { changeRefusal } from './sale-rules';
import { useSaleActions } from './sale-store';
import { useCompletion } from './use-completion';
import { problemOf } from './approval-words';
import { useFeedback, type TillFeedback } from './use-feedback';
import { useSaleView, type SaleView } from './use-sale-view';
import { useScanIntake } from './use-scan-intake';
import { useTillShortcuts } from './use-till-shortcuts';
import { useCustomerDisplay } from './use-customer-display';
import { useParking } from '../parked/use-parking';
import { useRowActions } from './use-row-actions';
import { useApprovedActions } from './use-approved-actions';

/**
 * The devices a sale's end drives: the drawer opens by itself for cash (a card sale leaves it
 * shut), and the receipt prints on a paired printer, else through the browser's print dialog.
 */
function useSaleDevices(view: SaleView, devices: TillDevices, feedback: TillFeedback) {
  const failed = (error: unknown) => feedback.refuse(problemOf(error));
  return {
    openDrawerForCash: () => {
      if (view.tenders.some((t) => t.kind === 'cash')) devices.openDrawer?.().catch(failed);
    },
    printReceipt: () => {
      if (view.completed === null) return;
      if (devices.printReceipt === undefined) window.print();
      else devices.printReceipt(view.completed, view.book.legal).catch(failed);
    },
  };
}

/** Whether the basket may change now, saying why not: another tab is the till, a sale is being recorded, or parked or recalled. */
function useChangeGate(readOnly: string | undefined, recordingRef: RefObject<boolean>, feedback: TillFeedback) {
  // True while a park or recall is being written: the sale on the till is about to be replaced.
  const swapping = useRef(false);
  const mayChange = (): boolean => {
    const refusal = swapping.current ? 'Wait: the sale is being parked or recalled' : changeRefusal({ readOnly, recording: recordingRef.current });
    if (refusal !== undefined) feedback.refuse(refusal);
    return refusal === undefined;
  };
  return { swapping, mayChange };
}

/** The line the cashier picked on purpose (tapped, or ↑/↓), and the selected one: that, else the newest. */
function useLineChoice(view: SaleView) {
  const [chosenLineId, choose] = useState<number | null>(null);
  const chosen = view.lines.find((line) => line.id === chosenLineId);
  return { chosen, selected: chosen ?? view.lines.at(-1), choose };
}

export type OpenDialog =
  | { readonly kind: 'pay' }
  | { readonly kind: 'help' }
  | { readonly kind: 'void-sale' }
  | { readonly kind: 'quantity' }
  | { readonly kind: 'parked' }
  | { readonly kind: 'override'; readonly lineId: number }
  | { readonly kind: 'weigh'; readonly product: Product; readonly label: WeighLabel };

export interface TillSaleOptions {
  readonly book: PriceBook;
  readonly bookUrl: string;
  readonly recordSale: RecordSale;
  /** Why this tab may not sell (the till is open in another tab). */
  readonly readOnly: string | undefined;
  /** Why the journal cannot record sales (it could not be opened). */
  readonly journalProblem: string | undefined;
  readonly devices: TillDevices;
  /** Asks a supervisor's PIN where the operator's role is not enough; without it nothing is asked. */
  readonly authorize?: TillAuthorize | undefined;
  /** Records No sale and voided sales in the journal; without it they are not recorded. */
  readonly recordEvent?: RecordEvent | undefined;
}

/**
 * The sale workflow of the till screen in one hook: what is shown (`view`), the transient state
 * (open dialog, alert, chosen line), and every event the screen can raise. The rules it applies
 * are pure (`sale-rules.ts`, the basket and tender rules, the guards); the screen only lays out.
 */
export function useTillSale({ book: latestBook, bookUrl, recordSale, readOnly, journalProblem, devices, authorize = authorizeAll, recordEvent }: TillSaleOptions) {
  const view = useSaleView(latestBook, bookUrl);
  useCustomerDisplay(devices, view);
  const sale = useSaleActions();
  const feedback = useFeedback();
  const storageProblem = useStorageProblem();
  // Money is never taken for a sale that could not be recorded: payment waits for storage.
  const paymentBlocked = journalProblem ?? storageProblem ?? undefined;
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const { chosen, selected, choose: setChosenLineId } = useLineChoice(view);
  const barcodeField = useRef<HTMLInputElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const saleDevices = useSaleDevices(view, devices, feedback);
  /** A sale completed, parked or recalled: no dialog, no line chosen. */
  const startOver = () => {
    setDialog(null);
    setChosenLineId(null);
  };

  const completion = useCompletion({
    view,
    recordSale,
    readOnly,
    paymentBlocked,
    feedback,
    openPayment: () => setDialog({ kind: 'pay' }),
    onCompleted: () => {
      startOver();
      saleDevices.openDrawerForCash();
    },
  });
  const { swapping, mayChange } = useChangeGate(readOnly, completion.recordingRef, feedback);
  const closeDialog = () => {
    setDialog(null);
    feedback.clear();
  };
  const parking = useParking({
    book: view.book,
    today: view.today,
    format: view.format,
    feedback,
    mayChange,
    busyRef: swapping,
    onSwapped: startOver,
  });
  const approved = useApprovedActions({ view, feedback, authorize, recordEvent, devices, readOnly, recordingRef: completion.recordingRef, holdingScans: completion.holdingScans, mayChange, choose: setChosenLineId, closeDialog, openOverride: (lineId) => setDialog({ kind: 'override', lineId }) });
  const rows = useRowActions({ view, mayChange, choose: setChosenLineId, voidLines: approved.voidLines });
  const intake = useScanIntake({
    view,
    feedback,
    mayChange,
    recordingRef: completion.recordingRef,
    recording: completion.recording,
    dialogOpen: dialog !== null,
    askQuantity: () => setDialog({ kind: 'quantity' }),
    askWeight: (product, label) => setDialog({ kind: 'weigh', product, label }),
    onAdded: () => {
      setChosenLineId(null);
      feedback.clear();
    },
  });
  useTillShortcuts({
    view,
    feedback,
    barcodeField,
    searchField,
    onOutput: intake.onOutput,
    mayChange,
    recordingRef: completion.recordingRef,
    chosen,
    selected,
    choose: setChosenLineId,
    asking: intake.guards.asking,
    dialog: dialog?.kind,
    openDialog: (kind) => setDialog({ kind }),
    openPay: completion.openPay,
    completeSale: () => void completion.completeSale(),
    rows,
    park: () => void parking.park(),
  });

  return { view, sale, feedback, storageProblem, devices, printReceipt: saleDevices.printReceipt, dialog, setDialog, closeDialog, selected, choose: setChosenLineId, barcodeField, searchField, completion, intake, mayChange, approved, rows, parking };
}

export type TillSale = ReturnType<typeof useTillSale>;
