import { useId, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import type { RefundEntry, SaleEntry, SaleLine } from './journal-entry';
import { authorizeAnything, type Authorize } from './authorize';
import { refundableUnits } from './refund-rules';
import type { PerTender } from './refund-tenders';
import { useRefund } from './use-refund';

export interface RefundFormProps {
  readonly sale: SaleEntry;
  /** The sale's earlier refunds. */
  readonly refunds: readonly RefundEntry[];
  readonly readOnly: string | undefined;
  readonly onRefunded: (refundId: string) => void;
  /** Asks a supervisor where the operator's role is not enough; records who did it. */
  readonly authorize?: Authorize;
}

/** Where the money goes back, in words: "to card £1.00 and cash £0.30". */
function splitInWords(split: PerTender, format: (amount: number) => string): string {
  const parts = [split.card > 0 ? `to card ${format(split.card)}` : '', split.cash > 0 ? `cash ${format(split.cash)}` : ''].filter(Boolean);
  return parts.length === 0 ? 'nothing chosen yet' : parts.join(' and ');
}

/**
 * Refunds of a sale's lines, whole or some of their units, at what they paid. The money goes back
 * as the sale was paid (card first) unless the cashier picks cash instead of card and confirms it.
 * The workflow is `useRefund`; this lays it out.
 */
export function RefundForm({ sale, refunds, readOnly, onRefunded, authorize = authorizeAnything }: RefundFormProps) {
  const r = useRefund({ sale, refunds, onRefunded, authorize });
  const { format } = r;
  if (!sale.lines.some((line) => r.unitsLeft(line) > 0)) {
    return (
      <RefundSection>
        <p className="text-ink-600">Every line of this sale has been refunded.</p>
      </RefundSection>
    );
  }
  return (
    <RefundSection>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          r.submit();
        }}
      >
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-semibold text-ink-700">Lines to refund, at what was paid</legend>
          {sale.lines.map((line) => (
            <RefundLineRow
              key={line.index}
              line={line}
              done={r.done.get(line.index) ?? 0}
              left={r.unitsLeft(line)}
              units={r.chosen.get(line.index)}
              format={format}
              onChosen={(checked) => r.choose(line, checked)}
              onUnits={(text) => r.typeUnits(line, text)}
            />
          ))}
        </fieldset>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold text-ink-700">Give back</legend>
          <TenderOption checked={r.tender === 'as-paid'} onChecked={() => r.chooseTender('as-paid')} label="As paid" hint={splitInWords(r.split, format)} />
          {r.cardLeft > 0 && (
            <TenderOption
              checked={r.tender === 'cash'}
              onChecked={() => r.chooseTender('cash')}
              label="Cash instead of card"
              hint="Paid by card: giving cash asks to confirm and is recorded as a cross-tender refund"
            />
          )}
        </fieldset>
        <div role="alert" className="font-semibold text-danger-700 empty:hidden">
          {r.problem ?? (r.plan?.ok === false ? r.plan.message : '')}
        </div>
        {readOnly !== undefined && <p className="text-ink-600">Refunds can only be made on the tab that is the till.</p>}
        <Button type="submit" size="lg" variant="primary" disabled={r.plan?.ok !== true || readOnly !== undefined} aria-busy={r.busy}>
          Refund {format(r.amount)}
        </Button>
      </form>
      {r.confirming && <CrossTenderDialog card={format(r.split.card)} amount={format(r.amount)} onCancel={r.cancelCash} onConfirm={r.confirmCash} />}
    </RefundSection>
  );
}

/** "Give cash for a card payment?": the cashier confirms a cross-tender refund. */
function CrossTenderDialog({ card, amount, onCancel, onConfirm }: { readonly card: string; readonly amount: string; readonly onCancel: () => void; readonly onConfirm: () => void }) {
  return (
    <Dialog title="Give cash for a card payment?" onClose={onCancel}>
      <div className="flex flex-col gap-4 p-6">
        <p>
          This sale was paid by card: {card} of this refund would go back to the card. Giving it in cash instead is recorded as a cross-tender refund.
        </p>
        <div className="flex justify-end gap-2">
          <Button size="lg" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button size="lg" variant="primary" onClick={onConfirm}>
            Give {amount} in cash
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

function RefundSection({ children }: { readonly children: ReactNode }) {
  return (
    <section aria-label="Refund" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-ink-200 print:hidden">
      <h2 className="mb-3 text-lg font-semibold">Refund</h2>
      {children}
    </section>
  );
}

interface RefundLineRowProps {
  readonly line: SaleLine;
  /** Units already given back. */
  readonly done: number;
  /** Units that can still be given back. */
  readonly left: number;
  /** The units typed, when the line is chosen. */
  readonly units: string | undefined;
  readonly format: (amount: number) => string;
  readonly onChosen: (checked: boolean) => void;
  readonly onUnits: (text: string) => void;
}

/** One receipt line: a box to choose it and, for a line of several units, how many to give back. */
function RefundLineRow({ line, done, left, units, format, onChosen, onUnits }: RefundLineRowProps) {
  const several = refundableUnits(line) > 1;
  return (
    <div className="flex min-h-12 flex-wrap items-center gap-3 rounded-xl px-2 has-[:checked]:bg-brand-50">
      <label className="flex flex-1 items-center gap-3">
        <input type="checkbox" className="size-6 accent-brand-700" disabled={left === 0} checked={units !== undefined} onChange={(e) => onChosen(e.target.checked)} />
        <span className="flex-1">
          {several ? `${line.name} × ${line.quantity}` : line.name}
          {left === 0 ? (
            <span className="ml-2 text-sm text-ink-600">(refunded)</span>
          ) : (
            done > 0 && <span className="ml-2 text-sm text-ink-600">({done} refunded)</span>
          )}
        </span>
      </label>
      {units !== undefined && several && (
        <label className="flex items-center gap-2 text-sm text-ink-700">
          Units to refund
          <input
            type="number"
            inputMode="numeric"
            aria-label={`Units to refund from line ${line.index + 1}`}
            className="h-12 w-20 rounded-xl border-2 border-ink-300 px-2 text-lg"
            min={1}
            max={left}
            step={1}
            value={units}
            onChange={(e) => onUnits(e.target.value)}
          />
          of {left}
        </label>
      )}
      <span className="tabular-nums">{format(line.paid)}</span>
    </div>
  );
}

/** A way to give the money back: a radio named by `label`, described by `hint`. */
function TenderOption({ checked, onChecked, label, hint }: { readonly checked: boolean; readonly onChecked: () => void; readonly label: string; readonly hint: string }) {
  const hintId = useId();
  return (
    <div className="flex min-h-12 flex-col justify-center rounded-xl px-4 py-2 ring-1 ring-inset ring-ink-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600">
      <label className="flex items-center gap-3 font-semibold">
        <input type="radio" name="refund-tender" className="size-5 accent-brand-700" checked={checked} onChange={onChecked} aria-describedby={hintId} />
        {label}
      </label>
      <span id={hintId} className="pl-8 text-sm text-ink-600">
        {hint}
      </span>
    </div>
  );
}
