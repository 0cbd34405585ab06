import type { BasketLine } from '../basket/basket-rules';
import { rowLineIds, rowLinesOf } from '../screen/receipt-rows';
import { fewerOnRow, movedSelection } from './sale-rules';
import { useSaleActions } from './sale-store';
import type { SaleView } from './use-sale-view';

export interface RowActionsOptions {
  readonly view: SaleView;
  /** Whether the basket may change now (says why not, when not). */
  readonly mayChange: () => boolean;
  readonly choose: (lineId: number | null) => void;
  /** Voids lines in one action, approved after a tender (`use-approved-actions.ts`); resolves whether it did. */
  readonly voidLines: (lineIds: readonly number[], quiet?: boolean) => Promise<boolean>;
}

/**
 * What +, −, Void line and ↑/↓ do to the receipt as the cashier sees it: rows, where repeated scans
 * of a product show as one (`screen/receipt-rows.ts`). + adds a unit to the row's newest scan, −
 * takes one off it or takes that scan away, Void line voids the whole row (one Undo puts it back),
 * and ↑/↓ step over a row at once. The journal still keeps every scan.
 */
export function useRowActions({ view, mayChange, choose, voidLines }: RowActionsOptions) {
  const sale = useSaleActions();
  const receipt = () => (view.pricing.ok ? view.pricing.receipt : undefined);
  const rows = () => rowLineIds(receipt(), view.lines);
  /** The basket lines of the row that shows `lineId`, in scan order. */
  const rowOf = (lineId: number): BasketLine[] => rowLinesOf(receipt(), view.lines, lineId);

  const fewer = async (lineId: number) => {
    const row = rowOf(lineId);
    const step = fewerOnRow(row);
    if (step === undefined) return;
    if (step.kind === 'quantity') {
      if (mayChange()) sale.quantityChanged(step.lineId, -1);
      return;
    }
    // The row stays selected: its scan before the one taken off.
    if (await voidLines([step.lineId], true)) choose(row.at(-2)?.id ?? null);
  };

  return {
    /** + (delta 1) or − (delta −1) on the row that shows `lineId`. */
    changeQuantity: (lineId: number, delta: number) => {
      if (delta < 0) {
        void fewer(lineId);
        return;
      }
      const newest = rowOf(lineId).at(-1);
      if (newest !== undefined && mayChange()) sale.quantityChanged(newest.id, 1);
    },
    /** Voids every scan of the row that shows `lineId`, as one action. */
    voidRow: async (lineId: number) => {
      if (await voidLines(rowOf(lineId).map((line) => line.id))) choose(null);
    },
    /** The line ↑ (−1) or ↓ (+1) selects from `selectedId`. */
    moved: (selectedId: number | undefined, step: number) => movedSelection(rows(), selectedId, step),
  };
}

export type RowActions = ReturnType<typeof useRowActions>;
