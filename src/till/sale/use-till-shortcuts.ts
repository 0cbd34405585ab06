import type { RefObject } from 'react';
import type { BasketLine } from '../basket/basket-rules';
import type { ScannerOutput } from '../scanner/scanner-machine';
import { useKeyboardWedge } from '../scanner/use-keyboard-wedge';
import type { ShortcutId } from '../shortcuts';
import { voidLineRefusal } from './sale-rules';
import type { RowActions } from './use-row-actions';
import { saleCompletedNow, useSaleActions } from './sale-store';
import type { TillFeedback } from './use-feedback';
import type { SaleView } from './use-sale-view';

export interface TillShortcutsOptions {
  readonly view: SaleView;
  readonly feedback: TillFeedback;
  readonly barcodeField: RefObject<HTMLInputElement | null>;
  readonly searchField: RefObject<HTMLInputElement | null>;
  readonly onOutput: (output: ScannerOutput) => void;
  readonly mayChange: () => boolean;
  readonly recordingRef: RefObject<boolean>;
  /** The line chosen on purpose (tapped or ↑/↓), and the selected one (else the newest). */
  readonly chosen: BasketLine | undefined;
  readonly selected: BasketLine | undefined;
  readonly choose: (lineId: number | null) => void;
  /** A guard question is open: it takes every key. */
  readonly asking: boolean;
  /** Which dialog is open, if any. */
  readonly dialog: string | undefined;
  readonly openDialog: (kind: 'help' | 'void-sale') => void;
  readonly openPay: () => void;
  readonly completeSale: () => void;
  /** +, −, Void line and ↑/↓ on the receipt's rows (`use-row-actions.ts`). */
  readonly rows: RowActions;
  /** Parks the sale (it says why not, when it may not be). */
  readonly park: () => void;
}

/**
 * The till's keys: the scanner (whatever has focus) and the shortcuts of `shortcuts.ts`. Returns
 * false for a key the till leaves alone (a dialog's own keys, − typed with no line chosen).
 */
export function useTillShortcuts(options: TillShortcutsOptions): void {
  const { view, feedback, chosen, selected, mayChange } = options;
  const sale = useSaleActions();

  const onShortcut = (shortcut: ShortcutId): boolean => {
    if (options.asking) return false;
    if (options.dialog !== undefined) {
      if (shortcut !== 'pay' || options.dialog !== 'pay') return false;
      options.completeSale();
      return true;
    }
    if (view.completed !== null && shortcut !== 'help') return false;
    switch (shortcut) {
      case 'help':
      case 'void-sale':
        if (shortcut === 'help' || (view.lines.length > 0 && mayChange())) options.openDialog(shortcut);
        return true;
      case 'search':
        options.searchField.current?.focus();
        options.searchField.current?.select();
        return true;
      case 'pay':
        options.openPay();
        return true;
      case 'undo':
        if (mayChange()) {
          sale.lastActionUndone();
          options.choose(null);
        }
        return true;
      case 'previous-line':
      case 'next-line': {
        const next = options.rows.moved(selected?.id, shortcut === 'next-line' ? 1 : -1);
        if (next !== undefined) options.choose(next);
        return true;
      }
      case 'more':
      case 'fewer':
        // With no line chosen on purpose, − is typed (a minus before × is then refused as a quantity).
        if (shortcut === 'fewer' && chosen === undefined) return false;
        // A weighed pack is one line of its own: there is no "one more" of it.
        if (selected !== undefined && view.catalogue.bySku.get(selected.sku)?.unit !== 'kg') options.rows.changeQuantity(selected.id, shortcut === 'more' ? 1 : -1);
        return true;
      case 'park':
        options.park();
        return true;
      case 'void-line': {
        const refusal = voidLineRefusal(chosen, view.lines.length);
        if (refusal !== undefined) feedback.refuse(refusal);
        else if (chosen !== undefined) void options.rows.voidRow(chosen.id);
        return true;
      }
    }
  };

  // While a sale is recorded, and on its receipt (which has no text field), every key is a scan:
  // the Payment dialog may still be closing, and a code scanned then is the next customer's, whole.
  useKeyboardWedge({ barcodeField: options.barcodeField, onOutput: options.onOutput, onShortcut, keysAreScans: () => options.recordingRef.current || saleCompletedNow() });
}
