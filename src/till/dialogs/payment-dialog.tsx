import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumericEntry } from '../../ui/numeric-entry';
import { entryValue } from '../../ui/numeric-entry-rules';
import { cashCaution, summarizeTenders, type Tender, type TenderKind } from '../checkout/tender-rules';
import { LargeCashDialog } from './large-cash-dialog';
import { CompleteSale } from './payment-dialog-complete';
import { PaymentAmounts, QuickCash, TenderList } from './payment-dialog-tenders';

export interface PaymentDialogProps {
  readonly total: number;
  readonly tenders: readonly Tender[];
  readonly format: (amount: number) => string;
  readonly fractionDigits: number;
  /** The till's alert, shown inside the dialog while it is open. */
  readonly feedback: ReactNode;
  /** Returns whether the tender was taken (a refusal is shown in the feedback). */
  readonly onTender: (kind: TenderKind, amount: number) => boolean;
  readonly onRemoveTender: (tenderId: number) => void;
  /** Refused typed amounts and the like. */
  readonly onRefuse: (message: string) => void;
  readonly onComplete: () => void;
  readonly onClose: () => void;
  /** The sale is being written to the journal: Complete sale waits, and says so. */
  readonly recording?: boolean;
}

/**
 * Tender entry: cash (exact, the next round notes, or a typed amount), card, or several tenders
 * adding up. Change shows as soon as cash covers the total; "Complete sale" is enabled only when
 * nothing is owed.
 */
export function PaymentDialog({ total, tenders, format, fractionDigits, feedback, onTender, onRemoveTender, onRefuse, onComplete, onClose, recording = false }: PaymentDialogProps) {
  const [typed, setTyped] = useState('');
  // A large cash amount waiting for the cashier's word (see `cashCaution`).
  const [largeCash, setLargeCash] = useState<number | null>(null);
  const { paid, owed, change } = summarizeTenders(total, tenders);
  // Pounds and pence (the currency's minor digits), at most ten characters: 9999999.99.
  const entry = { decimals: fractionDigits, maxLength: 10 };
  const typedAmount = entryValue(typed, entry);
  const settled = owed === 0;
  const completeRef = useRef<HTMLButtonElement>(null);

  // Once nothing is owed, Enter (or a tap) on the focused button completes the sale.
  useEffect(() => {
    if (settled) completeRef.current?.focus();
  }, [settled]);

  const tender = (kind: TenderKind, amount: number | undefined) => {
    if (amount === undefined) {
      onRefuse(`“${typed}” is not an amount: type pounds and pence, e.g. 20 or 4.50`);
      return;
    }
    if (kind === 'cash' && cashCaution(owed, amount) !== undefined) setLargeCash(amount);
    else if (onTender(kind, amount)) setTyped('');
  };
  // With nothing typed, Cash and Card pay what is owed.
  const amount = typed === '' ? owed : typedAmount;
  const amountLabel = settled || amount === undefined ? '' : format(amount);

  const caution = largeCash === null ? undefined : cashCaution(owed, largeCash);
  return (
    <>
      {largeCash !== null && caution !== undefined && (
        // A sibling, not a child, of the Payment dialog: Escape here must not close Payment too.
        <LargeCashDialog
          amount={largeCash}
          caution={caution}
          format={format}
          feedback={feedback}
          onConfirm={() => {
            setLargeCash(null);
            if (onTender('cash', largeCash)) setTyped('');
          }}
          onCancel={() => setLargeCash(null)}
        />
      )}
      <Dialog title="Payment" onClose={onClose} size="lg" closeLabel="Back to the sale">
        <div className="grid gap-6 md:grid-cols-[1fr_17rem]">
          <div className="flex min-w-0 flex-col gap-4">
            <PaymentAmounts total={total} paid={paid} owed={owed} change={change} format={format} />
            {largeCash === null && feedback}
            {tenders.length > 0 && <TenderList tenders={tenders} format={format} onRemove={onRemoveTender} />}
            {!settled && <QuickCash owed={owed} fractionDigits={fractionDigits} format={format} onCash={(cash) => tender('cash', cash)} />}
            <CompleteSale settled={settled} recording={recording} onComplete={onComplete} onBack={onClose} completeRef={completeRef} />
          </div>

          <form
            className="flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (typed === '' && settled) {
                if (!recording) onComplete();
              }
              else if (typed !== '') tender('cash', typedAmount);
            }}
          >
            <NumericEntry label="Amount" value={typed} onChange={setTyped} format={entry} placeholder={format(owed)} autoFocus />
            <div className="grid grid-cols-2 gap-2">
              <Button size="lg" disabled={settled} onClick={() => tender('cash', amount)}>
                Cash <span className="tabular-nums">{amountLabel}</span>
              </Button>
              <Button size="lg" disabled={settled} onClick={() => tender('card', amount)}>
                Card <span className="tabular-nums">{amountLabel}</span>
              </Button>
            </div>
          </form>
        </div>
      </Dialog>
    </>
  );
}
