import { useRef, useState, type RefObject } from 'react';
import type { RecordSale } from '../checkout/record-sale';
import { checkCompletion } from '../checkout/tender-rules';
import { proofPayRefusal } from '../proof/proof-rules';
import { usePayWhenChecked } from '../proof/use-pay-when-checked';
import { payRefusal, saleRecordFrom } from './sale-rules';
import { basketHasLinesNow, useSaleActions } from './sale-store';
import type { TillFeedback } from './use-feedback';
import type { SaleView } from './use-sale-view';

export interface CompletionOptions {
  readonly view: SaleView;
  readonly recordSale: RecordSale;
  readonly readOnly: string | undefined;
  readonly paymentBlocked: string | undefined;
  readonly feedback: TillFeedback;
  /** Opens the Payment dialog (once Pay is allowed). */
  readonly openPayment: () => void;
  /** The sale is recorded: the screen closes its dialog and forgets the chosen line. */
  readonly onCompleted: () => void;
}

export interface Completion {
  /** True from the moment Complete sale is pressed until the outcome is known (read in key handlers). */
  readonly recordingRef: RefObject<boolean>;
  readonly recording: boolean;
  /** Why the last attempt was not recorded; the sale is still on the till. */
  readonly recordProblem: string | null;
  readonly completeSale: () => Promise<void>;
  readonly openPay: () => void;
  /**
   * Runs `work` (a write that ends the sale: recording it, or its void) with scans held back: a
   * scan that comes meanwhile is the next customer's and waits, whole, until the work is done.
   */
  readonly holdingScans: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Paying and completing: Pay opens only when payment can be recorded; Complete sale records the
 * sale (idempotent by id, the basket emptied in the same transaction) and shows it complete only
 * once stored. A failure keeps everything on the till, in plain words, for another try.
 */
export function useCompletion({ view, recordSale, readOnly, paymentBlocked, feedback, openPayment, onCompleted }: CompletionOptions): Completion {
  const sale = useSaleActions();
  // Recording is async (IndexedDB): the ref stops a second tap synchronously, the state shows it.
  const recordingRef = useRef(false);
  const [recording, setRecording] = useState(false);
  const [recordProblem, setRecordProblem] = useState<string | null>(null);
  // Money is taken only against a checked total: Pay and Complete sale wait while the price is checked.
  const gate = { readOnly, recording: false, paymentBlocked, priceCheck: proofPayRefusal(view.proof) };
  const payWaitingRef = useRef(false);

  const completeSale = async () => {
    const { pricing, completed, total, lines, tenders, format } = view;
    if (!pricing.ok || completed !== null || recordingRef.current) return;
    const refusal = payRefusal(gate, true);
    const check = checkCompletion(total, lines.length, tenders, format);
    if (refusal !== undefined || !check.ok) {
      feedback.refuse(refusal ?? (check.ok ? '' : check.message));
      return;
    }
    const record = saleRecordFrom({ ...view, at: new Date().toISOString(), receipt: pricing.receipt, change: check.change });
    await holdingScans(async () => {
      try {
        await sale.saleRecorded(record, recordSale);
        onCompleted();
        feedback.clear();
        setRecordProblem(null);
      } catch (error) {
        // The basket and tenders stay as they are: nothing is lost, and Complete sale can be tried again.
        setRecordProblem(error instanceof Error ? error.message : 'The sale could not be recorded.');
      }
    });
  };

  async function holdingScans<T>(work: () => Promise<T>): Promise<T> {
    recordingRef.current = true;
    setRecording(true);
    try {
      return await work();
    } finally {
      recordingRef.current = false;
      setRecording(false);
    }
  }

  const openPay = () => {
    // Lines still on their way to disk count: a cashier who scans and presses Pay means to pay for them.
    const refusal = payRefusal(gate, basketHasLinesNow());
    if (refusal !== undefined && refusal === gate.priceCheck) {
      // Not a refusal: the payment opens by itself once the total is checked.
      feedback.notify(refusal);
      payWaitingRef.current = true;
    } else if (refusal !== undefined) feedback.refuse(refusal);
    else if (view.pricing.ok) openPayment();
  };
  usePayWhenChecked(payWaitingRef, view.proof, view.lines.length > 0, openPay);

  return { recordingRef, recording, recordProblem, completeSale, openPay, holdingScans };
}
