import { overrideText } from '../../ui/price-override';
import type { TillAuthorize } from '../checkout/till-events';
import { approvedBy } from './approval-words';
import { checkOverride, overrideRefusal, type OverrideInput } from './override-rules';
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

/** A price override: asked for (refused once money is in), checked (`override-rules.ts`), approved, applied. */
export function usePriceOverride({ view, feedback, authorize, mayChange, closeDialog, openOverride }: PriceOverrideOptions) {
  const sale = useSaleActions();
  const nameOf = (sku: string) => view.catalogue.bySku.get(sku)?.name ?? sku;

  /** Opens "Override price" for the line, unless it is refused now (no line, money already in). */
  const askOverride = (lineId: number) => {
    const refusal = overrideRefusal(view.lines.find((l) => l.id === lineId), view.tenders.length > 0);
    if (refusal !== undefined) feedback.refuse(refusal);
    else if (mayChange()) openOverride(lineId);
  };

  /** Sets a line's unit price with a reason, once a supervisor approves; Undo puts the price back. */
  const overridePrice = async (lineId: number, input: OverrideInput) => {
    const index = view.lines.findIndex((l) => l.id === lineId);
    const line = view.lines[index];
    const refusal = overrideRefusal(line, view.tenders.length > 0);
    const priced = view.pricing.ok ? view.pricing.receipt.lines[index] : undefined;
    if (refusal !== undefined || line === undefined || priced === undefined) {
      feedback.refuse(refusal ?? 'The basket cannot be priced: remove what it cannot price first');
      return;
    }
    if (!mayChange()) return;
    const checked = checkOverride(input, line.override?.was ?? priced.unitPrice, priced.unitPrice);
    if (!checked.ok) {
      feedback.refuse(checked.message);
      return;
    }
    closeDialog();
    const note = overrideText(checked.override, view.format);
    const staff = await authorize('price-override', `${nameOf(line.sku)}: ${note}`);
    if (staff === null) {
      feedback.refuse(`Price not changed: ${nameOf(line.sku)} stays at ${view.format(priced.unitPrice)}`);
      return;
    }
    // The approval took a while: a tender that came in meanwhile refuses it, as it would have before.
    if (saleTenderedNow()) {
      feedback.refuse(overrideRefusal(line, true)!);
      return;
    }
    sale.priceOverridden(lineId, { ...checked.override, ...(staff.approver === undefined ? {} : { approver: staff.approver }) });
    feedback.notify(`${nameOf(line.sku)}: ${note}${approvedBy(staff)}. Undo (Ctrl+Z) puts it back`);
  };

  return { askOverride, overridePrice };
}
