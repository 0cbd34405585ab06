import { overrideText } from '../../ui/price-override';
import type { TillAuthorize } from '../checkout/till-events';
import { rowLinesOf } from '../screen/receipt-rows';
import { approvedBy } from './approval-words';
import { overrideRefusal, rowName, rowOverride, unitPriceNow, type OverrideInput } from './override-rules';
import { saleTenderedNow, useSaleActions } from './sale-store';
import type { TillFeedback } from './use-feedback';
import type { SaleView } from './use-sale-view';

export interface PriceOverrideOptions {
  readonly view: SaleView;
  readonly feedback: TillFeedback;
  readonly authorize: TillAuthorize;
  /** Whether the basket may change now (says why not, when not). */
  readonly mayChange: () => boolean;
  readonly closeDialog: () => void;
  /** Opens "Override price" for the line. */
  readonly openOverride: (lineId: number) => void;
}

/**
 * A price override on the receipt row that shows a line (`screen/receipt-rows.ts`): asked for
 * (refused once money is in), checked (`override-rules.ts`), approved once, and set on every scan
 * of the row as one action, so the row stays one row at its new unit price and one Undo puts every
 * scan's price back.
 */
export function usePriceOverride({ view, feedback, authorize, mayChange, closeDialog, openOverride }: PriceOverrideOptions) {
  const sale = useSaleActions();
  const nameOf = (sku: string) => view.catalogue.bySku.get(sku)?.name ?? sku;

  /** Opens "Override price" for the line's row, unless it is refused now (no line, money already in). */
  const askOverride = (lineId: number) => {
    const refusal = overrideRefusal(view.lines.find((l) => l.id === lineId), view.tenders.length > 0);
    if (refusal !== undefined) feedback.refuse(refusal);
    else if (mayChange()) openOverride(lineId);
  };

  /** Sets the unit price of the line's row with a reason, once a supervisor approves; Undo puts the prices back. */
  const overridePrice = async (lineId: number, input: OverrideInput) => {
    const receipt = view.pricing.ok ? view.pricing.receipt : undefined;
    const row = rowLinesOf(receipt, view.lines, lineId);
    const priced = receipt?.lines[view.lines.findIndex((l) => l.id === lineId)];
    const checked = rowOverride(row, priced === undefined ? undefined : unitPriceNow(priced), input, view.tenders.length > 0);
    if (!checked.ok) {
      feedback.refuse(checked.message);
      return;
    }
    if (!mayChange()) return;
    closeDialog();
    const name = rowName(nameOf(row[0]!.sku), checked.units);
    const note = overrideText(checked.override, view.format);
    const staff = await authorize('price-override', `${name}: ${note}`);
    if (staff === null) {
      feedback.refuse(`Price not changed: ${name} stays at ${view.format(checked.current)}${checked.units > 1 ? ' each' : ''}`);
      return;
    }
    // The approval took a while: a tender that came in meanwhile refuses it, as it would have before.
    if (saleTenderedNow()) {
      feedback.refuse(overrideRefusal(row[0], true)!);
      return;
    }
    sale.pricesOverridden(checked.lineIds, { ...checked.override, ...(staff.approver === undefined ? {} : { approver: staff.approver }) });
    feedback.notify(`${name}: ${note}${approvedBy(staff)}. Undo (Ctrl+Z) puts it back`);
  };

  return { askOverride, overridePrice };
}
