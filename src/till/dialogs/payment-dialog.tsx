import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumericEntry } from '../../ui/numeric-entry';
import { entryValue } from '../../ui/numeric-entry-rules';
import { cashCaution, quickCashAmounts, summarizeTenders, type Tender, type TenderKind } from '../checkout/tender-rules';
import { LargeCashDialog } from './large-cash-dialog';

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
  const completeRef = useRef<HTMLButtonElement>(null);
  const recordingId = useId();
  const { paid, owed, change } = summarizeTenders(total, tenders);
  // Pounds and pence (the currency's minor digits), at most ten characters: 9999999.99.
  const entry = { decimals: fractionDigits, maxLength: 10 };
  const typedAmount = entryValue(typed, entry);
  const settled = owed === 0;

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
            <dl className="grid grid-cols-3 gap-3 text-center">
              <Amount label="Total" value={format(total)} />
              <Amount label="Paid" value={format(paid)} />
              {change > 0 ? <Amount label="Change due" value={format(change)} tone="brand" /> : <Amount label="Owed" value={format(owed)} tone={settled ? 'brand' : 'strong'} />}
            </dl>
            {largeCash === null && feedback}
            {tenders.length > 0 && (
              <ul aria-label="Tenders" className="divide-y divide-ink-100 rounded-xl ring-1 ring-inset ring-ink-200">
                {tenders.map((t) => (
                  <li key={t.id} className="flex items-center justify-between gap-3 py-1 pl-4 pr-1">
                    <span className="font-medium">{t.kind === 'cash' ? 'Cash' : 'Card'}</span>
                    <span className="ml-auto font-semibold tabular-nums">{format(t.amount)}</span>
                    <Button variant="quiet" onClick={() => onRemoveTender(t.id)} aria-label={`Remove ${t.kind} ${format(t.amount)}`}>
                      Remove
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            {!settled && (
              <div role="group" aria-label="Quick cash" className="grid grid-cols-2 gap-2">
                {quickCashAmounts(owed, fractionDigits).map((amount, i) => (
                  <Button key={amount} size="lg" onClick={() => tender('cash', amount)} aria-label={i === 0 ? `Exact cash ${format(amount)}` : `Cash ${format(amount)}`}>
                    <span className="tabular-nums">{i === 0 ? `Exact ${format(amount)}` : format(amount)}</span>
                  </Button>
                ))}
              </div>
            )}
            <div className="mt-auto flex gap-2 pt-2">
              <Button size="xl" variant="secondary" onClick={onClose}>
                Back
              </Button>
              <Button
                ref={completeRef}
                size="xl"
                variant="primary"
                className="flex-1 aria-busy:bg-brand-800"
                disabled={!settled}
                aria-busy={recording}
                aria-describedby={recording ? recordingId : undefined}
                onClick={() => !recording && onComplete()}
              >
                Complete sale
              </Button>
            </div>
            <div role="status" id={recordingId} className="min-h-6 text-right font-semibold text-brand-700">
              {recording ? 'Recording the sale…' : ''}
            </div>
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

function Amount({ label, value, tone = 'normal' }: { label: string; value: string; tone?: 'normal' | 'strong' | 'brand' }) {
  const colour = tone === 'brand' ? 'text-brand-700' : tone === 'strong' ? 'text-ink-950' : 'text-ink-700';
  return (
    <div className="rounded-xl bg-ink-50 px-3 py-2">
      <dt className="text-sm font-semibold uppercase tracking-wider text-ink-600">{label}</dt>
      <dd className={`text-3xl font-bold tabular-nums ${colour}`}>{value}</dd>
    </div>
  );
}
