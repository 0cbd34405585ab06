import { useRef, useState } from 'react';
import type { PriceBook, Product } from '../../pricing';
import type { RecordSale } from '../checkout/record-sale';
import type { TillDevices } from '../devices-port';
import { authorizeAll, type RecordEvent, type TillAuthorize } from '../checkout/till-events';
import { useStorageProblem } from '../checkout/storage-problem-store';
import type { WeighLabel } from '../scanner/resolve-scan';
import { changeRefusal } from './sale-rules';
import { useSaleActions } from './sale-store';
import { useCompletion } from './use-completion';
import { useFeedback } from './use-feedback';
import { useSaleView } from './use-sale-view';
import { useScanIntake } from './use-scan-intake';
import { useTillShortcuts } from './use-till-shortcuts';
import { useCustomerDisplay } from './use-customer-display';
import { useParking } from '../parked/use-parking';
import { useApprovedActions } from './use-approved-actions';

/** A device's failure in words for the cashier (the device drivers already phrase theirs). */
const deviceProblem = (error: unknown): string => (error instanceof Error ? error.message : 'The device did not answer');

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
  const [chosenLineId, setChosenLineId] = useState<number | null>(null);
  const barcodeField = useRef<HTMLInputElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  // The selected line: the one the cashier picked on purpose (tapped, or ↑/↓), else the newest.
  const chosen = view.lines.find((line) => line.id === chosenLineId);
  const selected = chosen ?? view.lines.at(-1);

  const completion = useCompletion({
    view,
    recordSale,
    readOnly,
    paymentBlocked,
    feedback,
    openPayment: () => setDialog({ kind: 'pay' }),
    onCompleted: () => {
      setDialog(null);
      setChosenLineId(null);
      // Cash goes into the drawer: it opens by itself (a card sale leaves it shut).
      if (view.tenders.some((t) => t.kind === 'cash')) devices.openDrawer?.().catch((error: unknown) => feedback.refuse(deviceProblem(error)));
    },
  });
  // True while a park or recall is being written: the sale on the till is about to be replaced.
  const swapping = useRef(false);
  const mayChange = (): boolean => {
    const refusal = swapping.current ? 'Wait: the sale is being parked or recalled' : changeRefusal({ readOnly, recording: completion.recordingRef.current });
    if (refusal !== undefined) feedback.refuse(refusal);
    return refusal === undefined;
  };
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
    onSwapped: () => {
      setDialog(null);
      setChosenLineId(null);
    },
  });
  const approved = useApprovedActions({ view, feedback, authorize, recordEvent, devices, readOnly, recordingRef: completion.recordingRef, mayChange, choose: setChosenLineId, closeDialog, openOverride: (lineId) => setDialog({ kind: 'override', lineId }) });
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
    voidLine: (lineId) => void approved.voidLine(lineId),
    park: () => void parking.park(),
  });

  const printReceipt = () => {
    if (view.completed === null) return;
    if (devices.printReceipt === undefined) window.print();
    else devices.printReceipt(view.completed, view.book.legal).catch((error: unknown) => feedback.refuse(deviceProblem(error)));
  };
  return { view, sale, feedback, storageProblem, devices, printReceipt, dialog, setDialog, closeDialog, selected, choose: setChosenLineId, barcodeField, searchField, completion, intake, mayChange, approved, parking };
}

export type TillSale = ReturnType<typeof useTillSale>;
